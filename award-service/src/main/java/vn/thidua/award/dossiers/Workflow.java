package vn.thidua.award.dossiers;

import java.util.List;
import java.util.Set;

/**
 * The moves of a dossier along its route (quy trình xét khen thưởng), as plain Java: which action is possible from
 * which state, and where it leads.
 * <pre>
 * DRAFT/RETURNED --SUBMIT--> first stop (IN_REVIEW, or IN_APPRAISAL when the first stop is Sở Nội vụ)
 * IN_REVIEW --FORWARD--> next stop | --DECIDE--> APPROVED (within the level's competence)
 * IN_APPRAISAL --APPRAISE--> AWAITING_COUNCIL --council result--> APPROVED | NOT_APPROVED
 * IN_REVIEW/IN_APPRAISAL/AWAITING_COUNCIL --RETURN--> RETURNED | --REJECT--> REJECTED
 * APPROVED --decision--> DECIDED --publication--> PUBLISHED; DECIDED/PUBLISHED --revocation--> REVOKED
 * </pre>
 */
public final class Workflow {

    public enum Action { SUBMIT, FORWARD, RETURN, REJECT, DECIDE, APPRAISE }

    /** The state after a move and the stop the dossier is then at (null when with the proposing unit or done). */
    public record Move(DossierStatus to, Integer stopIndex) {
    }

    private static final Set<DossierStatus> AT_A_STOP = Set.of(DossierStatus.IN_REVIEW, DossierStatus.IN_APPRAISAL,
            DossierStatus.AWAITING_COUNCIL);

    private Workflow() {
    }

    public static boolean needsReason(Action action) {
        return action == Action.RETURN || action == Action.REJECT;
    }

    /** The move, or null when the action is not possible from this state. */
    public static Move move(DossierStatus from, Action action, List<RouteStop> route, Integer stopIndex) {
        return switch (action) {
            case SUBMIT -> from == DossierStatus.DRAFT || from == DossierStatus.RETURNED ? arrive(route, 0) : null;
            case FORWARD -> from == DossierStatus.IN_REVIEW && stopIndex != null && stopIndex + 1 < route.size()
                    ? arrive(route, stopIndex + 1) : null;
            case DECIDE -> from == DossierStatus.IN_REVIEW ? new Move(DossierStatus.APPROVED, stopIndex) : null;
            case APPRAISE -> from == DossierStatus.IN_APPRAISAL
                    ? new Move(DossierStatus.AWAITING_COUNCIL, stopIndex) : null;
            case RETURN -> AT_A_STOP.contains(from) ? new Move(DossierStatus.RETURNED, null) : null;
            case REJECT -> AT_A_STOP.contains(from) ? new Move(DossierStatus.REJECTED, null) : null;
        };
    }

    private static Move arrive(List<RouteStop> route, int index) {
        RouteStop stop = route.get(index);
        return new Move(stop.kind() == RouteStop.Kind.APPRAISAL ? DossierStatus.IN_APPRAISAL : DossierStatus.IN_REVIEW,
                index);
    }
}
