package vn.thidua.award.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import vn.thidua.award.clients.CampaignApi.CatalogueEntry;
import vn.thidua.award.clients.CampaignApi.Category;
import vn.thidua.award.clients.CampaignApi.Condition;
import vn.thidua.award.clients.CampaignApi.Criterion;
import vn.thidua.award.clients.CampaignApi.Offer;
import vn.thidua.award.clients.CampaignApi.QuotaScope;
import vn.thidua.award.clients.CampaignApi.QuotaShare;
import vn.thidua.award.clients.CampaignApi.Rule;

/**
 * Plans made up within the model from a seed: any province, before and after 1 July 2025, indicator and flag codes
 * as a plan author might type them (with dots, dollars, spaces, Vietnamese), every rule kind, period and scope.
 */
final class GeneratedPlans {

    static final List<String> CODES = List.of("CONTRIBUTION_VND", "thu.nhap.binh_quan", "$where", "Tỷ lệ hộ nghèo",
            "OCOP_STARS", "a.b.c", "NTM_STANDARD_MET", "ho ngheo %", "x");
    static final List<String> KINDS = List.of("STATUS_FLAG", "NUMERIC_THRESHOLD", "RATE_SUSTAINED", "JUDGEMENT");
    static final List<String> COMPARISONS = List.of("AT_LEAST", "MORE_THAN", "AT_MOST", "LESS_THAN", "EQUAL");
    static final List<String> RULE_KINDS = List.of("ONCE_PER_NOMINEE", "THRESHOLD", "QUOTA", "ANNUAL_BEST",
            "PRIZE_MONEY");
    static final List<String> SCOPES = List.of("COMMUNE", "DISTRICT", "VILLAGE", "AGENCY", "PROVINCIAL_DEPARTMENT",
            "DEPARTMENT", "DIVISION", "PROVINCE", "ENTERPRISE", "OFFICIAL");
    static final List<String> PERIODS = java.util.Arrays.asList("YEAR", "CAMPAIGN", "OCCASION", null);
    static final List<String> OCCASIONS = List.of("ANNUAL", "MID_TERM_REVIEW", "FINAL_REVIEW", "ON_ACHIEVEMENT");
    static final LocalDate DAY = LocalDate.of(2025, 1, 5);

    final Random random;
    /** Each plan is its own campaign; subjects are of the latest plan made. */
    String campaignId = "c-gen-0";
    int plans;
    final Map<String, List<RuleChecks.Fact>> series = new HashMap<>();

    GeneratedPlans(long seed) {
        this.random = new Random(seed);
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    Condition condition() {
        String kind = pick(KINDS);
        String code = pick(CODES);
        return new Condition(kind, "STATUS_FLAG".equals(kind) ? code : null, "STATUS_FLAG".equals(kind) ? null : code,
                pick(COMPARISONS), (double) random.nextInt(200), random.nextBoolean() ? "%" : null,
                1 + random.nextInt(4), random.nextBoolean() ? null : "điều kiện " + code,
                random.nextBoolean() ? null : 2018 + random.nextInt(4));
    }

    Rule rule() {
        String kind = pick(RULE_KINDS);
        List<Condition> conditions = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            conditions.add(condition());
        }
        QuotaScope per = random.nextInt(5) == 0 ? new QuotaScope(null, pick(List.of("106", "12-SNNMT", "03390")),
                null) : new QuotaScope(pick(SCOPES), null, random.nextBoolean() ? null : List.of(pick(CODES)));
        List<QuotaShare> split = random.nextBoolean() ? null
                : List.of(new QuotaShare("PROVINCE", 1 + random.nextInt(3)), new QuotaShare("COMMUNE", 2));
        return new Rule(kind, "quy định " + kind, null, null, random.nextBoolean() ? null : List.of(pick(OCCASIONS)),
                per, random.nextInt(6), split, null, conditions, random.nextBoolean() ? "ALL" : "ANY", null, null,
                "Luật 06/2022/QH15", DAY.minusYears(2), null, pick(PERIODS),
                pick(java.util.Arrays.asList("CAMPAIGN", "LIFETIME", null)));
    }

    RuleSnapshot snapshot(String nomineeType) {
        campaignId = "c-gen-" + (++plans);
        List<Criterion> criteria = new ArrayList<>();
        for (int i = random.nextInt(4); i >= 0; i--) {
            criteria.add(new Criterion("C" + i + "." + pick(CODES), null, condition()));
        }
        Category category = new Category("CAT", "Đối tượng", nomineeType, pick(SCOPES), criteria);
        List<Rule> rules = new ArrayList<>();
        for (int i = random.nextInt(6); i >= 0; i--) {
            rules.add(rule());
        }
        return new RuleSnapshot(campaignId, "\"1\"", "KH-GEN", "Kế hoạch", "12-SNNMT", DAY, DAY, category,
                new Offer("FORM", List.of("CAT"), null, null, rules),
                new CatalogueEntry("FORM", "Bằng khen", "FORM", pick(List.of("COMMUNE", "MINISTRY_OR_PROVINCE",
                        "AGENCY")), List.of(), null));
    }

    /** A subject before the reform (commune under a district) or after it (commune straight under the province). */
    RuleChecks.Subject subject(String nomineeType) {
        boolean before = random.nextBoolean();
        int year = before ? 2021 + random.nextInt(4) : 2025 + random.nextInt(2);
        List<String> path = before ? List.of("12", "106", "03390") : List.of("12", "03390");
        Map<String, String> levels = before ? Map.of("12", "PROVINCE", "106", "DISTRICT", "03390", "COMMUNE")
                : Map.of("12", "PROVINCE", "03390", "COMMUNE");
        Map<String, Double> figures = new HashMap<>();
        figures.put(pick(CODES), (double) random.nextInt(200));
        return new RuleChecks.Subject(campaignId, "12", "FORM", nomineeType,
                random.nextInt(6) == 0 ? List.of() : List.of("U:03390", "U:03391"), "03390", pick(OCCASIONS), figures,
                random.nextBoolean() ? null : "NTM-" + year, "03390", "COMMUNE", path, levels, year);
    }

    /** Facts for any unit and code: sometimes known, sometimes not, over several years. */
    RuleChecks.Facts facts() {
        // An unknown value is remembered too: the same question gets the same answer (Optional, not null).
        Map<String, Optional<RuleChecks.Fact>> values = new HashMap<>();
        return new RuleChecks.Facts() {
            @Override
            public Optional<RuleChecks.Fact> value(String unitCode, String indicator) {
                return values.computeIfAbsent(unitCode + "/" + indicator,
                        k -> random.nextInt(3) == 0 ? Optional.empty()
                                : Optional.of(new RuleChecks.Fact(random.nextInt(3) == 0 ? random.nextInt(2)
                                        : random.nextInt(200), DAY.minusDays(random.nextInt(400)))));
            }

            @Override
            public List<RuleChecks.Fact> series(String unitCode, String indicator, LocalDate from, LocalDate to) {
                return series.computeIfAbsent(unitCode + "/" + indicator + from + to, k -> {
                    List<RuleChecks.Fact> points = new ArrayList<>();
                    for (LocalDate day = from; !day.isAfter(to); day = day.plusMonths(5)) {
                        if (random.nextInt(4) != 0) {
                            points.add(new RuleChecks.Fact(random.nextInt(20), day));
                        }
                    }
                    return points;
                });
            }
        };
    }
}
