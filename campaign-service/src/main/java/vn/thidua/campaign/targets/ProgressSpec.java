package vn.thidua.campaign.targets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.campaign.criteria.Comparison;
import vn.thidua.campaign.criteria.Condition;

/**
 * How reporting computes progress, without guessing. Fields needed per method are checked by
 * {@link TargetRules}.
 *
 * @param population           COUNT_OF_UNITS_MEETING / ABSOLUTE_MAXIMUM: the units counted
 * @param unitCondition        what a unit must meet (or, for ABSOLUTE_MAXIMUM, the state to keep rare)
 * @param thresholdCount       a count of units (112 xã)
 * @param thresholdPercent     a percent of the population (87)
 * @param comparison           AT_LEAST by default
 * @param indicator            RATE numerator; SUSTAINED_REDUCTION / MULTIPLE_OF_BASELINE indicator
 * @param denominatorIndicator RATE denominator
 * @param pointsPerYear        SUSTAINED_REDUCTION: percentage points a year
 * @param consecutiveYears     SUSTAINED_REDUCTION: years in a row
 * @param multiple             MULTIPLE_OF_BASELINE: factor on the baseline (1.5; 0.5 for "giảm trên 50%")
 * @param maximumCount         ABSOLUTE_MAXIMUM: the most units allowed
 */
public record ProgressSpec(
        @NotNull ProgressMethod method,
        @Valid Population population,
        @Valid Condition unitCondition,
        @Min(0) Integer thresholdCount,
        @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("100")
        Double thresholdPercent,
        Comparison comparison,
        @Size(max = 100) String indicator,
        @Size(max = 100) String denominatorIndicator,
        Double pointsPerYear,
        @Min(1) Integer consecutiveYears,
        Double multiple,
        @Min(0) Integer maximumCount) {
}
