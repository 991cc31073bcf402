package vn.thidua.award.dossiers;

import java.time.LocalDate;

/**
 * Whether a hand-over is on time against its chain step's deadline (hạn trình): on time, late and flagged, or
 * refused, as the campaign's calendar says for that step; a step without a deadline is never late. Plain Java.
 */
public enum Timeliness {
    ON_TIME, LATE_FLAGGED, REFUSED;

    public static Timeliness judge(RouteStop.Deadline deadline, LocalDate handedOverOn) {
        if (deadline == null || deadline.date() == null || !handedOverOn.isAfter(deadline.date())) {
            return ON_TIME;
        }
        return "REFUSE".equals(deadline.latePolicy()) ? REFUSED : LATE_FLAGGED;
    }
}
