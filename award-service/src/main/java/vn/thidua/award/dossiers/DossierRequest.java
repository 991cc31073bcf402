package vn.thidua.award.dossiers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * What a proposing unit writes in a dossier; the rest (route, rules, status, scope) is the server's.
 *
 * @param proposingUnitCode the unit that proposes (đơn vị đề nghị); the caller's own unit when omitted
 * @param occasion          ANNUAL (default), MID_TERM_REVIEW, FINAL_REVIEW, ON_ACHIEVEMENT
 */
public record DossierRequest(
        @NotBlank @Size(max = 64) String campaignId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Pattern(regexp = "ANNUAL|MID_TERM_REVIEW|FINAL_REVIEW|ON_ACHIEVEMENT") String occasion,
        @NotNull @Valid Nominee nominee,
        @NotBlank @Size(max = 64) String categoryCode,
        @NotBlank @Size(max = 100) String awardFormCode,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String proposingUnitCode,
        @NotBlank @Size(max = 8000) String achievementSummary,
        @Size(max = 200) String achievementKey,
        @Size(max = 20) Map<@Pattern(regexp = "[A-Z0-9_]{1,64}") String, @NotNull Double> figures) {
}
