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
import vn.thidua.award.clients.CampaignApi.Target;
import vn.thidua.award.clients.CampaignApi.TargetProgress;
import vn.thidua.award.clients.RegistrationApi.Commitment;
import vn.thidua.award.clients.RegistrationApi.RegistrationItem;

/** "Chỉ tiêu đăng ký làm căn cứ xét khen thưởng cuối năm": each commitment against what the unit achieved. */
class CommitmentCheckTest {

    static final List<Target> TARGETS = List.of(
            new Target("NTM_COMMUNES", "NTM_CRITERIA_MET", "Xã đạt chuẩn nông thôn mới", "TIÊU_CHÍ", 19d, null),
            new Target("POVERTY", "POVERTY_RATE", "Tỷ lệ hộ nghèo dưới 3%", "PERCENT", 3d,
                    new TargetProgress("RATE", "AT_MOST")));

    final Map<String, List<RuleChecks.Fact>> measured = new HashMap<>();
    final RuleChecks.Facts registry = new RuleChecks.Facts() {
        @Override
        public Optional<RuleChecks.Fact> value(String unitCode, String indicator) {
            List<RuleChecks.Fact> all = measured.getOrDefault(unitCode + "/" + indicator, List.of());
            return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
        }

        @Override
        public List<RuleChecks.Fact> series(String unitCode, String indicator, LocalDate from, LocalDate to) {
            return measured.getOrDefault(unitCode + "/" + indicator, List.of()).stream()
                    .filter(f -> !f.measuredOn().isBefore(from) && !f.measuredOn().isAfter(to)).toList();
        }
    };

    void measure(String unit, String indicator, String day, double value) {
        measured.computeIfAbsent(unit + "/" + indicator, k -> new ArrayList<>())
                .add(new RuleChecks.Fact(value, LocalDate.parse(day)));
    }

    static RuleChecks.Facts currentOnly(RuleChecks.Facts facts) {
        return facts::value;
    }

    static RegistrationItem registration(String unit, int year, Commitment... commitments) {
        return new RegistrationItem("reg-" + unit + "-" + year, "hg-ntm", year, unit, "APPROVED", false, List.of(),
                List.of(commitments));
    }

    @Test
    void aCommuneThatCommittedToNineteenCriteriaAndReachedThemInTheYearHasMetItsCommitment() {
        measure("02002", "NTM_CRITERIA_MET", "2024-06-30", 17);
        measure("02002", "NTM_CRITERIA_MET", "2024-12-15", 19);
        measure("02002", "NTM_CRITERIA_MET", "2025-03-01", 18);

        List<Finding> findings = CommitmentCheck.check(registration("02002", 2024,
                new Commitment("NTM_COMMUNES", null, 19d, null, null)), TARGETS, registry);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMMITMENT");
            assertThat(f.outcome()).isEqualTo(Outcome.PASS);
            assertThat(f.message().get("vi")).contains("đăng ký 19 TIÊU_CHÍ").contains("thực hiện 19")
                    .contains("2024-12-15").contains("Xã đạt chuẩn nông thôn mới");
            assertThat(f.numbers()).containsEntry("committedValue", 19d).containsEntry("achievedValue", 19d)
                    .containsEntry("measuredOn", "2024-12-15").containsEntry("registrationId", "reg-02002-2024");
        });
    }

    @Test
    void aCommitmentNotReachedIsAWarningQuotingBothNumbersNeverABlock() {
        measure("02002", "NTM_CRITERIA_MET", "2024-12-15", 17);

        Finding finding = CommitmentCheck.check(registration("02002", 2024,
                new Commitment("NTM_COMMUNES", null, 19d, null, null)), TARGETS, registry).getFirst();

        assertThat(finding.outcome()).isEqualTo(Outcome.WARN);
        assertThat(finding.blocks()).isFalse();
        assertThat(finding.message().get("en")).contains("19 TIÊU_CHÍ committed").contains("17 TIÊU_CHÍ achieved")
                .contains("≥ 19 needed");
    }

    @Test
    void aRateToStayUnderIsMetByStayingUnderItAndEachCommitmentHasItsOwnFinding() {
        measure("86001", "POVERTY_RATE", "2026-12-01", 2.8);
        measure("86001", "HO_NGHEO_DTTS", "2026-12-01", 6.1);

        List<Finding> findings = CommitmentCheck.check(registration("86001", 2026,
                new Commitment("POVERTY", null, 3d, null, null),
                new Commitment("POVERTY", "HO_NGHEO_DTTS", 5d, "%", "hộ nghèo đồng bào DTTS")), TARGETS, registry);

        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.PASS, Outcome.WARN);
        assertThat(findings.get(1).numbers()).containsEntry("indicator", "HO_NGHEO_DTTS")
                .containsEntry("comparison", "AT_MOST").containsEntry("achievedValue", 6.1);
    }

    @Test
    void withoutAValueMeasuredInTheYearTheReviewerIsToldThereIsNothingToCompare() {
        measure("02002", "NTM_CRITERIA_MET", "2025-02-01", 19);

        Finding finding = CommitmentCheck.check(registration("02002", 2024,
                new Commitment("NTM_COMMUNES", null, 19d, null, null)), TARGETS, currentOnly(registry)).getFirst();

        assertThat(finding.outcome()).isEqualTo(Outcome.WARN);
        assertThat(finding.message().get("vi")).contains("chưa có số liệu NTM_CRITERIA_MET trong năm 2024");
        assertThat(finding.numbers()).doesNotContainKey("achievedValue");
    }

    @Test
    void theCurrentValueServesWhenItWasMeasuredInTheYearAndEveryKeyIsAFixedWord() {
        measure("02002", "NTM_CRITERIA_MET", "2024-12-20", 19);

        List<Finding> findings = CommitmentCheck.check(registration("02002", 2024,
                new Commitment("NTM_COMMUNES", null, 19d, null, null),
                new Commitment("UNKNOWN.TARGET", null, null, null, null)), TARGETS, currentOnly(registry));

        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.PASS, Outcome.WARN);
        findings.forEach(f -> FindingNumbersTest.assertKeysFixed(f.numbers(), f));
    }
}
