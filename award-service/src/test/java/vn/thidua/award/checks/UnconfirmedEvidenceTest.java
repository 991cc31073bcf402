package vn.thidua.award.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.checks.RuleChecks.Fact;
import vn.thidua.award.clients.CampaignApi.Category;
import vn.thidua.award.clients.CampaignApi.Condition;
import vn.thidua.award.clients.CampaignApi.Criterion;
import vn.thidua.award.clients.CampaignApi.QuotaScope;
import vn.thidua.award.clients.CampaignApi.Target;
import vn.thidua.award.clients.RegistrationApi.Commitment;
import vn.thidua.award.clients.RegistrationApi.RegistrationItem;

/**
 * Evidence nobody can bend (issue 12), on a plan and units written here: province 77, district 771 (until
 * 30/6/2025), commune 77001. A value only its own unit vouches for never passes a check and never switches a
 * quota off; confirmed by the level above (the district before the reform, the province after it), it counts.
 */
class UnconfirmedEvidenceTest {

    static final String NTM = "NTM_STANDARD_MET";
    static final List<String> PATH_2024 = List.of("77", "771", "77001");
    static final List<String> PATH_2026 = List.of("77", "77001");
    static final Map<String, String> LEVELS = Map.of("77", "PROVINCE", "771", "DISTRICT", "77001", "COMMUNE");

    final Map<String, List<Fact>> measured = new HashMap<>();
    final RuleChecks.Facts registry = new RuleChecks.Facts() {
        @Override
        public Optional<Fact> value(String unit, String indicator) {
            List<Fact> all = measured.getOrDefault(unit + "/" + indicator, List.of());
            return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
        }

        @Override
        public List<Fact> series(String unit, String indicator, LocalDate from, LocalDate to) {
            return measured.getOrDefault(unit + "/" + indicator, List.of()).stream()
                    .filter(f -> !f.measuredOn().isBefore(from) && !f.measuredOn().isAfter(to)).toList();
        }
    };

    void record(String unit, String indicator, Fact fact) {
        measured.computeIfAbsent(unit + "/" + indicator, k -> new ArrayList<>()).add(fact);
    }

    static Fact declaredByTheCommune(double value, String day) {
        return Fact.declared(value, LocalDate.parse(day), "77001");
    }

    static Fact confirmedBy(String unit, double value, String day) {
        return new Fact(value, LocalDate.parse(day), true, "77001", unit);
    }

    /** "Mỗi xã đạt chuẩn nông thôn mới 05 cá nhân": a quota only for communes holding the NTM status. */
    static RuleSnapshot fivePerNtmCommune() {
        return Plans.snapshot("qt-ntm", "INDIVIDUAL", "OFFICIAL", "MINISTRY_OR_PROVINCE",
                Plans.quota("Mỗi xã đạt chuẩn nông thôn mới 05 cá nhân", "INDIVIDUAL",
                        new QuotaScope("COMMUNE", null, List.of(NTM)), 5, null));
    }

    RuleChecks.Evaluation propose(RuleSnapshot plan, int year) {
        return RuleChecks.evaluate(plan, Plans.subject("qt-ntm", "INDIVIDUAL", "P:1", null, "ANNUAL", year,
                year < 2025 ? PATH_2024 : PATH_2026, LEVELS), registry);
    }

    static Optional<Finding> coded(RuleChecks.Evaluation evaluation, String code) {
        return evaluation.findings().stream().filter(f -> code.equals(f.code())).findFirst();
    }

    @Test
    void aCommunesOwnCorrectionOfAConfirmedOneToZeroDoesNotSwitchTheQuotaOff() {
        // The registry shows the corrected value, declared again: the confirmed 1 it replaced is history.
        record("77001", NTM, declaredByTheCommune(0, "2026-06-30"));
        assertThat(propose(fivePerNtmCommune(), 2026).quotas()).hasSize(1);
    }

    @Test
    void aCommunesOwnUnconfirmedZeroDoesNotSwitchTheQuotaOff() {
        record("77001", NTM, declaredByTheCommune(0, "2026-06-30"));
        RuleChecks.Evaluation evaluation = propose(fivePerNtmCommune(), 2026);
        assertThat(evaluation.quotas()).as("the quota applies").extracting(QuotaDemand::scopeUnit)
                .containsExactly("77001");
        assertThat(coded(evaluation, "quota.status-not-confirmed")).hasValueSatisfying(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.WARN);
            assertThat(f.message().get("en")).contains("not confirmed").contains("77001");
        });
        assertThat(coded(evaluation, "quota.status-not-held")).isEmpty();
    }

    @Test
    void afterTheReformAZeroConfirmedByTheProvinceSwitchesItOff() {
        record("77001", NTM, confirmedBy("77", 0, "2026-06-30"));
        RuleChecks.Evaluation evaluation = propose(fivePerNtmCommune(), 2026);
        assertThat(evaluation.quotas()).isEmpty();
        assertThat(coded(evaluation, "quota.status-not-held")).isPresent();
    }

    @Test
    void beforeTheReformAZeroConfirmedByTheDistrictSwitchesItOff() {
        record("77001", NTM, confirmedBy("771", 0, "2024-11-30"));
        RuleChecks.Evaluation evaluation = propose(fivePerNtmCommune(), 2024);
        assertThat(evaluation.quotas()).isEmpty();
        assertThat(coded(evaluation, "quota.status-not-held")).isPresent();
    }

    @Test
    void aValueConfirmedOnlyByTheProposingUnitItselfDoesNotCount() {
        record("77001", NTM, confirmedBy("77001", 0, "2026-06-30"));
        assertThat(propose(fivePerNtmCommune(), 2026).quotas()).hasSize(1);
    }

    @Test
    void aUnitNotKnownToHoldTheStatusIsNotCountedAndTheReviewerIsWarned() {
        RuleChecks.Evaluation evaluation = propose(fivePerNtmCommune(), 2026);
        assertThat(evaluation.quotas()).isEmpty();
        assertThat(coded(evaluation, "quota.status-unknown")).hasValueSatisfying(f ->
                assertThat(f.outcome()).isEqualTo(Outcome.WARN));
    }

    @Test
    void aStatusHeldAndConfirmedAppliesTheQuotaAsWritten() {
        record("77001", NTM, confirmedBy("77", 1, "2026-06-30"));
        RuleChecks.Evaluation evaluation = propose(fivePerNtmCommune(), 2026);
        assertThat(evaluation.quotas()).hasSize(1);
        assertThat(evaluation.findings()).noneMatch(f -> f.code() != null && f.code().startsWith("quota.status"));
    }

    /** A commune category judged on a status flag of the nominee commune. */
    Finding criterion(Condition condition) {
        Category communes = new Category("COMMUNES", "Xã", "COLLECTIVE", "COMMUNE",
                List.of(new Criterion("C1", null, condition)));
        RuleSnapshot plan = Plans.withCriteria(Plans.snapshot("qt-ntm", "COLLECTIVE", "COMMUNE",
                "MINISTRY_OR_PROVINCE"), communes);
        RuleChecks.Subject subject = Plans.subject("qt-ntm", "COLLECTIVE", "U:77001", "77001", "ANNUAL", 2026,
                PATH_2026, LEVELS);
        return RuleChecks.evaluate(plan, subject, registry).findings().stream()
                .filter(f -> f.rule().equals("CRITERION:C1")).findFirst().orElseThrow();
    }

    static Condition flag(String code) {
        return new Condition("STATUS_FLAG", code, null, null, null, null, null, null);
    }

    @Test
    void anUnconfirmedFlagIsNotConfirmedNeitherMetNorFailed() {
        record("77001", NTM, declaredByTheCommune(1, "2026-06-30"));
        record("77001", "OCOP_3_STARS", declaredByTheCommune(0, "2026-06-30"));
        Finding met = criterion(flag(NTM));
        assertThat(met.outcome()).isEqualTo(Outcome.NOT_CONFIRMED);
        assertThat(met.blocks()).isFalse();
        assertThat(met.numbers()).containsEntry("standing", "DECLARED").containsEntry("declaredByUnit", "77001");
        assertThat(met.message().get("vi")).contains("chưa được cấp trên xác nhận");
        assertThat(criterion(flag("OCOP_3_STARS")).outcome()).isEqualTo(Outcome.NOT_CONFIRMED);
    }

    @Test
    void aFlagConfirmedByTheLevelAboveIsMetOrFailed() {
        record("77001", NTM, confirmedBy("77", 1, "2026-06-30"));
        record("77001", "OCOP_3_STARS", confirmedBy("77", 0, "2026-06-30"));
        assertThat(criterion(flag(NTM)).outcome()).isEqualTo(Outcome.PASS);
        assertThat(criterion(flag("OCOP_3_STARS")).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void anUnconfirmedNumberIsNotConfirmedEvenAboveTheThreshold() {
        record("77001", "CONTRIBUTION_VND", declaredByTheCommune(200_000_000, "2026-06-30"));
        Finding finding = criterion(new Condition("NUMERIC_THRESHOLD", null, "CONTRIBUTION_VND", "AT_LEAST",
                100_000_000d, "đồng", null, null));
        assertThat(finding.outcome()).isEqualTo(Outcome.NOT_CONFIRMED);
    }

    @Test
    void ofConditionsAnyOrAllAnUnconfirmedOneDecidesNothing() {
        record("77001", NTM, declaredByTheCommune(1, "2026-06-30"));
        record("77001", "OCOP_3_STARS", confirmedBy("77", 0, "2026-06-30"));
        record("77001", "MODEL_VILLAGE", confirmedBy("77", 1, "2026-06-30"));
        assertThat(threshold("ANY", flag(NTM), flag("OCOP_3_STARS")).outcome()).as("not met yet, not failed")
                .isEqualTo(Outcome.NOT_CONFIRMED);
        assertThat(threshold("ANY", flag(NTM), flag("MODEL_VILLAGE")).outcome()).isEqualTo(Outcome.PASS);
        assertThat(threshold("ALL", flag(NTM), flag("MODEL_VILLAGE")).outcome()).isEqualTo(Outcome.NOT_CONFIRMED);
        assertThat(threshold("ALL", flag(NTM), flag("OCOP_3_STARS")).outcome()).isEqualTo(Outcome.FAIL);
    }

    Finding threshold(String match, Condition... conditions) {
        var rule = new vn.thidua.award.clients.CampaignApi.Rule("THRESHOLD", "Ngưỡng", null, null, null, null, null,
                null, null, List.of(conditions), match, null, null, Plans.LAW, Plans.DAY.minusYears(4), null, null,
                null);
        RuleSnapshot plan = Plans.snapshot("qt-ntm", "COLLECTIVE", "COMMUNE", "MINISTRY_OR_PROVINCE", rule);
        RuleChecks.Subject subject = Plans.subject("qt-ntm", "COLLECTIVE", "U:77001", "77001", "ANNUAL", 2026,
                PATH_2026, LEVELS);
        return RuleChecks.evaluate(plan, subject, registry).findings().stream()
                .filter(f -> f.rule().equals("THRESHOLD")).findFirst().orElseThrow();
    }

    @Test
    void aSustainedRateWithAnUnconfirmedYearNamesThatYearAndIsNotMet() {
        String rate = "POVERTY_RATE_REDUCTION_POINTS";
        record("77001", rate, confirmedBy("771", 5, "2023-12-31"));
        record("77001", rate, confirmedBy("771", 5, "2024-12-31"));
        record("77001", rate, declaredByTheCommune(6, "2025-12-31"));
        Finding finding = criterion(new Condition("RATE_SUSTAINED", null, rate, "AT_LEAST", 4d, "điểm %", 3,
                null));
        // The 2026 dossier judges 2024–2026; 2026 has no value, 2025 is only declared.
        assertThat(finding.outcome()).isEqualTo(Outcome.NOT_CONFIRMED);
        assertThat(finding.numbers()).containsEntry("unconfirmedYears", List.of(2025));
        record("77001", rate, confirmedBy("77", 3, "2024-12-31"));
        assertThat(criterion(new Condition("RATE_SUSTAINED", null, rate, "AT_LEAST", 4d, "điểm %", 3, null))
                .outcome()).as("a confirmed failing year fails").isEqualTo(Outcome.FAIL);
    }

    @Test
    void anAchievedCommitmentOnlyDeclaredIsNotConfirmed() {
        record("77001", "NTM_CRITERIA_MET", declaredByTheCommune(19, "2026-11-30"));
        RegistrationItem registration = new RegistrationItem("reg", "qt-ntm", 2026, "77001", "APPROVED", false,
                List.of(), List.of(new Commitment("NTM", "NTM_CRITERIA_MET", 19d, "TIÊU_CHÍ", null)));
        List<Finding> findings = CommitmentCheck.check(registration, List.of(new Target("NTM", "NTM_CRITERIA_MET",
                "Đạt chuẩn", "TIÊU_CHÍ", 19d, null)), registry);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.NOT_CONFIRMED);
            assertThat(f.code()).isEqualTo("commitment.not-confirmed");
        });
    }
}
