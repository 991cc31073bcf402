package vn.thidua.registration.registrations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Forward a batch: the campaign and year, and the forwarding unit (the caller's own unit when not given; the
 * province admin may name one of its units).
 */
public record BatchRequest(
        @NotBlank @Size(max = 64) String campaignId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+") String fromUnitCode,
        @Size(max = 2000) String note) {
}
