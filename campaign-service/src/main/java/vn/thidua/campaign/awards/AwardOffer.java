package vn.thidua.campaign.awards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An award form on offer in a campaign (hình thức khen thưởng) and its rules.
 *
 * @param formCode      a code of the award catalogue (national or the tenant's additions)
 * @param categoryCodes the participant categories it is for (empty: all)
 */
public record AwardOffer(
        @NotBlank @Size(max = 100) String formCode,
        @Size(max = 50) List<@NotBlank String> categoryCodes,
        @Size(max = 4) List<@NotNull Occasion> occasions,
        @Size(max = 2000) String note,
        @Size(max = 50) List<@Valid @NotNull AwardRule> rules) {
}
