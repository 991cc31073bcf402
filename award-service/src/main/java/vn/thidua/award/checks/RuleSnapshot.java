package vn.thidua.award.checks;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.award.clients.CampaignApi.CatalogueEntry;
import vn.thidua.award.clients.CampaignApi.Category;
import vn.thidua.award.clients.CampaignApi.Offer;
import vn.thidua.award.clients.CampaignApi.Target;

/**
 * The rule version a dossier is decided with (phiên bản quy định áp dụng): the campaign and its version (the ETag
 * read), and a copy of the category, the offer with only the rules in force on {@code rulesInForceOn}, the
 * catalogue entry of the form and the campaign's targets (what registered commitments refer to) — taken when the
 * dossier is received.
 *
 * @param receivedOn     the day the first level received it (Vietnam time)
 * @param rulesInForceOn the day whose rules apply: the day received, but no later than the first deadline of the
 *                       dossier's year (a late dossier for 2024 is judged by the 2024 round's rules, not escapes
 *                       them because the plan's rules ended on 31/12/2025)
 * @param targets        the campaign's targets (chỉ tiêu); null in snapshots taken before they were kept
 */
public record RuleSnapshot(String campaignId, String campaignVersion, String campaignCode, String campaignName,
        String standingAgencyCode, LocalDate receivedOn, LocalDate rulesInForceOn, Category category, Offer offer,
        CatalogueEntry form, List<Target> targets) {

    /** A snapshot without the campaign's targets (as taken before commitments were compared). */
    public RuleSnapshot(String campaignId, String campaignVersion, String campaignCode, String campaignName,
            String standingAgencyCode, LocalDate receivedOn, LocalDate rulesInForceOn, Category category, Offer offer,
            CatalogueEntry form) {
        this(campaignId, campaignVersion, campaignCode, campaignName, standingAgencyCode, receivedOn, rulesInForceOn,
                category, offer, form, null);
    }

    public List<Target> targetList() {
        return targets == null ? List.of() : targets;
    }
}
