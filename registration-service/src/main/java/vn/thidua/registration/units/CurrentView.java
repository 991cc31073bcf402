package vn.thidua.registration.units;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit resolved to the units in force today, following successions through every step.
 *
 * @param unit    the unit asked about (the version valid on {@code asOf}, or the latest one)
 * @param today   the day "current" refers to (Vietnam time)
 * @param current the units valid today that it became (itself when still valid); an old commune split by part
 *                merges resolves to each of its successors, with {@code partial = true}
 * @param ended   units on the way that ended without a successor in the data (the data has gaps: reported by
 *                the import too)
 */
public record CurrentView(UnitView unit, LocalDate today, List<Resolved> current, List<UnitView.Ref> ended) {

    /** One current unit and how it was reached. */
    public record Resolved(UnitView unit, boolean partial, List<Step> via) {
    }

    /** One succession on the way. */
    public record Step(String fromCode, String toCode, SuccessionKind kind, LocalDate effectiveDate) {
    }
}
