package vn.thidua.award.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.clients.CampaignApi.CampaignRecord;
import vn.thidua.award.clients.CampaignApi.CatalogueEntry;
import vn.thidua.award.clients.CampaignApi.Category;
import vn.thidua.award.clients.CampaignApi.Offer;

/** The rule checks of seed 004's offers, read from the real plan, decided from registry-style facts. */
class RuleChecksTest {

    static final LocalDate RULES_DAY = LocalDate.of(2025, 1, 5);
    final CampaignRecord plan = LaiChauPlan.campaign();
    final Map<String, RuleChecks.Fact> facts = new HashMap<>();
    final RuleChecks.Facts registry = (unit, indicator) -> Optional.ofNullable(facts.get(unit + "/" + indicator));

    RuleSnapshot snapshot(String formCode, String categoryCode, String level) {
        Offer offer = plan.offerList().stream().filter(o -> o.formCode().equals(formCode)).findFirst()
                .map(o -> new Offer(o.formCode(), o.categoryCodes(), o.occasions(), o.note(),
                        o.ruleList().stream().filter(r -> r.inForceOn(RULES_DAY)).toList())).orElseThrow();
        Category category = plan.categoryList().stream().filter(c -> c.code().equals(categoryCode)).findFirst()
                .orElseThrow();
        return new RuleSnapshot("lc-ntm", "\"3\"", plan.code(), plan.name(), "12-SNNMT", RULES_DAY, RULES_DAY,
                category, offer, new CatalogueEntry(formCode, formCode, "FORM", level, List.of(), null));
    }

    RuleChecks.Subject individualOf03390(String personalId, Map<String, Double> figures) {
        return new RuleChecks.Subject("lc-ntm", "12", "BANG_KHEN_CAP_BO_TINH", "INDIVIDUAL", List.of("P:" + personalId),
                null, "ANNUAL", figures, null, "03390", "COMMUNE", List.of("12", "106", "03390"),
                Map.of("12", "PROVINCE", "106", "DISTRICT", "03390", "COMMUNE"), 2024);
    }

    RuleChecks.Subject commune03390(String formCode) {
        return new RuleChecks.Subject("lc-ntm", "12", formCode, "COLLECTIVE", List.of("U:03390", "U:03391"), "03390",
                "ON_ACHIEVEMENT", Map.of(), "NTM-2024", "03390", "COMMUNE", List.of("12", "106", "03390"),
                Map.of("12", "PROVINCE", "106", "DISTRICT", "03390", "COMMUNE"), 2024);
    }

    @Test
    void anIndividualOfAnNtmCommuneNeedsASlotOfTheCommuneQuotaOfFive() {
        facts.put("03390/NTM_STANDARD_MET", new RuleChecks.Fact(1, LocalDate.of(2024, 12, 1)));

        RuleChecks.Evaluation evaluation = RuleChecks.evaluate(snapshot("BANG_KHEN_CAP_BO_TINH", "OFFICIALS",
                "MINISTRY_OR_PROVINCE"), individualOf03390("001080012345", Map.of()), registry);

        QuotaDemand commune = evaluation.quotas().stream().filter(q -> q.scopeUnit().equals("03390")).findFirst()
                .orElseThrow();
        assertThat(commune.max()).isEqualTo(5);
        assertThat(commune.description()).isEqualTo("Mỗi xã đạt chuẩn nông thôn mới; nông thôn mới nâng cao 05 cá nhân");
        // The sixth is refused with the quota named and its use counted.
        Finding refused = RuleChecks.quotaFinding(commune, 5, false);
        assertThat(refused.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(refused.message().get("vi"))
                .contains("Mỗi xã đạt chuẩn nông thôn mới; nông thôn mới nâng cao 05 cá nhân").contains("5/5");
        assertThat(refused.numbers()).containsEntry("used", 5L).containsEntry("max", 5);
    }

    @Test
    void theDistrictQuotaOnlyAppliesToADistrictThatMetTheStandardAndCountsTheProvinceShare() {
        facts.put("03390/NTM_STANDARD_MET", new RuleChecks.Fact(1, LocalDate.of(2024, 12, 1)));
        facts.put("106/NTM_STANDARD_MET", new RuleChecks.Fact(0, LocalDate.of(2024, 12, 1)));

        RuleChecks.Evaluation notMet = RuleChecks.evaluate(snapshot("BANG_KHEN_CAP_BO_TINH", "OFFICIALS",
                "MINISTRY_OR_PROVINCE"), individualOf03390("001080012345", Map.of()), registry);
        assertThat(notMet.quotas()).extracting(QuotaDemand::scopeUnit).containsExactly("03390");

        facts.put("106/NTM_STANDARD_MET", new RuleChecks.Fact(1, LocalDate.of(2024, 12, 1)));
        RuleChecks.Evaluation met = RuleChecks.evaluate(snapshot("BANG_KHEN_CAP_BO_TINH", "OFFICIALS",
                "MINISTRY_OR_PROVINCE"), individualOf03390("001080012345", Map.of()), registry);
        QuotaDemand district = met.quotas().stream().filter(q -> q.scopeUnit().equals("106")).findFirst().orElseThrow();
        // 20 per NTM district = 5 proposed at province level + 15 at district level; a Bằng khen is the province's.
        assertThat(district.max()).isEqualTo(5);
        assertThat(district.share()).isEqualTo("PROVINCE");
    }

    @Test
    void aCommuneWhoseStatusIsUnknownGetsAWarningNotASilentPass() {
        RuleChecks.Evaluation evaluation = RuleChecks.evaluate(snapshot("BANG_KHEN_CAP_BO_TINH", "OFFICIALS",
                "MINISTRY_OR_PROVINCE"), individualOf03390("001080012345", Map.of()), registry);

        assertThat(evaluation.quotas()).isEmpty();
        assertThat(evaluation.findings()).filteredOn(f -> f.rule().equals("QUOTA"))
                .allMatch(f -> f.outcome() == Outcome.WARN);
    }

    @Test
    void theEmulationFlagIsOncePerCommuneAcrossItsCodesAndNeedsTheNtmStatus() {
        facts.put("03390/NTM_STANDARD_MET", new RuleChecks.Fact(1, LocalDate.of(2024, 12, 1)));

        RuleChecks.Evaluation evaluation = RuleChecks.evaluate(snapshot("CO_THI_DUA_CAP_BO_TINH", "COMMUNES",
                "MINISTRY_OR_PROVINCE"), commune03390("CO_THI_DUA_CAP_BO_TINH"), registry);

        ClaimDemand once = evaluation.claims().stream().filter(c -> c.rule().equals("ONCE_PER_NOMINEE")).findFirst()
                .orElseThrow();
        // "Tặng 01 lần … giai đoạn 2021-2025": once in this campaign.
        assertThat(once.key()).isEqualTo("ONCE|lc-ntm|CO_THI_DUA_CAP_BO_TINH|U:03390");
        assertThat(once.alsoBlocking()).containsExactly("ONCE|lc-ntm|CO_THI_DUA_CAP_BO_TINH|U:03391");
        assertThat(evaluation.findings()).filteredOn(f -> f.rule().equals("ONCE_PER_NOMINEE"))
                .singleElement().satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.PASS));
        assertThat(evaluation.claims()).extracting(ClaimDemand::rule).contains("ONE_ACHIEVEMENT_ONE_AWARD");
        Finding second = RuleChecks.claimFinding(once, "d-first");
        assertThat(second.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(second.message().get("en")).contains("already").contains("d-first");
    }

    @Test
    void aCommuneThatDidNotMeetTheStandardFailsTheFlagsConditionWithTheValueAndDate() {
        facts.put("03390/NTM_STANDARD_MET", new RuleChecks.Fact(0, LocalDate.of(2024, 12, 1)));
        facts.put("03390/ADVANCED_NTM_STANDARD_MET", new RuleChecks.Fact(0, LocalDate.of(2024, 12, 1)));

        RuleChecks.Evaluation evaluation = RuleChecks.evaluate(snapshot("CO_THI_DUA_CAP_BO_TINH", "COMMUNES",
                "MINISTRY_OR_PROVINCE"), commune03390("CO_THI_DUA_CAP_BO_TINH"), registry);

        assertThat(evaluation.findings()).filteredOn(f -> f.rule().equals("CRITERION:COMMUNE_NTM")).singleElement()
                .satisfies(f -> {
                    assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
                    assertThat(f.message().get("vi")).contains("chưa đạt").contains("2024-12-01");
                });
        assertThat(evaluation.findings()).filteredOn(f -> f.rule().equals("ONCE_PER_NOMINEE")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.FAIL));
        // Judgement criteria are listed for the reviewer, never blocking.
        assertThat(evaluation.findings()).filteredOn(f -> f.rule().equals("CRITERION:EXEMPLARY")).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_JUDGEMENT));
    }

    @Test
    void anIndividualsThresholdIsMetByADeclaredContributionOrLeftForJudgement() {
        RuleSnapshot snapshot = snapshot("BANG_KHEN_CAP_BO_TINH", "WORKERS", "MINISTRY_OR_PROVINCE");

        Finding met = RuleChecks.evaluate(snapshot, individualOf03390("001080012345",
                Map.of("CONTRIBUTION_VND", 60_000_000d)), registry).findings().stream()
                .filter(f -> f.rule().equals("THRESHOLD")).findFirst().orElseThrow();
        Finding below = RuleChecks.evaluate(snapshot, individualOf03390("001080012345",
                Map.of("CONTRIBUTION_VND", 20_000_000d, "OCOP_STARS", 2d, "TECHNOLOGY_TRANSFER_VALUE_VND", 0d)),
                registry).findings().stream().filter(f -> f.rule().equals("THRESHOLD")).findFirst().orElseThrow();
        Finding unknown = RuleChecks.evaluate(snapshot, individualOf03390("001080012345", Map.of()), registry)
                .findings().stream().filter(f -> f.rule().equals("THRESHOLD")).findFirst().orElseThrow();

        assertThat(met.outcome()).isEqualTo(Outcome.PASS);
        assertThat(met.message().get("vi")).contains("60.000.000").contains("kê khai");
        assertThat(below.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(unknown.outcome()).isEqualTo(Outcome.NEEDS_JUDGEMENT);
    }

    @Test
    void aCategoryTheOfferIsNotForIsNotEligible() {
        Finding finding = RuleChecks.eligibility(snapshot("CO_THI_DUA_CAP_BO_TINH", "OFFICIALS",
                "MINISTRY_OR_PROVINCE"), individualOf03390("001080012345", Map.of()));

        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void competenceFollowsTheFormsLevelAndTheDistrictsEnd() {
        CatalogueEntry district = new CatalogueEntry("GIAY_KHEN_CHU_TICH_UBND_HUYEN", "Giấy khen của Chủ tịch UBND "
                + "cấp huyện", "FORM", "DISTRICT", List.of(), LocalDate.of(2025, 6, 30));
        CatalogueEntry province = new CatalogueEntry("BANG_KHEN_CAP_BO_TINH", "Bằng khen", "FORM",
                "MINISTRY_OR_PROVINCE", List.of(), null);
        CatalogueEntry state = new CatalogueEntry("HUAN_CHUONG_LAO_DONG", "Huân chương Lao động", "FORM", "STATE",
                List.of(), null);

        assertThat(Competence.check(district, "DISTRICT", LocalDate.of(2025, 1, 8)).outcome()).isEqualTo(Outcome.PASS);
        assertThat(Competence.check(district, "DISTRICT", LocalDate.of(2025, 7, 2)).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(Competence.check(province, "DISTRICT", LocalDate.of(2025, 1, 8)).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(Competence.check(province, "PROVINCE", LocalDate.of(2025, 1, 8)).outcome()).isEqualTo(Outcome.PASS);
        assertThat(Competence.check(state, "PROVINCE", LocalDate.of(2025, 1, 8)).outcome()).isEqualTo(Outcome.FAIL);
    }
}
