package vn.thidua.registration.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.registration.campaigns.CampaignApi.BaselineRef;
import vn.thidua.registration.campaigns.CampaignApi.ConditionRef;
import vn.thidua.registration.campaigns.CampaignApi.PopulationRef;
import vn.thidua.registration.campaigns.CampaignApi.ProgressRef;
import vn.thidua.registration.campaigns.CampaignApi.TargetRef;
import vn.thidua.registration.targets.TargetProgress.Member;
import vn.thidua.registration.targets.TargetProgress.Population;
import vn.thidua.registration.targets.TargetProgress.Registered;
import vn.thidua.registration.targets.TargetProgressItem.YearPoint;

/** Progress towards each kind of target, from series of our own making (a province that is not a seed). */
class TargetProgressTest {

    static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);
    static final LocalDate HORIZON = LocalDate.of(2025, 12, 31);

    static Series.Point point(String indicator, double value, String day) {
        return new Series.Point(indicator, BigDecimal.valueOf(value), LocalDate.parse(day), indicator + "@" + day);
    }

    static Series series(Series.Point... points) {
        return Series.of(List.of(points));
    }

    static ProgressRef progress(String method) {
        return new ProgressRef(method, null, null, null, null, null, null, null, null, null, null, null);
    }

    static ConditionRef flag(String flag) {
        return new ConditionRef("STATUS_FLAG", flag, null, null, null, null, null, null, null);
    }

    static ConditionRef threshold(String indicator, String comparison, double value) {
        return new ConditionRef("NUMERIC_THRESHOLD", null, indicator, comparison, value, null, null, null, null);
    }

    /** Eight communes of a province, each meeting the NTM standard from some day (or never). */
    static Population communes(Map<String, String> metFrom) {
        List<Member> members = new ArrayList<>();
        metFrom.forEach((code, day) -> members.add(new Member(code, day == null
                ? series(point("NTM_STANDARD_MET", 0, "2019-06-30"))
                : series(point("NTM_STANDARD_MET", 0, "2019-06-30"), point("NTM_STANDARD_MET", 1, day)))));
        members.sort((a, b) -> a.code().compareTo(b.code()));
        return on -> members;
    }

    static final Population HA_TINH = communes(new java.util.TreeMap<>(Map.of(
            "18001", "2019-12-01", "18002", "2020-11-30", "18003", "2021-10-01", "18004", "2022-05-01",
            "18005", "2023-09-01", "18006", "2024-03-01", "18007", "2025-02-01", "18008", "2026-01-01")));

    static TargetRef communesMeetingNtm(Double baseline) {
        ProgressRef p = new ProgressRef("COUNT_OF_UNITS_MEETING", new PopulationRef("COMMUNE", null, null, null),
                flag("NTM_STANDARD_MET"), null, 75.0, null, null, null, null, null, null, null);
        return new TargetRef("COMMUNES_NTM", "COMMUNES_MEETING_NTM", "PERCENT", new BaselineRef(baseline, END_2020),
                75.0, HORIZON, List.of("PROVINCE"), p);
    }

    @Test
    void aShareOfCommunesMeetingTheStandardIsCountedOverThePopulationOnTheDay() {
        var item = TargetProgress.compute(communesMeetingNtm(25.0), "42", LocalDate.of(2024, 6, 30), Series.empty(),
                HA_TINH, null);
        assertThat(item.current().population()).isEqualTo(8);
        assertThat(item.current().counted()).isEqualTo(6);
        assertThat(item.current().countedUnits()).containsExactly("18001", "18002", "18003", "18004", "18005",
                "18006");
        assertThat(item.current().value()).isEqualTo(75.0);
        assertThat(item.attainment().met()).as("6 of 8 = 75% ≥ 75%").isTrue();
        assertThat(item.attainment().share()).isEqualTo(100.0);
        assertThat(item.target().threshold()).isEqualTo(75.0);
        var earlier = TargetProgress.compute(communesMeetingNtm(25.0), "42", LocalDate.of(2023, 12, 31),
                Series.empty(), HA_TINH, null);
        assertThat(earlier.current().counted()).isEqualTo(5);
        assertThat(earlier.attainment().met()).isFalse();
    }

    @Test
    void theBaselineIsThePlansValueElseTheMethodOnTheBaselineDay() {
        var fromSeries = TargetProgress.compute(communesMeetingNtm(null), "42", LocalDate.of(2024, 6, 30),
                Series.empty(), HA_TINH, null);
        assertThat(fromSeries.baseline().source()).isEqualTo("SERIES");
        assertThat(fromSeries.baseline().value()).as("2 of 8 on 31/12/2020").isEqualTo(25.0);
        assertThat(fromSeries.baseline().date()).isEqualTo(END_2020);
        assertThat(fromSeries.referenceYear()).isEqualTo(2020);
    }

    @Test
    void theYearlyPathPutsTheStraightLineOfThePlanNextToTheUnitsValue() {
        var item = TargetProgress.compute(communesMeetingNtm(25.0), "42", LocalDate.of(2024, 6, 30), Series.empty(),
                HA_TINH, null);
        assertThat(item.path()).extracting(YearPoint::year).containsExactly(2021, 2022, 2023, 2024, 2025);
        YearPoint y2021 = item.path().get(0);
        assertThat(y2021.expected()).isCloseTo(25 + 50 * 365.0 / 1826, within(0.001));
        assertThat(y2021.actual()).isEqualTo(37.5);
        assertThat(y2021.status()).isEqualTo("AHEAD");
        YearPoint y2023 = item.path().get(2);
        assertThat(y2023.actual()).isEqualTo(62.5);
        assertThat(y2023.status()).as("62.5 vs about 55").isEqualTo("AHEAD");
        YearPoint y2024 = item.path().get(3);
        assertThat(y2024.on()).as("its own year: on asOf").isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(item.path().get(4).status()).isEqualTo("NOT_YET");
        assertThat(item.path().get(4).actual()).isNull();
    }

    @Test
    void flagsNarrowThePopulationAndAJudgementIsNotDecidedFromData() {
        List<Member> members = List.of(
                new Member("A", series(point("EXTREMELY_DIFFICULT", 1, "2020-01-01"), point("OCOP_STARS", 4,
                        "2023-01-01"))),
                new Member("B", series(point("EXTREMELY_DIFFICULT", 1, "2020-01-01"), point("OCOP_STARS", 2,
                        "2023-01-01"))),
                new Member("C", series(point("OCOP_STARS", 5, "2023-01-01"))));
        ProgressRef p = new ProgressRef("COUNT_OF_UNITS_MEETING", new PopulationRef("COMMUNE",
                List.of("EXTREMELY_DIFFICULT"), null, null), threshold("OCOP_STARS", null, 3), 1, null, null, null,
                null, null, null, null, null);
        TargetRef target = new TargetRef("OCOP", "COMMUNES_OCOP", "COMMUNES", null, 1.0, HORIZON, null, p);
        var item = TargetProgress.compute(target, "42", LocalDate.of(2024, 1, 1), Series.empty(), on -> members,
                null);
        assertThat(item.current().population()).isEqualTo(2);
        assertThat(item.current().countedUnits()).containsExactly("A");
        assertThat(item.current().value()).isEqualTo(1.0);
        assertThat(item.attainment().met()).isTrue();
        assertThat(item.path()).as("no baseline, no path").isEmpty();

        ProgressRef judged = new ProgressRef("COUNT_OF_UNITS_MEETING", new PopulationRef("COMMUNE", null, null,
                null), new ConditionRef("JUDGEMENT", null, null, null, null, null, null, null, "tiêu biểu"), 1, null,
                null, null, null, null, null, null, null);
        var undecided = TargetProgress.compute(new TargetRef("X", "X", "COMMUNES", null, 1.0, HORIZON, null, judged),
                "42", LocalDate.of(2024, 1, 1), Series.empty(), on -> members, null);
        assertThat(undecided.current().undecided()).isEqualTo(3);
        assertThat(undecided.attainment().met()).isNull();
    }

    @Test
    void atMostNCommunesBelowFifteenCriteriaCountsTheUnitsInTheCondition() {
        List<Member> members = List.of(
                new Member("1", series(point("NTM_CRITERIA_MET", 12, "2022-12-31"), point("NTM_CRITERIA_MET", 16,
                        "2024-12-31"))),
                new Member("2", series(point("NTM_CRITERIA_MET", 14, "2024-12-31"))),
                new Member("3", series(point("NTM_CRITERIA_MET", 19, "2024-12-31"))));
        ProgressRef p = new ProgressRef("ABSOLUTE_MAXIMUM", new PopulationRef("COMMUNE", null, null, null),
                threshold("NTM_CRITERIA_MET", "LESS_THAN", 15), null, null, null, null, null, null, null, null, 1);
        TargetRef target = new TargetRef("BELOW_15", "COMMUNES_BELOW_15", "COMMUNES", new BaselineRef(4.0, END_2020),
                1.0, HORIZON, null, p);
        var y2023 = TargetProgress.compute(target, "42", LocalDate.of(2023, 6, 1), Series.empty(), on -> members,
                null);
        assertThat(y2023.current().countedUnits()).containsExactly("1");
        assertThat(y2023.attainment().met()).isTrue();
        var y2025 = TargetProgress.compute(target, "42", LocalDate.of(2025, 1, 1), Series.empty(), on -> members,
                null);
        assertThat(y2025.current().countedUnits()).containsExactly("2");
        assertThat(y2025.target().comparison()).isEqualTo("AT_MOST");
        List<Member> two = List.of(members.get(1), new Member("4", series(point("NTM_CRITERIA_MET", 10,
                "2024-12-31"))));
        var over = TargetProgress.compute(target, "42", LocalDate.of(2025, 1, 1), Series.empty(), on -> two, null);
        assertThat(over.current().counted()).isEqualTo(2);
        assertThat(over.attainment().met()).isFalse();
        assertThat(y2025.path().get(3).status()).as("1 in 2024 against about 1.6 expected: fewer is ahead")
                .isEqualTo("AHEAD");
    }

    @Test
    void aRateIsTheIndicatorOverItsDenominatorQuotingBothResults() {
        ProgressRef p = new ProgressRef("RATE", null, null, null, 5.0, "AT_MOST", "POOR_HOUSEHOLDS", "HOUSEHOLDS",
                null, null, null, null);
        TargetRef target = new TargetRef("POVERTY", "POVERTY_RATE", "PERCENT", new BaselineRef(12.0, END_2020), 5.0,
                HORIZON, null, p);
        Series own = series(point("HOUSEHOLDS", 2000, "2024-01-01"), point("POOR_HOUSEHOLDS", 180, "2024-06-30"),
                point("POOR_HOUSEHOLDS", 90, "2025-06-30"));
        var y2024 = TargetProgress.compute(target, "04-001", LocalDate.of(2024, 12, 31), own, on -> List.of(), null);
        assertThat(y2024.current().value()).isEqualTo(9.0);
        assertThat(y2024.current().inputs()).extracting(Series.Point::measuredOn)
                .containsExactly(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 1, 1));
        assertThat(y2024.attainment().met()).isFalse();
        var y2025 = TargetProgress.compute(target, "04-001", LocalDate.of(2025, 7, 1), own, on -> List.of(), null);
        assertThat(y2025.current().value()).isEqualTo(4.5);
        assertThat(y2025.attainment().met()).isTrue();
        var none = TargetProgress.compute(target, "04-001", LocalDate.of(2023, 1, 1), own, on -> List.of(), null);
        assertThat(none.current().value()).isNull();
        assertThat(none.attainment().met()).as("no data, no decision").isNull();
    }

    @Test
    void aSustainedReductionNeedsTheStepInEachOfTheLastYears() {
        ProgressRef p = new ProgressRef("SUSTAINED_REDUCTION", null, null, null, null, null, "POVERTY_RATE", null,
                1.0, 3, null, null);
        TargetRef target = new TargetRef("POVERTY_FALL", "POVERTY_RATE", "PERCENT_POINTS_PER_YEAR",
                new BaselineRef(10.0, END_2020), 5.0, HORIZON, null, p);
        Series falling = series(point("POVERTY_RATE", 10, "2020-12-31"), point("POVERTY_RATE", 8.8, "2021-12-31"),
                point("POVERTY_RATE", 7.6, "2022-12-31"), point("POVERTY_RATE", 6.0, "2023-12-31"));
        var met = TargetProgress.compute(target, "02", LocalDate.of(2024, 3, 1), falling, on -> List.of(), null);
        assertThat(met.current().changes()).extracting(TargetProgressItem.YearChange::fall)
                .containsExactly(1.2, 1.2, 1.6);
        assertThat(met.current().consecutiveYears()).isEqualTo(3);
        assertThat(met.attainment().met()).isTrue();
        Series stalled = series(point("POVERTY_RATE", 10, "2020-12-31"), point("POVERTY_RATE", 8.8, "2021-12-31"),
                point("POVERTY_RATE", 7.6, "2022-12-31"), point("POVERTY_RATE", 7.1, "2023-12-31"));
        var notMet = TargetProgress.compute(target, "02", LocalDate.of(2024, 3, 1), stalled, on -> List.of(), null);
        assertThat(notMet.current().consecutiveYears()).isZero();
        assertThat(notMet.attainment().met()).isFalse();
    }

    @Test
    void aMultipleOfTheBaselineComparesWithTheMultipliedBaseline() {
        ProgressRef p = new ProgressRef("MULTIPLE_OF_BASELINE", null, null, null, null, null, "INCOME_PER_CAPITA",
                null, null, null, 1.5, null);
        TargetRef target = new TargetRef("INCOME", "INCOME_PER_CAPITA", "MILLION_VND", new BaselineRef(40.0,
                END_2020), 60.0, HORIZON, null, p);
        Series own = series(point("INCOME_PER_CAPITA", 58, "2024-12-31"), point("INCOME_PER_CAPITA", 61,
                "2025-12-31"));
        var y2024 = TargetProgress.compute(target, "06", LocalDate.of(2025, 1, 1), own, on -> List.of(), null);
        assertThat(y2024.target().threshold()).isEqualTo(60.0);
        assertThat(y2024.attainment().met()).isFalse();
        assertThat(y2024.attainment().share()).isEqualTo(90.0);
        var y2025 = TargetProgress.compute(target, "06", LocalDate.of(2026, 1, 1), own, on -> List.of(), null);
        assertThat(y2025.attainment().met()).isTrue();

        ProgressRef halve = new ProgressRef("MULTIPLE_OF_BASELINE", null, null, null, null, null, "LANDSLIDE_HOMES",
                null, null, null, 0.5, null);
        TargetRef reduce = new TargetRef("HALVE", "LANDSLIDE_HOMES", "HOUSEHOLDS", new BaselineRef(300.0, END_2020),
                150.0, HORIZON, null, halve);
        var halved = TargetProgress.compute(reduce, "06", LocalDate.of(2026, 1, 1),
                series(point("LANDSLIDE_HOMES", 140, "2025-12-31")), on -> List.of(), null);
        assertThat(halved.target().comparison()).as("giảm trên 50%").isEqualTo("AT_MOST");
        assertThat(halved.attainment().met()).isTrue();
    }

    @Test
    void theRegisteredCommitmentOfTheYearIsComparedWithTheUnitsValue() {
        Series own = series(point("NTM_CRITERIA_MET", 17, "2024-10-01"));
        var item = TargetProgress.compute(communesMeetingNtm(25.0), "18003", LocalDate.of(2024, 11, 1), own,
                on -> List.of(), new Registered(2024, "r1", "APPROVED", "NTM_CRITERIA_MET", new BigDecimal("19")));
        assertThat(item.commitment().committed()).isEqualByComparingTo("19");
        assertThat(item.commitment().value().value()).isEqualByComparingTo("17");
        assertThat(item.commitment().value().measuredOn()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(item.commitment().met()).isFalse();
    }

    @Test
    void theLatestResultOfADayWinsAndLaterDaysAreNotRead() {
        Series s = series(point("X", 1, "2024-01-01"), point("X", 2, "2024-01-01"), point("X", 9, "2024-02-01"));
        assertThat(s.on("X", LocalDate.of(2024, 1, 15)).orElseThrow().number()).isEqualTo(2.0);
        assertThat(s.on("X", LocalDate.of(2023, 12, 31))).isEmpty();
        assertThat(s.yearEnd("X", 2023, LocalDate.of(2024, 6, 1))).isEmpty();
    }

    @Test
    void threeYearsInARowAreDecidedFromTheSeries() {
        ConditionRef sustained = new ConditionRef("RATE_SUSTAINED", null, "SAVINGS_RATE", null, 30.0, "PERCENT", 3,
                null, null);
        Series held = series(point("SAVINGS_RATE", 31, "2021-12-01"), point("SAVINGS_RATE", 30, "2022-12-01"),
                point("SAVINGS_RATE", 35, "2023-12-01"));
        assertThat(Conditions.decide(sustained, held, LocalDate.of(2024, 2, 1)).holds()).contains(true);
        assertThat(Conditions.decide(sustained, held, LocalDate.of(2024, 2, 1)).used()).hasSize(3);
        Series broken = series(point("SAVINGS_RATE", 31, "2021-12-01"), point("SAVINGS_RATE", 29, "2022-12-01"),
                point("SAVINGS_RATE", 35, "2023-12-01"));
        assertThat(Conditions.decide(sustained, broken, LocalDate.of(2024, 2, 1)).holds()).contains(false);
    }

    @Test
    void againstAReferenceYearEachYearsChangeFromItMustHold() {
        ConditionRef againstYear = new ConditionRef("RATE_SUSTAINED", null, "TRAINED_WORKERS", null, 5.0, "PERCENT",
                2, 2020, null);
        Series series = series(point("TRAINED_WORKERS", 50, "2020-12-31"), point("TRAINED_WORKERS", 56,
                "2022-12-31"), point("TRAINED_WORKERS", 58, "2023-12-31"));
        var held = Conditions.decide(againstYear, series, LocalDate.of(2024, 1, 10));
        assertThat(held.holds()).as("+6 and +8 points against 2020").contains(true);
        assertThat(held.used()).extracting(Series.Point::measuredOn).containsExactly(LocalDate.of(2020, 12, 31),
                LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 31));
        Series noReference = series(point("TRAINED_WORKERS", 56, "2022-12-31"), point("TRAINED_WORKERS", 58,
                "2023-12-31"));
        assertThat(Conditions.decide(againstYear, noReference, LocalDate.of(2024, 1, 10)).holds()).contains(false);
    }

    @Test
    void eachDistrictNeedsOneModelCommuneWhenTheThresholdHoldsPerUnit() {
        ProgressRef p = new ProgressRef("COUNT_OF_UNITS_MEETING", new PopulationRef("COMMUNE", null, null,
                "DISTRICT"), flag("NTM_MODEL"), 1, null, null, null, null, null, null, null, null);
        TargetRef target = new TargetRef("MODEL_PER_DISTRICT", "DISTRICTS_WITH_MODEL_COMMUNE", "DISTRICTS", null,
                3.0, HORIZON, null, p);
        List<Member> before = List.of(
                new Member("a1", series(point("NTM_MODEL", 1, "2023-05-01")), "A"),
                new Member("a2", series(point("NTM_MODEL", 0, "2023-05-01")), "A"),
                new Member("b1", series(point("NTM_MODEL", 1, "2024-05-01")), "B"),
                new Member("c1", series(), "C"));
        var item = TargetProgress.compute(target, "42", LocalDate.of(2024, 12, 31), Series.empty(), on -> before,
                null);
        assertThat(item.current().population()).as("three districts").isEqualTo(3);
        assertThat(item.current().countedUnits()).containsExactly("A", "B");
        assertThat(item.attainment().met()).as("district C has none").isFalse();
        List<Member> all = new ArrayList<>(before);
        all.set(3, new Member("c1", series(point("NTM_MODEL", 1, "2024-11-01")), "C"));
        assertThat(TargetProgress.compute(target, "42", LocalDate.of(2024, 12, 31), Series.empty(), on -> all, null)
                .attainment().met()).isTrue();
    }
}
