package vn.thidua.campaign.criteria;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A typed condition (điều kiện): which fields are required depends on {@link #kind}; {@link ConditionRules} says
 * which. One flat shape keeps the JSON readable and the stored document plain.
 *
 * @param flag             STATUS_FLAG: the status the unit must hold (e.g. NTM_STANDARD_MET, NO_CAPITAL_DEBT)
 * @param indicator        NUMERIC_THRESHOLD / RATE_SUSTAINED: the indicator code (e.g. CONTRIBUTION_VND)
 * @param consecutiveYears RATE_SUSTAINED: the number of consecutive years the rate must hold
 * @param text             JUDGEMENT: what reviewers assess; for the other kinds, the plan's own wording
 * @param referenceYear    RATE_SUSTAINED: the rate is compared against this year's value ("so với năm 2020")
 */
public record Condition(
        @NotNull ConditionKind kind,
        @Size(max = 100) String flag,
        @Size(max = 100) String indicator,
        Comparison comparison,
        Double value,
        @Size(max = 40) String unit,
        @Min(1) @jakarta.validation.constraints.Max(30) Integer consecutiveYears,
        @Size(max = 4000) String text,
        @Min(2000) @jakarta.validation.constraints.Max(2100) Integer referenceYear) {

    /** Whether the platform can decide this condition from data (otherwise reviewers judge it). */
    public boolean decidableFromData() {
        return kind != ConditionKind.JUDGEMENT;
    }
}
