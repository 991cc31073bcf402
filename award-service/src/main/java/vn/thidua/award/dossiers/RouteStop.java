package vn.thidua.award.dossiers;

import java.time.LocalDate;

/**
 * One stop of a dossier's route (nơi hồ sơ được xét): the unit that holds it there, what happens there and who
 * acts, and the deadline by which the dossier must arrive (the chain step that brings it) and, where the same
 * unit has an internal step (district standing office → UBND huyện), the deadline to decide there.
 *
 * @param kind    REVIEW at a level, or APPRAISAL by Sở Nội vụ (thẩm định), after which come the council and the
 *                decision of the province
 * @param role    the platform role that acts at this stop (district-officer, standing-agency-officer, appraiser …)
 * @param level   DISTRICT, AGENCY, PROVINCE …: the level whose competence applies when deciding here
 */
public record RouteStop(int index, String unitCode, String level, String office, Kind kind, String role,
        Deadline arrival, Deadline decideBy) {

    public enum Kind { REVIEW, APPRAISAL }

    /** This stop with a deadline to decide here (an internal step, or the appraisal limit once it has arrived). */
    public RouteStop withDecideBy(Deadline deadline) {
        return new RouteStop(index, unitCode, level, office, kind, role, arrival, deadline);
    }

    /** A chain step's deadline for the dossier's year and what a late hand-over gets (FLAG or REFUSE). */
    public record Deadline(int stepOrder, String stepName, LocalDate date, String latePolicy) {
    }
}
