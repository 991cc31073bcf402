package vn.thidua.award.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.thidua.award.clients.CampaignApi.CatalogueEntry;
import vn.thidua.award.clients.CampaignApi.Category;
import vn.thidua.award.clients.CampaignApi.Condition;
import vn.thidua.award.clients.CampaignApi.Offer;
import vn.thidua.award.clients.CampaignApi.QuotaScope;
import vn.thidua.award.clients.CampaignApi.Rule;

/** Small plans written the way provinces write them, for tests that read like the plan. */
final class Plans {

    static final LocalDate DAY = LocalDate.of(2025, 1, 5);
    static final String LAW = "Luật Thi đua, khen thưởng 06/2022/QH15";

    private Plans() {
    }

    static Rule quota(String description, String nomineeType, QuotaScope per, int max, String period) {
        return new Rule("QUOTA", description, nomineeType, null, null, per, max, null, null, null, null, null, null,
                LAW, DAY.minusYears(4), null, period, null);
    }

    static Rule once(String description, String onceScope, String legalBasis) {
        return new Rule("ONCE_PER_NOMINEE", description, null, null, null, null, null, null, null, null, null, null,
                null, legalBasis, DAY.minusYears(4), null, null, onceScope);
    }

    static Rule threshold(String description, Condition... conditions) {
        return new Rule("THRESHOLD", description, null, null, null, null, null, null, null, List.of(conditions),
                "ALL", null, null, LAW, DAY.minusYears(4), null, null, null);
    }

    static QuotaScope per(String unitType) {
        return new QuotaScope(unitType, null, null);
    }

    static RuleSnapshot snapshot(String campaignId, String nomineeType, String categoryUnitType, String formLevel,
            Rule... rules) {
        Category category = new Category("CAT", "Đối tượng", nomineeType, categoryUnitType, List.of());
        return new RuleSnapshot(campaignId, "\"1\"", campaignId.toUpperCase(), "Kế hoạch " + campaignId, null, DAY,
                DAY, category, new Offer("BANG_KHEN", List.of("CAT"), null, null, List.of(rules)),
                new CatalogueEntry("BANG_KHEN", "Bằng khen của Chủ tịch UBND tỉnh", "FORM", formLevel, List.of(),
                        null));
    }

    static RuleSnapshot withCriteria(RuleSnapshot snapshot, Category category) {
        return new RuleSnapshot(snapshot.campaignId(), snapshot.campaignVersion(), snapshot.campaignCode(),
                snapshot.campaignName(), snapshot.standingAgencyCode(), snapshot.receivedOn(),
                snapshot.rulesInForceOn(), category, snapshot.offer(), snapshot.form());
    }

    /** A nominee proposed by a unit whose path (province first) and levels are those of the dossier's year. */
    static RuleChecks.Subject subject(String campaignId, String nomineeType, String nomineeKey, String nomineeUnit,
            String occasion, int year, List<String> path, Map<String, String> levels) {
        String proposer = path.getLast();
        return new RuleChecks.Subject(campaignId, path.getFirst(), "BANG_KHEN", nomineeType, List.of(nomineeKey),
                nomineeUnit, occasion, Map.of(), null, proposer, levels.get(proposer), path, levels, year);
    }
}
