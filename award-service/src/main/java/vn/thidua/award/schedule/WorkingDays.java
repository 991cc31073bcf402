package vn.thidua.award.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Ngày làm việc: Monday to Friday. Public holidays (Tết, 30/4, 1/5, 2/9 …) are not modelled yet, so a limit that
 * spans one ends a little early (the officer sees the date and can judge). Plain Java.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day {@code days} working days after {@code from} (the day of arrival itself does not count). */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
