package vn.thidua.registration.support;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A department or agency registers to support a commune or village in a campaign. */
public record SupportRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+") String supporterUnitCode,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+") String supportedUnitCode,
        @NotBlank @Size(max = 64) String campaignId,
        @Size(max = 20) List<@NotNull @Min(2000) @Max(2100) Integer> years,
        @Size(max = 2000) String note) {

    public List<Integer> yearList() {
        return years == null ? List.of() : years;
    }
}
