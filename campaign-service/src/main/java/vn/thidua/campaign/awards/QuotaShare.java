package vn.thidua.campaign.awards;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Part of a quota proposed at one level (cấp tỉnh 05 cá nhân, cấp huyện 15 cá nhân). */
public record QuotaShare(@NotBlank String proposedAtLevel, @NotNull @Min(0) Integer count) {
}
