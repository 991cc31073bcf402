package vn.thidua.award.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.clients.CampaignApi.Condition;
import vn.thidua.award.clients.CampaignApi.Offer;
import vn.thidua.award.clients.CampaignApi.Rule;

/** Findings are stored with the dossier: their numbers never take plan data as a field name. */
class FindingNumbersTest {

    @Test
    void noFindingOfAnyRuleKindUsesAKeyOutsideTheFixedWordsForGeneratedPlans() {
        GeneratedPlans plans = new GeneratedPlans(20250701L);
        int findings = 0;
        for (int plan = 0; plan < 400; plan++) {
            String type = plans.pick(List.of("INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"));
            RuleSnapshot snapshot = plans.snapshot(type);
            RuleChecks.Subject subject = plans.subject(type);
            RuleChecks.Evaluation evaluation = RuleChecks.evaluate(snapshot, subject, plans.facts());
            List<Finding> all = new ArrayList<>(evaluation.findings());
            for (QuotaDemand demand : evaluation.quotas()) {
                all.add(RuleChecks.quotaFinding(demand, plans.random.nextInt(6), plans.random.nextBoolean()));
            }
            for (ClaimDemand demand : evaluation.claims()) {
                all.add(RuleChecks.claimFinding(demand, plans.random.nextBoolean() ? null : "d-other"));
            }
            for (Finding finding : all) {
                assertKeysFixed(finding.numbers(), finding);
                assertThat(finding.message().get("vi")).isNotBlank();
                assertThat(finding.message().get("en")).isNotBlank();
                assertCodedFromTheBundles(finding);
            }
            findings += all.size();
        }
        assertThat(findings).as("the generator produced findings to look at").isGreaterThan(2000);
    }

    @Test
    void aThresholdOnAnIndicatorWithADotStoresTheIndicatorAsAValue() {
        Condition contribution = new Condition("NUMERIC_THRESHOLD", null, "dong.gop.VND", "AT_LEAST", 100_000_000d,
                "đồng", null, "Đóng góp từ 100 triệu đồng trở lên");
        Condition ocop = new Condition("NUMERIC_THRESHOLD", null, "OCOP_STARS", "AT_LEAST", 3d, "sao", null, null);
        Rule threshold = new Rule("THRESHOLD", "Tập thể đóng góp hoặc OCOP", null, null, null, null, null, null, null,
                List.of(contribution, ocop), "ANY", null, null, "Luật 06/2022/QH15", GeneratedPlans.DAY, null);
        GeneratedPlans plans = new GeneratedPlans(1);
        RuleSnapshot base = plans.snapshot("COLLECTIVE");
        RuleSnapshot snapshot = new RuleSnapshot("c-gen", "\"1\"", "KH", "KH", null, GeneratedPlans.DAY,
                GeneratedPlans.DAY, base.category(), new Offer("FORM", List.of(), null, null, List.of(threshold)),
                base.form());
        RuleChecks.Subject declared = new RuleChecks.Subject("c-gen", "44", "FORM", "COLLECTIVE", List.of("U:X"),
                null, "ANNUAL", Map.of("dong.gop.VND", 120_000_000d), null, "44123", "COMMUNE",
                List.of("44", "44123"), Map.of("44", "PROVINCE", "44123", "COMMUNE"), 2026);

        Finding finding = RuleChecks.evaluate(snapshot, declared, (unit, indicator) -> Optional.empty()).findings()
                .stream().filter(f -> f.rule().equals("THRESHOLD")).findFirst().orElseThrow();

        assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
        assertThat(finding.numbers()).containsEntry("match", "ANY");
        assertThat(finding.numbers().get("conditions")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).first().isEqualTo(Map.of("kind",
                "NUMERIC_THRESHOLD", "indicator", "dong.gop.VND", "comparison", "AT_LEAST", "threshold",
                100_000_000d, "value", 120_000_000d, "source", "DECLARED"));
        assertThat(finding.message().get("vi")).contains("120.000.000").contains("≥ 100.000.000")
                .contains("kê khai");
        assertKeysFixed(finding.numbers(), finding);
    }

    /** Every finding of the checks has a code and is the bundles' words for its arguments in both languages. */
    static void assertCodedFromTheBundles(Finding finding) {
        assertThat(finding.code()).as("code of %s", finding).isNotBlank();
        assertThat(finding.message()).as("message of %s", finding)
                .isEqualTo(FindingMessages.render(finding.code(), finding.args()));
        for (String language : FindingMessages.LANGUAGES) {
            String text = finding.message().get(language);
            assertThat(text).as("rendered from a pattern: %s", finding).doesNotContain(finding.code() + " [")
                    .doesNotContain("{0}").doesNotContain(" [finding");
        }
    }

    static void assertKeysFixed(Object numbers, Finding finding) {
        if (numbers instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                assertThat(FindingKeys.ALLOWED).as("key of %s", finding).contains(String.valueOf(entry.getKey()));
                assertKeysFixed(entry.getValue(), finding);
            }
        } else if (numbers instanceof List<?> list) {
            list.forEach(item -> assertKeysFixed(item, finding));
        }
    }
}
