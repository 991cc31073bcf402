package vn.thidua.campaign.campaigns;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a client may set. Tenant, owner, status and version are the server's. */
public record CampaignRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._/-]+") String code,
        @NotBlank @Size(max = 500) String name,
        @NotNull CampaignLevel level,
        @NotNull @Min(2000) @Max(2100) Integer startYear,
        @NotNull @Min(2000) @Max(2100) Integer endYear) {
}
