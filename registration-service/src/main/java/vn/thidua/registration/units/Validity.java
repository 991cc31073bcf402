package vn.thidua.registration.units;

import java.time.LocalDate;

/**
 * Validity periods of units: {@code validFrom} and {@code validTo} are both <b>inclusive</b> calendar days
 * (Vietnamese legal dates: "đến hết ngày 30/6/2025" = validTo 2025-06-30; "từ ngày 01/7/2025" = validFrom
 * 2025-07-01), so two versions of one code meet without overlap or gap.
 *
 * <p>Stored as ISO strings {@code yyyy-MM-dd}: a calendar day has no time zone, and ISO strings compare and sort
 * like the dates they name, so range queries work on any MongoDB server. An unknown start (the unit existed
 * before the records begin) is stored as {@link #OPEN_START}, an open end as {@link #OPEN_END}; the API shows
 * both as {@code null}.
 */
public final class Validity {

    public static final String OPEN_START = "0000-01-01";
    public static final String OPEN_END = "9999-12-31";

    private Validity() {
    }

    public static String from(LocalDate date) {
        return date == null ? OPEN_START : date.toString();
    }

    public static String to(LocalDate date) {
        return date == null ? OPEN_END : date.toString();
    }

    public static LocalDate fromDate(String stored) {
        return stored == null || OPEN_START.equals(stored) ? null : LocalDate.parse(stored);
    }

    public static LocalDate toDate(String stored) {
        return stored == null || OPEN_END.equals(stored) ? null : LocalDate.parse(stored);
    }

    /** Whether {@code day} lies within [validFrom, validTo], both inclusive. */
    public static boolean contains(String validFrom, String validTo, String day) {
        return validFrom.compareTo(day) <= 0 && validTo.compareTo(day) >= 0;
    }
}
