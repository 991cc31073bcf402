package vn.thidua.registration.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's progress towards one target as of a day, quoting the values and dates it was computed from.
 *
 * @param current       the method's value on {@code asOf} and what it was computed from
 * @param baseline      the plan's baseline, or the method's value on the baseline day when the plan gives none
 * @param referenceYear the year progress is measured against (the condition's, else the baseline's)
 * @param attainment    whether the target is met on {@code asOf}, and the share of the way from baseline to target
 * @param path          each year from the baseline to the horizon: the value the plan expects on a straight line,
 *                      the unit's value, ahead or behind
 * @param commitment    the unit's registered commitment for the year of {@code asOf}, against its value
 */
public record TargetProgressItem(String targetCode, String indicator, String unitOfMeasure, String method,
        String unitCode, LocalDate asOf, Measure current, Baseline baseline, Integer referenceYear, Goal target,
        Attainment attainment, List<YearPoint> path, CommitmentCheck commitment) {

    /**
     * The method's value on a day. For population methods: the population counted and the units meeting the
     * condition (or in it, for ABSOLUTE_MAXIMUM); for SUSTAINED_REDUCTION the year-on-year falls and the run of
     * years meeting the step; {@code inputs} are the results read (indicator, value, measuredOn, progressId).
     */
    public record Measure(LocalDate on, Double value, List<Series.Point> inputs, Integer population,
            Integer counted, List<String> countedUnits, Integer undecided, List<YearChange> changes,
            Integer consecutiveYears) {
    }

    /** One year's fall (positive) of an indicator from the year before, with both year-end values. */
    public record YearChange(int year, double previous, double value, double fall) {
    }

    /** Where the baseline comes from: PLAN (its value), SERIES (the method on its day), or NONE. */
    public record Baseline(Double value, LocalDate date, String source) {
    }

    /** The target value (chỉ tiêu) and its horizon, and the threshold the method judges by. */
    public record Goal(Double value, LocalDate horizon, String comparison, Double threshold) {
    }

    /** {@code met} null: not decidable (no data, a judgement); {@code share} of the way from baseline to target. */
    public record Attainment(Boolean met, Double share) {
    }

    /** AHEAD, ON_TRACK, BEHIND the plan's straight line; NO_DATA, NO_BASELINE, NOT_YET (after asOf). */
    public record YearPoint(int year, LocalDate on, Double expected, Double actual, String status) {
    }

    /** The registration's commitment for the target and the unit's own value of its indicator. */
    public record CommitmentCheck(int year, String registrationId, String registrationStatus, String indicator,
            BigDecimal committed, Series.Point value, Boolean met) {
    }
}
