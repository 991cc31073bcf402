package vn.thidua.registration.registrations;

import static vn.thidua.registration.registrations.RegistrationStatus.APPROVED;
import static vn.thidua.registration.registrations.RegistrationStatus.DRAFT;
import static vn.thidua.registration.registrations.RegistrationStatus.REJECTED;
import static vn.thidua.registration.registrations.RegistrationStatus.RETURNED;
import static vn.thidua.registration.registrations.RegistrationStatus.SUBMITTED;

import java.util.Optional;

/**
 * The registration workflow, plain:
 * <ul>
 *   <li>SUBMIT: DRAFT or RETURNED → SUBMITTED (registering side);</li>
 *   <li>WITHDRAW: SUBMITTED → DRAFT (registering side, before review);</li>
 *   <li>APPROVE: SUBMITTED → APPROVED; RETURN: SUBMITTED → RETURNED; REJECT: SUBMITTED → REJECTED (reviewing
 *       side); RETURN and REJECT need a reason, which the unit reads to correct it;</li>
 *   <li>APPROVED and REJECTED are final; editing is possible in DRAFT and RETURNED only.</li>
 * </ul>
 */
public final class Workflow {

    private Workflow() {
    }

    /** The status after the action, or empty when the action is not possible from {@code from}. */
    public static Optional<RegistrationStatus> next(RegistrationStatus from, RegistrationAction action) {
        RegistrationStatus to = switch (action) {
            case SUBMIT -> from == DRAFT || from == RETURNED ? SUBMITTED : null;
            case WITHDRAW -> from == SUBMITTED ? DRAFT : null;
            case APPROVE -> from == SUBMITTED ? APPROVED : null;
            case RETURN -> from == SUBMITTED ? RETURNED : null;
            case REJECT -> from == SUBMITTED ? REJECTED : null;
        };
        return Optional.ofNullable(to);
    }

    public static boolean needsReason(RegistrationAction action) {
        return action == RegistrationAction.RETURN || action == RegistrationAction.REJECT;
    }

    public static boolean editable(RegistrationStatus status) {
        return status == DRAFT || status == RETURNED;
    }
}
