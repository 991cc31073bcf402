package vn.thidua.campaign.criteria;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A criterion (tiêu chí thi đua) of a participant category: the plan's words and the typed condition. */
public record Criterion(
        @NotBlank @Size(max = 64) String code,
        @Size(max = 4000) String text,
        @NotNull @Valid Condition condition) {
}
