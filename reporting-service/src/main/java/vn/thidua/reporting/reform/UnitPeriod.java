package vn.thidua.reporting.reform;

import java.time.LocalDate;

/** One validity period of a unit (inclusive days; {@code null} = open). */
public record UnitPeriod(String code, LocalDate validFrom, LocalDate validTo) {

    boolean covers(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }

    boolean endedBefore(LocalDate day) {
        return validTo != null && validTo.isBefore(day);
    }
}
