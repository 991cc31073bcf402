package vn.thidua.campaign.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Year;

/** A yearly date (ngày/tháng hằng năm), e.g. 05/01. Becomes a date for a given year. */
public record DayMonth(@NotNull @Min(1) @Max(31) Integer day, @NotNull @Min(1) @Max(12) Integer month) {

    /** Whether the day exists in some year (29/02 does, 31/04 never). */
    public boolean valid() {
        return day != null && month != null && month >= 1 && month <= 12 && day >= 1
                && day <= java.time.Month.of(month).maxLength();
    }

    /** The date in a year; 29/02 falls on 28/02 in a common year. */
    public LocalDate inYear(int year) {
        int lastDay = java.time.Month.of(month).length(Year.isLeap(year));
        return LocalDate.of(year, month, Math.min(day, lastDay));
    }

    @Override
    public String toString() {
        return String.format("%02d/%02d", day, month);
    }
}
