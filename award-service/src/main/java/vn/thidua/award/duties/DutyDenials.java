package vn.thidua.award.duties;

import java.util.Optional;
import vn.thidua.award.duties.SeparationOfDuties.Rule;
import vn.thidua.shared.error.ProblemException;

/** A rule of {@link SeparationOfDuties} that refuses: 403 problem whose code is the rule's (detail from bundles). */
public final class DutyDenials {

    private DutyDenials() {
    }

    /** Throws 403 {@code <rule code>} with the dossier (or decision) named, before anything is written. */
    public static void require(Optional<Rule> denied, String subjectId) {
        if (denied.isPresent()) {
            throw ProblemException.forbidden(denied.get().code(), subjectId);
        }
    }
}
