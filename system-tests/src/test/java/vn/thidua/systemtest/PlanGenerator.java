package vn.thidua.systemtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.shared.test.TestHttp;

/**
 * Province plans generated within the plan model from a {@link Random} (issue 11, item 8): targets of every progress
 * method, categories of every nominee type with criteria of every condition kind, award rules of every kind with
 * periods (YEAR, CAMPAIGN, OCCASION) and scopes (commune, province, one named unit), dossier and registration chains
 * or none, chain steps in force before and after 1 July 2025, late policies FLAG and REFUSE. Plain Java: the same
 * seed gives the same plans. Each offer has at most one quota, so a quota finding names its rule unambiguously.
 */
final class PlanGenerator {

    /** A demo tenant whose users can take a dossier along every stop a generated plan may route to. */
    record Tenant(String code, String admin, String commune, String communeCode, String appraiser,
            String standingAgency) {
    }

    static final List<Tenant> TENANTS = List.of(
            new Tenant("12", "laichau.admin", "laichau.commune", "03390", "laichau.appraiser", "12-SNNMT"),
            new Tenant("04", "caobang.admin", "caobang.commune", "01654", "caobang.appraiser", "04-SNNMT"),
            new Tenant("44", "quangtri.admin", "quangtri.commune", "19597", "quangtri.appraiser", "44-SNNMT"));

    /** A participant category as the driver needs it: its nominee type and its criteria decided from figures. */
    record Category(String code, String nomineeType, List<String> figureCriteria) {
    }

    /** A quota as written: scope COMMUNE, PROVINCE or UNIT (the tenant's demo commune by code), its period. */
    record Quota(String nomineeType, String scope, String period, int max) {
    }

    record Offer(String formCode, List<String> categoryCodes, List<String> occasions, Quota quota) {
    }

    record Plan(Tenant tenant, ObjectNode body, int startYear, int endYear, List<Category> categories,
            List<Offer> offers) {
    }

    static final String[] KINDS = {"REGULAR", "BY_PERIOD", "THEMATIC", "ANNUAL", "FIVE_YEAR"};
    static final String[] METHODS = {"COUNT_OF_UNITS_MEETING", "RATE", "SUSTAINED_REDUCTION", "MULTIPLE_OF_BASELINE",
            "ABSOLUTE_MAXIMUM"};
    static final String[] PERIODS = {"YEAR", "CAMPAIGN", "OCCASION", null};
    static final String[] NOMINEE_TYPES = {"COLLECTIVE", "INDIVIDUAL", "HOUSEHOLD"};

    private final Random random;

    PlanGenerator(Random random) {
        this.random = random;
    }

    /** The index-th plan of a run; the code carries the run's tag so that every run has fresh plans. */
    Plan plan(int index, String runTag) {
        Tenant tenant = TENANTS.get(random.nextInt(TENANTS.size()));
        int start = 2021 + random.nextInt(5);
        int end = Math.min(2030, start + 3 + random.nextInt(3));
        String kind = KINDS[random.nextInt(KINDS.length)];
        boolean standing = random.nextBoolean();
        ObjectNode plan = TestHttp.JSON.createObjectNode();
        plan.put("code", "GEN-" + runTag + "-" + index);
        plan.put("name", "Phong trào thi đua sinh ngẫu nhiên số " + index + " (" + kind + ", " + start + "–" + end
                + ", kiểm thử)");
        plan.put("level", "PROVINCE");
        plan.put("kind", kind);
        plan.put("startYear", start);
        plan.put("endYear", end);
        ObjectNode document = plan.putObject("issuingDocument");
        document.put("type", "KH-UBND");
        document.put("number", (100 + index) + "/KH-UBND");
        document.put("date", start + "-03-15");
        document.put("issuingBody", "Ủy ban nhân dân tỉnh " + tenant.code());
        if (standing) {
            plan.put("standingAgencyCode", tenant.standingAgency());
        }
        // Plans of a kind without measurable targets (by period, thematic) sometimes have none (contract §2).
        boolean targets = !(("BY_PERIOD".equals(kind) || "THEMATIC".equals(kind)) && random.nextInt(3) == 0);
        if (targets) {
            targets(plan.putArray("targets"), index, start, end);
        }
        List<Category> categories = categories(plan.putArray("categories"));
        List<Offer> offers = offers(plan.putArray("offers"), categories, tenant);
        calendar(plan.putObject("calendar"), tenant, standing, start, end);
        return new Plan(tenant, plan, start, end, categories, offers);
    }

    private void targets(ArrayNode out, int index, int start, int end) {
        for (int m = 0; m < METHODS.length; m++) {
            if (m != index % METHODS.length && random.nextInt(10) < 4) {
                continue;
            }
            ObjectNode target = out.addObject();
            target.put("code", "T" + m);
            target.put("horizon", end + "-12-31");
            ObjectNode progress = target.putObject("progress");
            progress.put("method", METHODS[m]);
            switch (METHODS[m]) {
                case "COUNT_OF_UNITS_MEETING" -> {
                    target.put("indicator", "COMMUNES_MEETING_NTM_STANDARD");
                    target.put("unitOfMeasure", "PERCENT");
                    int percent = 50 + random.nextInt(46);
                    target.put("targetValue", percent);
                    progress.putObject("population").put("unitType", "COMMUNE");
                    flag(progress.putObject("unitCondition"), "NTM_STANDARD_MET");
                    progress.put("thresholdPercent", percent);
                }
                case "RATE" -> {
                    target.put("indicator", "POOR_HOUSEHOLD_RATE");
                    target.put("unitOfMeasure", "PERCENT");
                    int percent = 1 + random.nextInt(10);
                    target.put("targetValue", percent);
                    progress.put("indicator", "POOR_HOUSEHOLDS");
                    progress.put("denominatorIndicator", "HOUSEHOLDS");
                    progress.put("thresholdPercent", percent);
                    progress.put("comparison", "AT_MOST");
                }
                case "SUSTAINED_REDUCTION" -> {
                    target.put("indicator", "POVERTY_RATE");
                    target.put("unitOfMeasure", "PERCENT_POINTS_PER_YEAR");
                    int points = 1 + random.nextInt(4);
                    target.put("targetValue", points);
                    progress.put("indicator", "POVERTY_RATE");
                    progress.put("pointsPerYear", points);
                    progress.put("consecutiveYears", 2 + random.nextInt(3));
                }
                case "MULTIPLE_OF_BASELINE" -> {
                    target.put("indicator", "RURAL_INCOME_VND");
                    target.put("unitOfMeasure", "VND");
                    double multiple = 1.2 + random.nextInt(9) / 10.0;
                    target.put("targetValue", multiple);
                    ObjectNode baseline = target.putObject("baseline");
                    baseline.put("value", 30_000_000 + random.nextInt(20) * 1_000_000);
                    baseline.put("date", (start - 1) + "-12-31");
                    progress.put("indicator", "RURAL_INCOME_VND");
                    progress.put("multiple", multiple);
                }
                default -> {
                    target.put("indicator", "COMMUNES_BELOW_15_CRITERIA");
                    target.put("unitOfMeasure", "COMMUNES");
                    int most = random.nextInt(6);
                    target.put("targetValue", most);
                    progress.putObject("population").put("unitType", "COMMUNE");
                    threshold(progress.putObject("unitCondition"), "NTM_CRITERIA_MET", "LESS_THAN", 15, "CRITERIA");
                    progress.put("maximumCount", most);
                }
            }
        }
    }

    private List<Category> categories(ArrayNode out) {
        List<Category> categories = new ArrayList<>();
        String[][] kinds = {{"COLLECTIVE", "ENTERPRISE", "Doanh nghiệp, hợp tác xã"},
                {"INDIVIDUAL", "OFFICIAL", "Cán bộ, công chức, người lao động"},
                {"HOUSEHOLD", "HOUSEHOLD", "Hộ gia đình tiêu biểu"}};
        for (String[] kind : kinds) {
            String code = "C_" + kind[1];
            ObjectNode category = out.addObject();
            category.put("code", code);
            category.put("name", kind[2]);
            category.put("nomineeType", kind[0]);
            category.put("unitType", kind[1]);
            ArrayNode criteria = category.putArray("criteria");
            List<String> figureCriteria = new ArrayList<>();
            int count = 1 + random.nextInt(2);
            for (int c = 0; c < count; c++) {
                ObjectNode criterion = criteria.addObject();
                criterion.put("code", "K" + c);
                ObjectNode condition = criterion.putObject("condition");
                switch (random.nextInt(4)) {
                    case 0 -> {
                        threshold(condition, "CONTRIBUTION_VND", "AT_LEAST",
                                "INDIVIDUAL".equals(kind[0]) ? 50_000_000 : 100_000_000, "VND");
                        figureCriteria.add("CRITERION:K" + c);
                    }
                    case 1 -> {
                        threshold(condition, "OCOP_STARS", "AT_LEAST", 3, "STARS");
                        figureCriteria.add("CRITERION:K" + c);
                    }
                    case 2 -> {
                        condition.put("kind", "RATE_SUSTAINED");
                        condition.put("indicator", "POVERTY_RATE");
                        condition.put("comparison", "LESS_THAN");
                        condition.put("value", 5);
                        condition.put("consecutiveYears", 2 + random.nextInt(2));
                        condition.put("referenceYear", 2020 + random.nextInt(3));
                    }
                    default -> {
                        condition.put("kind", "JUDGEMENT");
                        condition.put("text", "Gương mẫu, có việc làm thiết thực");
                    }
                }
            }
            categories.add(new Category(code, kind[0], figureCriteria));
        }
        return categories;
    }

    private List<Offer> offers(ArrayNode out, List<Category> categories, Tenant tenant) {
        List<Offer> offers = new ArrayList<>();
        List<String> all = categories.stream().map(Category::code).toList();
        List<String> occasions = new ArrayList<>(List.of("ANNUAL"));
        if (random.nextBoolean()) {
            occasions.add("MID_TERM_REVIEW");
        }
        if (random.nextBoolean()) {
            occasions.add("FINAL_REVIEW");
        }
        offers.add(offer(out, "BANG_KHEN_CAP_BO_TINH", all, occasions, tenant, true));
        if (random.nextInt(10) < 7) {
            offers.add(offer(out, "GIAY_KHEN_CHU_TICH_UBND_XA", List.of("C_OFFICIAL", "C_HOUSEHOLD"),
                    List.of("ANNUAL"), tenant, false));
        }
        return offers;
    }

    private Offer offer(ArrayNode out, String form, List<String> categoryCodes, List<String> occasions,
            Tenant tenant, boolean provincial) {
        ObjectNode offer = out.addObject();
        offer.put("formCode", form);
        categoryCodes.forEach(offer.putArray("categoryCodes")::add);
        occasions.forEach(offer.putArray("occasions")::add);
        ArrayNode rules = offer.putArray("rules");
        Quota quota = null;
        if (random.nextInt(10) < 8) {
            String scope = provincial ? new String[] {"COMMUNE", "PROVINCE", "UNIT"}[random.nextInt(3)] : "COMMUNE";
            quota = new Quota(random.nextInt(3) == 0 ? null : NOMINEE_TYPES[random.nextInt(3)], scope,
                    PERIODS[random.nextInt(PERIODS.length)], 1 + random.nextInt(3));
            ObjectNode rule = rule(rules, "QUOTA", quota.nomineeType());
            ObjectNode per = rule.putObject("per");
            switch (scope) {
                case "UNIT" -> per.put("unitCode", tenant.communeCode());
                default -> per.put("unitType", scope);
            }
            rule.put("maxCount", quota.max());
            if (quota.period() != null) {
                rule.put("period", quota.period());
            }
            rule.put("description", "Chỉ tiêu " + quota.max() + " đối tượng mỗi " + scope + " ("
                    + quota.period() + ")");
        }
        if (provincial && random.nextBoolean()) {
            ObjectNode rule = rule(rules, "THRESHOLD", random.nextBoolean() ? "COLLECTIVE" : "INDIVIDUAL");
            ArrayNode conditions = rule.putArray("conditions");
            threshold(conditions.addObject(), "CONTRIBUTION_VND", "AT_LEAST", 100_000_000, "VND");
            if (random.nextBoolean()) {
                threshold(conditions.addObject(), "OCOP_STARS", "AT_LEAST", 3, "STARS");
            }
            rule.put("conditionsMatch", random.nextBoolean() ? "ANY" : "ALL");
            rule.put("description", "Đóng góp từ 100 triệu đồng hoặc sản phẩm OCOP từ 3 sao");
        }
        if (random.nextBoolean()) {
            ObjectNode rule = rule(rules, "ONCE_PER_NOMINEE", random.nextBoolean() ? "INDIVIDUAL" : "HOUSEHOLD");
            rule.put("onceScope", random.nextBoolean() ? "CAMPAIGN" : "LIFETIME");
            rule.put("description", "Tặng 01 lần trong phong trào");
        }
        if (provincial && random.nextInt(10) < 3) {
            ObjectNode rule = rule(rules, "ANNUAL_BEST", "COLLECTIVE");
            rule.putObject("per").put("unitType", "COMMUNE");
            rule.put("maxCount", 1);
            rule.put("rankBy", "NTM_CRITERIA_COMPLETED_IN_YEAR");
            rule.put("period", "YEAR");
            rule.put("description", "Hằng năm: đơn vị dẫn đầu của mỗi xã");
        }
        if (!provincial) {
            ObjectNode rule = rules.addObject();
            rule.put("kind", "PRIZE_MONEY");
            rule.put("baseSalaryMultiple", 0.3);
            rule.put("householdMultipleOfIndividual", 1.5);
            rule.put("description", "0,3 lần mức lương cơ sở; hộ gia đình 1,5 lần");
            rule.put("legalBasis", "152/2025/NĐ-CP");
            rule.put("validFrom", "2025-07-01");
        }
        return new Offer(form, categoryCodes, occasions, quota);
    }

    private ObjectNode rule(ArrayNode rules, String kind, String nomineeType) {
        ObjectNode rule = rules.addObject();
        rule.put("kind", kind);
        if (nomineeType != null) {
            rule.put("nomineeType", nomineeType);
        }
        rule.put("legalBasis", "06/2022/QH15");
        // Rules of either era: in force for the whole plan, or from the 2025 reform on.
        rule.put("validFrom", random.nextInt(3) == 0 ? "2025-07-01" : "2021-01-01");
        return rule;
    }

    private void calendar(ObjectNode calendar, Tenant tenant, boolean standing, int start, int end) {
        ArrayNode milestones = calendar.putArray("milestones");
        ObjectNode mid = milestones.addObject();
        mid.put("code", "SO_KET");
        mid.put("kind", "MID_TERM_REVIEW");
        mid.put("year", (start + end) / 2);
        ObjectNode last = milestones.addObject();
        last.put("code", "TONG_KET");
        last.put("kind", "FINAL_REVIEW");
        last.put("year", end);
        ArrayNode chains = calendar.putArray("chains");
        String receiver = standing ? tenant.standingAgency() : null;
        if (random.nextInt(10) < 7) {
            ArrayNode steps = chain(chains, "DOSSIER");
            if (random.nextBoolean()) {
                // Before the reform communes sent to their district, which sent on (in force until 30/06/2025).
                step(steps, 1, route("level", "COMMUNE"), route("level", "DISTRICT"), 1, null, "2025-06-30");
                step(steps, 2, route("level", "DISTRICT"), receiver == null ? route("level", "PROVINCE")
                        : route("unitCode", receiver), 1, null, "2025-06-30");
            }
            step(steps, 3, route("level", "COMMUNE"), receiver == null ? route("level", "PROVINCE")
                    : route("unitCode", receiver), 1, "2025-07-01", null);
            if (receiver != null) {
                step(steps, 4, route("unitCode", receiver), route("level", "PROVINCE"), 1, null, null);
            }
        }
        if (random.nextBoolean()) {
            ArrayNode steps = chain(chains, "REGISTRATION");
            step(steps, 1, route("level", "COMMUNE"), receiver == null ? route("level", "PROVINCE")
                    : route("unitCode", receiver), 0, null, null);
        }
    }

    private ArrayNode chain(ArrayNode chains, String kind) {
        ObjectNode chain = chains.addObject();
        chain.put("kind", kind);
        return chain.putArray("steps");
    }

    private void step(ArrayNode steps, int order, ObjectNode from, ObjectNode to, int yearOffset, String validFrom,
            String validTo) {
        ObjectNode step = steps.addObject();
        step.put("order", order);
        step.put("name", "Bước " + order);
        step.putArray("from").add(from);
        step.set("to", to);
        ObjectNode deadline = step.putObject("deadline");
        deadline.put("day", 1 + random.nextInt(28));
        deadline.put("month", yearOffset == 1 ? 1 + random.nextInt(3) : 1 + random.nextInt(12));
        step.put("yearOffset", yearOffset);
        step.put("lateSubmission", random.nextBoolean() ? "FLAG" : "REFUSE");
        if (validFrom != null) {
            step.put("validFrom", validFrom);
        }
        if (validTo != null) {
            step.put("validTo", validTo);
        }
    }

    private static ObjectNode route(String field, String value) {
        ObjectNode end = TestHttp.JSON.createObjectNode();
        end.put(field, value);
        return end;
    }

    private static void flag(ObjectNode condition, String flag) {
        condition.put("kind", "STATUS_FLAG");
        condition.put("flag", flag);
    }

    private static void threshold(ObjectNode condition, String indicator, String comparison, double value,
            String unit) {
        condition.put("kind", "NUMERIC_THRESHOLD");
        condition.put("indicator", indicator);
        condition.put("comparison", comparison);
        condition.put("value", value);
        condition.put("unit", unit);
    }
}
