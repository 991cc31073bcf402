package vn.thidua.campaign.targets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A target (chỉ tiêu): indicator, unit of measure, baseline, target value, horizon, the units it applies to, and
 * how progress is computed.
 *
 * @param unitOfMeasure PERCENT, COMMUNES, VILLAGES, DISTRICTS, TIMES, PERCENT_POINTS_PER_YEAR, VND …
 * @param appliesTo     unit types (categories) or unit codes the target is set for
 */
public record Target(
        @NotBlank @Size(max = 64) String code,
        @NotBlank @Size(max = 100) String indicator,
        @Size(max = 2000) String description,
        @NotBlank @Size(max = 40) String unitOfMeasure,
        @Valid Baseline baseline,
        @NotNull Double targetValue,
        @NotNull LocalDate horizon,
        @Size(max = 500) List<@NotBlank String> appliesTo,
        @NotNull @Valid ProgressSpec progress) {
}
