package vn.thidua.award.dossiers;

import java.util.List;
import java.util.Set;

/**
 * The moves of a dossier along its route (quy trình xét khen thưởng), as plain Java: which action is possible from
 * which state, where it leads, and who acts.
 * <pre>
 * DRAFT/RETURNED --SUBMIT--> first stop (IN_REVIEW, or IN_APPRAISAL when the first stop is Sở Nội vụ)
 * IN_REVIEW --FORWARD--> next stop | --DECIDE--> APPROVED (within the level's competence)
 * IN_APPRAISAL --APPRAISE--> AWAITING_COUNCIL --council result--> APPROVED | NOT_APPROVED
 * IN_REVIEW/IN_APPRAISAL/AWAITING_COUNCIL --RETURN--> RETURNED | --REJECT--> REJECTED
 * APPROVED --decision--> DECIDED --publication--> PUBLISHED; DECIDED/PUBLISHED --revocation--> REVOKED
 *
 * National leg of a STATE form (the province proposes, the national level decides):
 * APPROVED (by the province's council) --PROPOSE (tờ trình: number, date, signer)--> PROPOSED_TO_STATE
 * PROPOSED_TO_STATE --APPRAISE--> STATE_APPRAISED --state decision--> DECIDED --publication--> PUBLISHED
 * PROPOSED_TO_STATE --RETURN (reason)--> RETURNED_TO_PROVINCE --PROPOSE--> PROPOSED_TO_STATE
 *                                                              --RETURN (reason)--> RETURNED (to the proposer)
 * PROPOSED_TO_STATE/STATE_APPRAISED/RETURNED_TO_PROVINCE --REJECT (reason)--> REJECTED
 * </pre>
 * Whether a dossier may be proposed at all (a STATE form, approved at the province) is competence's word
 * ({@code Competence.proposal}); the national step has no deadline in the plan, so none is judged.
 */
public final class Workflow {

    public enum Action { SUBMIT, FORWARD, RETURN, REJECT, DECIDE, APPRAISE, PROPOSE }

    /**
     * Who acts in a state: the role and unit of the route's current stop; the province (its Chairman's signer or
     * Sở Nội vụ) for the proposal to the national level; the national board (Ban TĐKT Trung ương) after it.
     */
    public enum Actor { ROUTE_STOP, PROVINCE, NATIONAL_BOARD }

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

    /** Who acts on a dossier in this state. */
    public static Actor actor(DossierStatus state) {
        return switch (state) {
            case APPROVED, RETURNED_TO_PROVINCE -> Actor.PROVINCE;
            case PROPOSED_TO_STATE, STATE_APPRAISED -> Actor.NATIONAL_BOARD;
            default -> Actor.ROUTE_STOP;
        };
    }

    /** The move, or null when the action is not possible from this state. */
    public static Move move(DossierStatus from, Action action, List<RouteStop> route, Integer stopIndex) {
        if (DossierStatus.NATIONAL_LEG.contains(from) || action == Action.PROPOSE) {
            return nationalMove(from, action, stopIndex);
        }
        return switch (action) {
            case SUBMIT -> from == DossierStatus.DRAFT || from == DossierStatus.RETURNED ? arrive(route, 0) : null;
            case FORWARD -> from == DossierStatus.IN_REVIEW && stopIndex != null && stopIndex + 1 < route.size()
                    ? arrive(route, stopIndex + 1) : null;
            case DECIDE -> from == DossierStatus.IN_REVIEW ? new Move(DossierStatus.APPROVED, stopIndex) : null;
            case APPRAISE -> from == DossierStatus.IN_APPRAISAL
                    ? new Move(DossierStatus.AWAITING_COUNCIL, stopIndex) : null;
            case RETURN -> AT_A_STOP.contains(from) ? new Move(DossierStatus.RETURNED, null) : null;
            case REJECT -> AT_A_STOP.contains(from) ? new Move(DossierStatus.REJECTED, null) : null;
            case PROPOSE -> null;
        };
    }

    /** The national leg: beyond the route's last stop, the dossier keeps that stop's index. */
    private static Move nationalMove(DossierStatus from, Action action, Integer stopIndex) {
        return switch (action) {
            case PROPOSE -> from == DossierStatus.APPROVED || from == DossierStatus.RETURNED_TO_PROVINCE
                    ? new Move(DossierStatus.PROPOSED_TO_STATE, stopIndex) : null;
            case APPRAISE -> from == DossierStatus.PROPOSED_TO_STATE
                    ? new Move(DossierStatus.STATE_APPRAISED, stopIndex) : null;
            case RETURN -> from == DossierStatus.PROPOSED_TO_STATE
                    ? new Move(DossierStatus.RETURNED_TO_PROVINCE, stopIndex)
                    : from == DossierStatus.RETURNED_TO_PROVINCE ? new Move(DossierStatus.RETURNED, null) : null;
            case REJECT -> new Move(DossierStatus.REJECTED, null);
            case SUBMIT, FORWARD, DECIDE -> null;
        };
    }

    private static Move arrive(List<RouteStop> route, int index) {
        RouteStop stop = route.get(index);
        return new Move(stop.kind() == RouteStop.Kind.APPRAISAL ? DossierStatus.IN_APPRAISAL : DossierStatus.IN_REVIEW,
                index);
    }
}
