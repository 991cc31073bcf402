package vn.thidua.registration.units;

import java.time.LocalDate;

/**
 * One succession seen from a unit: the other unit (its version on the day of the change: the successor valid
 * on {@code effectiveDate}, or the predecessor valid the day before), the kind of change and the date.
 */
public record SuccessionView(SuccessionKind kind, LocalDate effectiveDate, UnitView.Ref unit, String note,
        boolean derived) {
}
