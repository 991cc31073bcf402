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
import vn.thidua.award.clients.CampaignApi.Category;
import vn.thidua.award.clients.CampaignApi.Condition;
import vn.thidua.award.clients.CampaignApi.Criterion;

/**
 * "… trong 03 năm liên tục trước khi trình khen thưởng", decided from a unit's progress series (seed 003, Quảng
 * Bình's poverty plan, and plans of other provinces before and after the 2025 reform).
 */
class SustainedRateTest {

    final Map<String, List<RuleChecks.Fact>> measured = new HashMap<>();
    final RuleChecks.Facts registry = new RuleChecks.Facts() {
        @Override
        public Optional<RuleChecks.Fact> value(String unitCode, String indicator) {
            return Optional.empty();
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

    /** A criterion of a district category judged for the district's dossier of a year. */
    Finding judge(Condition condition, String unit, int year, List<String> path, Map<String, String> levels) {
        Category districts = new Category("DISTRICTS", "Huyện", "COLLECTIVE", "DISTRICT",
                List.of(new Criterion("SUSTAINED", null, condition)));
        RuleSnapshot plan = Plans.withCriteria(Plans.snapshot("qb-giam-ngheo", "COLLECTIVE", "DISTRICT",
                "MINISTRY_OR_PROVINCE"), districts);
        RuleChecks.Subject subject = new RuleChecks.Subject("qb-giam-ngheo", path.getFirst(), "BANG_KHEN",
                "COLLECTIVE", List.of("U:" + unit), unit, "FINAL_REVIEW", Map.of(), null, unit, levels.get(unit), path,
                levels, year);
        return RuleChecks.evaluate(plan, subject, registry).findings().stream()
                .filter(f -> f.rule().equals("CRITERION:SUSTAINED")).findFirst().orElseThrow();
    }

    Finding minhHoa(Condition condition, int year) {
        return judge(condition, "453", year, List.of("44", "453"), Map.of("44", "PROVINCE", "453", "DISTRICT"));
    }

    static Condition reductionOfFourPointsAYear() {
        return new Condition("RATE_SUSTAINED", null, "POVERTY_RATE_REDUCTION_POINTS", "AT_LEAST", 4d, "điểm %", 3,
                "Giảm tỷ lệ hộ nghèo đa chiều bình quân từ 4%/năm trở lên, trong 03 năm liên tục trước khi trình "
                        + "khen thưởng");
    }

    @Test
    void theFindingSaysWhichYearsWereJudgedAndWhy() {
        measure("453", "POVERTY_RATE_REDUCTION_POINTS", "2023-12-31", 4.2);
        measure("453", "POVERTY_RATE_REDUCTION_POINTS", "2024-12-31", 3.1);
        measure("453", "POVERTY_RATE_REDUCTION_POINTS", "2025-12-31", 4.8);

        // A 2025 dossier (submitted in 2026): the three years before the submission are 2023, 2024 and 2025.
        Finding finding = minhHoa(reductionOfFourPointsAYear(), 2025);

        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.numbers()).containsEntry("firstYear", 2023).containsEntry("lastYear", 2025)
                .containsEntry("failedYear", 2024);
        assertThat(finding.message().get("vi")).contains("năm 2024, POVERTY_RATE_REDUCTION_POINTS là 3,1 (ngày "
                + "2024-12-31), yêu cầu ≥ 4 trong mỗi năm, xét các năm 2023–2025: 03 năm liên tục trước khi trình khen "
                + "thưởng (năm 2025 của hồ sơ là năm được khen thưởng, năm cuối cùng trước khi trình)");
        assertThat(finding.message().get("en")).contains("judged over the years 2023–2025: the 03 consecutive years "
                + "before the submission (the dossier's year 2025 is the year awarded, the last year before it is "
                + "submitted)");
    }

    @Test
    void aDistrictThatCutPovertyByFourPointsInEachOfTheThreeYearsUpToTheDossiersYearPasses() {
        measure("453", "POVERTY_RATE_REDUCTION_POINTS", "2021-12-31", 1.0);
        measure("453", "POVERTY_RATE_REDUCTION_POINTS", "2022-06-30", 2.0);
        measure("453", "POVERTY_RATE_REDUCTION_POINTS", "2022-12-31", 4.6);
        measure("453", "POVERTY_RATE_REDUCTION_POINTS", "2023-12-31", 4.1);
        measure("453", "POVERTY_RATE_REDUCTION_POINTS", "2024-12-31", 5.3);

        Finding finding = minhHoa(reductionOfFourPointsAYear(), 2024);

        assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
        // The mid-year 2,0 of 2022 is superseded by the year-end 4,6; 2021 is outside the three years.
        assertThat(finding.message().get("vi")).contains("2022–2024").contains("2022: 4,6 [2022-12-31]")
                .contains("2024: 5,3 [2024-12-31]").doesNotContain("2021");
        assertThat(finding.numbers()).containsEntry("consecutiveYears", 3).containsEntry("years", List.of(
                Map.of("year", 2022, "value", 4.6, "measuredOn", "2022-12-31"),
                Map.of("year", 2023, "value", 4.1, "measuredOn", "2023-12-31"),
                Map.of("year", 2024, "value", 5.3, "measuredOn", "2024-12-31")));
    }

    @Test
    void aYearBelowTheRateFailsNamingThatYearAndItsValue() {
        measure("453", "POVERTY_RATE_REDUCTION_POINTS", "2022-12-31", 4.6);
        measure("453", "POVERTY_RATE_REDUCTION_POINTS", "2023-12-30", 3.2);
        measure("453", "POVERTY_RATE_REDUCTION_POINTS", "2024-12-31", 2.0);

        Finding finding = minhHoa(reductionOfFourPointsAYear(), 2024);

        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.numbers()).containsEntry("failedYear", 2023);
        assertThat(finding.message().get("vi")).contains("năm 2023").contains("3,2").contains("2023-12-30")
                .contains("≥ 4");
        assertThat(finding.message().get("en")).contains("in 2023").contains("3,2");
    }

    @Test
    void aYearWithoutAValueIsLeftToTheReviewerNamingTheMissingYear() {
        measure("453", "POVERTY_RATE_REDUCTION_POINTS", "2022-12-31", 4.6);
        measure("453", "POVERTY_RATE_REDUCTION_POINTS", "2023-12-31", 4.1);

        Finding finding = minhHoa(reductionOfFourPointsAYear(), 2024);

        assertThat(finding.outcome()).isEqualTo(Outcome.NEEDS_JUDGEMENT);
        assertThat(finding.numbers()).containsEntry("missingYears", List.of(2024));
        assertThat(finding.message().get("vi")).contains("các năm 2024 (").contains("2023: 4,1 [2023-12-31]");
    }

    static Condition twoPointsBelow2020() {
        return new Condition("RATE_SUSTAINED", null, "POVERTY_RATE", "AT_MOST", -2d, "%", 3,
                "Tỷ lệ hộ nghèo thấp hơn năm 2020 ít nhất 2 điểm, 03 năm liên tục", 2020);
    }

    @Test
    void againstAReferenceYearEachYearsChangeFromThatYearIsCompared() {
        measure("453", "POVERTY_RATE", "2020-12-31", 10.0);
        measure("453", "POVERTY_RATE", "2022-12-31", 7.5);
        measure("453", "POVERTY_RATE", "2023-12-31", 6.0);
        measure("453", "POVERTY_RATE", "2024-12-31", 5.1);

        Finding met = minhHoa(twoPointsBelow2020(), 2024);
        measure("453", "POVERTY_RATE", "2025-12-31", 8.5);
        Finding notMet = minhHoa(twoPointsBelow2020(), 2025);

        assertThat(met.outcome()).isEqualTo(Outcome.PASS);
        assertThat(met.numbers()).containsEntry("referenceYear", 2020).containsEntry("referenceValue", 10.0);
        assertThat(met.message().get("vi")).contains("so với năm 2020 (năm 2020: 10, ngày 2020-12-31)").contains("2022: 7,5 (Δ -2,5)");
        assertThat(notMet.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(notMet.numbers()).containsEntry("failedYear", 2025);
        assertThat(notMet.message().get("vi")).contains("năm 2025").contains("-1,5");
    }

    @Test
    void withoutAValueForTheReferenceYearTheReviewerIsToldWhichYear() {
        measure("453", "POVERTY_RATE", "2022-12-31", 7.5);
        measure("453", "POVERTY_RATE", "2023-12-31", 6.0);
        measure("453", "POVERTY_RATE", "2024-12-31", 5.1);

        Finding finding = minhHoa(twoPointsBelow2020(), 2024);

        assertThat(finding.outcome()).isEqualTo(Outcome.NEEDS_JUDGEMENT);
        assertThat(finding.numbers()).containsEntry("missingYears", List.of(2020));
    }

    @Test
    void aCommuneAfterTheReformIsJudgedOnItsOwnSeriesUpTo2026() {
        Condition ntmCriteria = new Condition("RATE_SUSTAINED", null, "NTM_CRITERIA_MET", "AT_LEAST", 19d, "tiêu chí",
                2, "Duy trì đạt 19/19 tiêu chí 02 năm liên tục");
        measure("86001", "NTM_CRITERIA_MET", "2025-12-20", 19);
        measure("86001", "NTM_CRITERIA_MET", "2026-11-30", 19);

        Finding finding = judge(ntmCriteria, "86001", 2026, List.of("86", "86001"), Map.of("86", "PROVINCE",
                "86001", "COMMUNE"));

        assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
        assertThat(finding.message().get("en")).contains("2025–2026").contains("2026: 19 [2026-11-30]");
    }

    @Test
    void aRegistryWithoutSeriesLeavesEveryYearToTheReviewer() {
        RuleChecks.Facts currentOnly = (unit, indicator) -> Optional.empty();
        Category districts = new Category("DISTRICTS", "Huyện", "COLLECTIVE", "DISTRICT",
                List.of(new Criterion("SUSTAINED", null, reductionOfFourPointsAYear())));
        RuleSnapshot plan = Plans.withCriteria(Plans.snapshot("qb", "COLLECTIVE", "DISTRICT", "MINISTRY_OR_PROVINCE"),
                districts);

        Finding finding = RuleChecks.evaluate(plan, Plans.subject("qb", "COLLECTIVE", "U:453", "453", "ANNUAL", 2024,
                List.of("44", "453"), Map.of("44", "PROVINCE", "453", "DISTRICT")), currentOnly).findings().stream()
                .filter(f -> f.rule().equals("CRITERION:SUSTAINED")).findFirst().orElseThrow();

        assertThat(finding.outcome()).isEqualTo(Outcome.NEEDS_JUDGEMENT);
        assertThat(finding.numbers()).containsEntry("missingYears", List.of(2022, 2023, 2024));
    }
}
