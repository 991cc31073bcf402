package vn.thidua.registration.registrations;

import java.time.LocalDate;
import vn.thidua.registration.registrations.Routing.LatePolicy;

/**
 * On time, late and flagged, or refused: a submission judged on the server's date in Vietnam against the
 * deadline of its step for the year. The deadline day itself is on time ("trước ngày 15/01" is read as "by").
 */
public enum Timeliness {
    ON_TIME, LATE_FLAGGED, REFUSED;

    public static Timeliness judge(LocalDate submittedOn, LocalDate deadline, LatePolicy policy) {
        if (deadline == null || !submittedOn.isAfter(deadline)) {
            return ON_TIME;
        }
        return policy == LatePolicy.REFUSE ? REFUSED : LATE_FLAGGED;
    }
}
