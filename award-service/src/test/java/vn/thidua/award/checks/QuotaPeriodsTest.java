package vn.thidua.award.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.clients.CampaignApi.QuotaScope;

/**
 * Quotas as plans write them, counted with the real counters: per year, over the campaign, per occasion; per
 * commune, district, agency, department, province; in both eras (districts until 30/6/2025).
 */
class QuotaPeriodsTest {

    final InMemoryStore store = new InMemoryStore();
    final QuotaCounters counters = new QuotaCounters(store.mongo);
    final AtomicInteger dossiers = new AtomicInteger();
    RuleChecks.Facts registry = (unit, indicator) -> Optional.empty();

    @AfterEach
    void close() {
        store.close();
    }

    /** Submits one dossier: takes every slot it needs; true when all were granted (the others given back). */
    boolean submit(RuleSnapshot snapshot, RuleChecks.Subject subject) {
        String dossierId = "d" + dossiers.incrementAndGet();
        RuleChecks.Evaluation evaluation = RuleChecks.evaluate(snapshot, subject, registry);
        boolean all = true;
        for (QuotaDemand demand : evaluation.quotas()) {
            all &= counters.reserve(demand, dossierId).granted();
        }
        if (!all) {
            evaluation.quotas().forEach(d -> counters.release(d.key(), dossierId));
        }
        return all;
    }

    // Bến Tre before the reform: commune 28756 under district 831 (Châu Thành), province 83.
    static RuleChecks.Subject benTre(String type, String key, String occasion, int year) {
        return Plans.subject("bt-ntm", type, key, null, occasion, year, List.of("83", "831", "28756"),
                Map.of("83", "PROVINCE", "831", "DISTRICT", "28756", "COMMUNE"));
    }

    @Test
    void threeHouseholdsPerCommunePerYearLetTheSecondYearThroughAndRefuseTheFourthOfAYear() {
        RuleSnapshot plan = Plans.snapshot("bt-ntm", "HOUSEHOLD", "HOUSEHOLD", "MINISTRY_OR_PROVINCE",
                Plans.quota("Mỗi xã không quá 03 hộ gia đình mỗi năm", "HOUSEHOLD", Plans.per("COMMUNE"), 3, "YEAR"));

        assertThat(submit(plan, benTre("HOUSEHOLD", "P:1", "ANNUAL", 2023))).isTrue();
        assertThat(submit(plan, benTre("HOUSEHOLD", "P:2", "ANNUAL", 2023))).isTrue();
        assertThat(submit(plan, benTre("HOUSEHOLD", "P:3", "ANNUAL", 2023))).isTrue();
        assertThat(submit(plan, benTre("HOUSEHOLD", "P:4", "ANNUAL", 2023))).as("the 4th of 2023").isFalse();
        assertThat(submit(plan, benTre("HOUSEHOLD", "P:4", "ANNUAL", 2024))).as("the first of 2024").isTrue();

        QuotaDemand demand = RuleChecks.evaluate(plan, benTre("HOUSEHOLD", "P:5", "ANNUAL", 2023), registry).quotas()
                .getFirst();
        assertThat(demand.key()).isEqualTo("bt-ntm|BANG_KHEN|0|28756|ALL|Y2023");
        Finding refused = RuleChecks.quotaFinding(demand, 3, false);
        assertThat(refused.message().get("vi")).contains("3/3").contains("28756").contains("năm 2023");
        assertThat(refused.numbers()).containsEntry("period", "YEAR").containsEntry("year", 2023);
    }

    @Test
    void fiveIndividualsPerNtmCommuneOverTheCampaignKeepCountingAcrossYears() {
        QuotaScope ntmCommune = new QuotaScope("COMMUNE", null, List.of("NTM_STANDARD_MET"));
        RuleSnapshot plan = Plans.snapshot("bt-ntm", "INDIVIDUAL", "OFFICIAL", "MINISTRY_OR_PROVINCE",
                Plans.quota("Mỗi xã đạt chuẩn nông thôn mới 05 cá nhân", "INDIVIDUAL", ntmCommune, 5, null));
        registry = (unit, indicator) -> unit.equals("28756") && indicator.equals("NTM_STANDARD_MET")
                ? Optional.of(new RuleChecks.Fact(1, java.time.LocalDate.of(2022, 12, 20))) : Optional.empty();

        for (int i = 0; i < 3; i++) {
            assertThat(submit(plan, benTre("INDIVIDUAL", "P:a" + i, "ANNUAL", 2022))).isTrue();
        }
        for (int i = 0; i < 2; i++) {
            assertThat(submit(plan, benTre("INDIVIDUAL", "P:b" + i, "ANNUAL", 2023))).isTrue();
        }
        assertThat(submit(plan, benTre("INDIVIDUAL", "P:c", "FINAL_REVIEW", 2024))).as("the 6th, in 2024").isFalse();
        // Over the campaign the key keeps the format stored counters were written with.
        assertThat(RuleChecks.evaluate(plan, benTre("INDIVIDUAL", "P:c", "ANNUAL", 2024), registry).quotas())
                .extracting(QuotaDemand::key).containsExactly("bt-ntm|BANG_KHEN|0|28756|ALL");
    }

    @Test
    void aStatusQuotaIsJudgedOnTheStatusOfTheDossiersYearNotOnTodays() {
        QuotaScope ntmCommune = new QuotaScope("COMMUNE", null, List.of("NTM_STANDARD_MET"));
        RuleSnapshot plan = Plans.snapshot("bt-ntm", "INDIVIDUAL", "OFFICIAL", "MINISTRY_OR_PROVINCE",
                Plans.quota("Mỗi xã đạt chuẩn nông thôn mới 05 cá nhân", "INDIVIDUAL", ntmCommune, 5, null));
        // Commune 28756 was measured not NTM at the end of 2022 and reached the standard on 30/11/2024.
        List<RuleChecks.Fact> history = List.of(new RuleChecks.Fact(0, java.time.LocalDate.of(2022, 12, 20)),
                new RuleChecks.Fact(1, java.time.LocalDate.of(2024, 11, 30)));
        registry = new RuleChecks.Facts() {
            @Override
            public Optional<RuleChecks.Fact> value(String unit, String indicator) {
                return unit.equals("28756") && indicator.equals("NTM_STANDARD_MET") ? Optional.of(history.getLast())
                        : Optional.empty();
            }

            @Override
            public List<RuleChecks.Fact> series(String unit, String indicator, java.time.LocalDate from,
                    java.time.LocalDate to) {
                return !unit.equals("28756") || !indicator.equals("NTM_STANDARD_MET") ? List.of()
                        : history.stream().filter(f -> !f.measuredOn().isBefore(from) && !f.measuredOn().isAfter(to))
                                .toList();
            }
        };

        RuleChecks.Evaluation of2023 = RuleChecks.evaluate(plan, benTre("INDIVIDUAL", "P:1", "ANNUAL", 2023),
                registry);
        RuleChecks.Evaluation of2024 = RuleChecks.evaluate(plan, benTre("INDIVIDUAL", "P:2", "ANNUAL", 2024),
                registry);

        assertThat(of2023.quotas()).as("not an NTM commune in 2023: the quota does not apply").isEmpty();
        assertThat(of2023.findings()).filteredOn(f -> "quota.status-not-held".equals(f.code())).singleElement()
                .satisfies(f -> assertThat(f.message().get("vi")).contains("28756").contains("2022-12-20"));
        assertThat(of2024.quotas()).extracting(QuotaDemand::key).containsExactly("bt-ntm|BANG_KHEN|0|28756|ALL");
    }

    @Test
    void aPerOccasionQuotaCountsTheMidTermAndTheFinalReviewSeparately() {
        RuleSnapshot plan = Plans.snapshot("bt-ntm", "INDIVIDUAL", "OFFICIAL", "MINISTRY_OR_PROVINCE",
                Plans.quota("Mỗi đợt sơ kết, tổng kết, mỗi xã không quá 02 cá nhân", "INDIVIDUAL",
                        Plans.per("COMMUNE"), 2, "OCCASION"));

        assertThat(submit(plan, benTre("INDIVIDUAL", "P:1", "MID_TERM_REVIEW", 2023))).isTrue();
        assertThat(submit(plan, benTre("INDIVIDUAL", "P:2", "MID_TERM_REVIEW", 2023))).isTrue();
        assertThat(submit(plan, benTre("INDIVIDUAL", "P:3", "MID_TERM_REVIEW", 2023))).isFalse();
        assertThat(submit(plan, benTre("INDIVIDUAL", "P:3", "FINAL_REVIEW", 2025))).isTrue();
        assertThat(submit(plan, benTre("INDIVIDUAL", "P:4", "FINAL_REVIEW", 2025))).isTrue();
        assertThat(submit(plan, benTre("INDIVIDUAL", "P:5", "FINAL_REVIEW", 2025))).isFalse();
        // The annual round of 2023 is another đợt than its mid-term review.
        assertThat(submit(plan, benTre("INDIVIDUAL", "P:5", "ANNUAL", 2023))).isTrue();

        QuotaDemand demand = RuleChecks.evaluate(plan, benTre("INDIVIDUAL", "P:6", "FINAL_REVIEW", 2025), registry)
                .quotas().getFirst();
        assertThat(demand.key()).endsWith("|OFINAL_REVIEW-2025");
        assertThat(RuleChecks.quotaFinding(demand, 2, false).message().get("vi")).contains("đợt tổng kết năm 2025");
    }

    // Cao Bằng (04) after the reform: agencies under the province, a division (phòng) under an agency.
    static RuleChecks.Subject caoBang(String key, List<String> path) {
        Map<String, String> levels = Map.of("04", "PROVINCE", "04-SNV", "AGENCY", "04-SNV-TDKT", "AGENCY",
                "04-BDT", "AGENCY", "04-BDT-VP", "DIVISION");
        return Plans.subject("cb-final", "INDIVIDUAL", key, null, "FINAL_REVIEW", 2025, path, levels);
    }

    @Test
    void provinceWideTwoPerDepartmentCountsADivisionUnderItsDepartment() {
        RuleSnapshot plan = Plans.snapshot("cb-final", "INDIVIDUAL", "OFFICIAL", "MINISTRY_OR_PROVINCE",
                Plans.quota("Khi tổng kết, mỗi sở, ban, ngành không quá 02 người", "INDIVIDUAL", Plans.per("AGENCY"),
                        2, "OCCASION"));

        assertThat(submit(plan, caoBang("P:1", List.of("04", "04-SNV")))).isTrue();
        assertThat(submit(plan, caoBang("P:2", List.of("04", "04-SNV", "04-SNV-TDKT")))).isTrue();
        assertThat(submit(plan, caoBang("P:3", List.of("04", "04-SNV", "04-SNV-TDKT")))).as("Sở Nội vụ's 3rd")
                .isFalse();
        assertThat(submit(plan, caoBang("P:4", List.of("04", "04-BDT")))).as("another agency").isTrue();
    }

    @Test
    void aQuotaPerDivisionAndAProvinceWideQuotaCountWhatTheySay() {
        RuleSnapshot perDivision = Plans.snapshot("cb-final", "INDIVIDUAL", "OFFICIAL", "AGENCY",
                Plans.quota("Mỗi phòng 01 người", "INDIVIDUAL", Plans.per("DIVISION"), 1, "YEAR"));
        RuleSnapshot provinceWide = Plans.snapshot("cb-final", "INDIVIDUAL", "OFFICIAL", "MINISTRY_OR_PROVINCE",
                Plans.quota("Toàn tỉnh không quá 02 cá nhân", "INDIVIDUAL", Plans.per("PROVINCE"), 2, null));

        assertThat(submit(perDivision, caoBang("P:1", List.of("04", "04-BDT", "04-BDT-VP")))).isTrue();
        assertThat(submit(perDivision, caoBang("P:2", List.of("04", "04-BDT", "04-BDT-VP")))).isFalse();
        assertThat(submit(perDivision, caoBang("P:3", List.of("04", "04-SNV", "04-SNV-TDKT"))))
                .as("an agency under an agency is a division too").isTrue();
        assertThat(RuleChecks.evaluate(perDivision, caoBang("P:4", List.of("04", "04-BDT")), registry).quotas())
                .as("the agency itself is no division").isEmpty();

        assertThat(submit(provinceWide, caoBang("P:1", List.of("04", "04-BDT")))).isTrue();
        assertThat(submit(provinceWide, caoBang("P:2", List.of("04", "04-SNV", "04-SNV-TDKT")))).isTrue();
        assertThat(submit(provinceWide, caoBang("P:3", List.of("04", "04-SNV")))).isFalse();
    }

    @Test
    void aDistrictQuotaCountsA2024CommuneUnderItsDistrictAndSaysItDoesNotConcernA2026One() {
        RuleSnapshot plan = Plans.snapshot("lc-ntm", "INDIVIDUAL", "OFFICIAL", "MINISTRY_OR_PROVINCE",
                Plans.quota("Mỗi huyện không quá 03 cá nhân mỗi năm", "INDIVIDUAL", Plans.per("DISTRICT"), 3,
                        "YEAR"));
        RuleChecks.Subject in2024 = Plans.subject("lc-ntm", "INDIVIDUAL", "P:1", null, "ANNUAL", 2024,
                List.of("12", "106", "03390"), Map.of("12", "PROVINCE", "106", "DISTRICT", "03390", "COMMUNE"));
        RuleChecks.Subject in2026 = Plans.subject("lc-ntm", "INDIVIDUAL", "P:1", null, "ANNUAL", 2026,
                List.of("12", "03390"), Map.of("12", "PROVINCE", "03390", "COMMUNE"));

        assertThat(RuleChecks.evaluate(plan, in2024, registry).quotas()).extracting(QuotaDemand::scopeUnit)
                .containsExactly("106");
        RuleChecks.Evaluation later = RuleChecks.evaluate(plan, in2026, registry);
        assertThat(later.quotas()).isEmpty();
        assertThat(later.findings()).filteredOn(f -> f.rule().equals("QUOTA")).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.PASS);
            assertThat(f.message().get("vi")).contains("DISTRICT").contains("2026").contains("không áp dụng");
        });
    }

    @Test
    void aQuotaOfANamedUnitOnlyConcernsDossiersOfThatUnit() {
        QuotaScope standingAgency = new QuotaScope(null, "12-SNNMT", null);
        RuleSnapshot plan = Plans.snapshot("lc-ntm", "INDIVIDUAL", "OFFICIAL", "MINISTRY_OR_PROVINCE",
                Plans.quota("Cơ quan thường trực không quá 04 người", "INDIVIDUAL", standingAgency, 4, "OCCASION"));
        Map<String, String> levels = Map.of("12", "PROVINCE", "12-SNNMT", "AGENCY", "12-SNV", "AGENCY");

        assertThat(RuleChecks.evaluate(plan, Plans.subject("lc-ntm", "INDIVIDUAL", "P:1", null, "FINAL_REVIEW", 2025,
                List.of("12", "12-SNNMT"), levels), registry).quotas()).singleElement()
                .satisfies(q -> assertThat(q.max()).isEqualTo(4));
        assertThat(RuleChecks.evaluate(plan, Plans.subject("lc-ntm", "INDIVIDUAL", "P:1", null, "FINAL_REVIEW", 2025,
                List.of("12", "12-SNV"), levels), registry).quotas()).isEmpty();
    }

    @Test
    void theAnnualBestLetsOnlyItsNumberPerDistrictAndYearThrough() {
        var best = new vn.thidua.award.clients.CampaignApi.Rule("ANNUAL_BEST",
                "Mỗi huyện 01 xã hoàn thành nhiều tiêu chí nhất trong năm", "COLLECTIVE", null, null,
                Plans.per("DISTRICT"), 1, null, "NTM_CRITERIA_MET", null, null, null, null, Plans.LAW,
                Plans.DAY.minusYears(4), null);
        RuleSnapshot plan = Plans.snapshot("lc-ntm", "COLLECTIVE", "COMMUNE", "MINISTRY_OR_PROVINCE", best);
        Map<String, String> levels = Map.of("12", "PROVINCE", "106", "DISTRICT", "03390", "COMMUNE", "03391",
                "COMMUNE");

        assertThat(submit(plan, Plans.subject("lc-ntm", "COLLECTIVE", "U:03390", "03390", "ANNUAL", 2023,
                List.of("12", "106", "03390"), levels))).isTrue();
        assertThat(submit(plan, Plans.subject("lc-ntm", "COLLECTIVE", "U:03391", "03391", "ANNUAL", 2023,
                List.of("12", "106", "03391"), levels))).isFalse();
        registry = (unit, indicator) -> unit.equals("03391") && indicator.equals("NTM_CRITERIA_MET")
                ? Optional.of(new RuleChecks.Fact(17, java.time.LocalDate.of(2024, 12, 10))) : Optional.empty();
        RuleChecks.Evaluation next = RuleChecks.evaluate(plan, Plans.subject("lc-ntm", "COLLECTIVE", "U:03391",
                "03391", "ANNUAL", 2024, List.of("12", "106", "03391"), levels), registry);
        assertThat(next.findings()).filteredOn(f -> f.rule().equals("ANNUAL_BEST")).singleElement()
                .satisfies(f -> {
                    assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_JUDGEMENT);
                    assertThat(f.message().get("vi")).contains("NTM_CRITERIA_MET của đơn vị: 17")
                            .contains("2024-12-10").contains("năm 2024");
                    assertThat(f.message().get("en")).contains("the unit's NTM_CRITERIA_MET: 17");
                });
        assertThat(submit(plan, Plans.subject("lc-ntm", "COLLECTIVE", "U:03391", "03391", "ANNUAL", 2024,
                List.of("12", "106", "03391"), levels))).isTrue();
    }

    @Test
    void generatedPlansNeverLetMoreDossiersThroughThanAQuotaAllowsInItsScopeAndPeriod() {
        GeneratedPlans plans = new GeneratedPlans(42L);
        java.util.Map<String, Integer> maxOf = new java.util.HashMap<>();
        int taken = 0;
        for (int plan = 0; plan < 60; plan++) {
            RuleSnapshot snapshot = plans.snapshot("INDIVIDUAL");
            RuleChecks.Facts facts = plans.facts();
            for (int dossier = 0; dossier < 15; dossier++) {
                registry = facts;
                RuleChecks.Subject subject = plans.subject("INDIVIDUAL");
                RuleChecks.Evaluation evaluation = RuleChecks.evaluate(snapshot, subject, facts);
                evaluation.quotas().forEach(q -> maxOf.merge(q.key(), q.max(), Math::min));
                taken += submit(snapshot, subject) && !evaluation.quotas().isEmpty() ? 1 : 0;
            }
        }
        assertThat(taken).as("some dossiers took slots").isPositive();
        assertThat(maxOf).as("quotas were demanded").isNotEmpty();
        for (org.bson.Document counter : store.mongo.findAll(org.bson.Document.class, "quota_counters")) {
            int used = counter.getInteger("used");
            assertThat(used).as(counter.getString("_id")).isLessThanOrEqualTo(maxOf.get(counter.getString("_id")))
                    .isEqualTo(counter.getList("holders", String.class).size());
        }
    }
}
