package vn.thidua.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.awards.AwardOffer;
import vn.thidua.campaign.awards.AwardRule;
import vn.thidua.campaign.awards.AwardRule.OnceScope;
import vn.thidua.campaign.awards.AwardRule.Period;
import vn.thidua.campaign.awards.QuotaScope;
import vn.thidua.campaign.awards.RuleKind;
import vn.thidua.campaign.calendar.CampaignCalendar;
import vn.thidua.campaign.calendar.Milestone;
import vn.thidua.campaign.calendar.MilestoneKind;
import vn.thidua.campaign.calendar.RouteEnd;
import vn.thidua.campaign.criteria.Comparison;
import vn.thidua.campaign.criteria.Condition;
import vn.thidua.campaign.criteria.ConditionKind;
import vn.thidua.campaign.criteria.NomineeType;
import vn.thidua.campaign.criteria.ParticipantCategory;
import vn.thidua.campaign.validation.Violation;

/**
 * What a plan can express beyond the Lai Châu seed: quotas per year or occasion and per any scope, once-only for
 * the campaign or for life, a rate against a reference year, the plan's own appraisal limit, who must issue their
 * own plan by when. Each misuse names its field.
 */
class PlanExpressionRulesTest {

    static final LocalDate FROM = LocalDate.of(2022, 1, 1);
    static final ParticipantCategory ENTERPRISES = new ParticipantCategory("DN", "Doanh nghiệp",
            NomineeType.COLLECTIVE, "ENTERPRISE", null);

    static AwardRule rule(RuleKind kind, QuotaScope per, List<Condition> conditions, Period period,
            OnceScope once) {
        return new AwardRule(kind, null, NomineeType.HOUSEHOLD, null, null, per, per == null ? null : 3, null,
                kind == RuleKind.ANNUAL_BEST ? "NTM_CRITERIA_MET" : null, conditions, null, null, null,
                "06/2022/QH15", FROM, null, period, once);
    }

    static AwardRule quota(String unitType, Period period) {
        return rule(RuleKind.QUOTA, new QuotaScope(unitType, null, null), null, period, null);
    }

    static CampaignPlan plan(List<AwardRule> rules, CampaignCalendar calendar) {
        return new CampaignPlan("HT-2026", "Phong trào", CampaignLevel.PROVINCE, CampaignKind.FIVE_YEAR, 2026, 2030,
                null, null, null, null, null, null, null, List.of(ENTERPRISES),
                rules == null ? null : List.of(new AwardOffer("BANG_KHEN_CAP_BO_TINH", null, null, null, rules)),
                calendar);
    }

    static List<String> fields(CampaignPlan plan) {
        return PlanRules.check(plan, code -> true).stream().map(Violation::field).toList();
    }

    static Condition rate(ConditionKind kind, Integer referenceYear) {
        return new Condition(kind, null, "POOR_HOUSEHOLD_RATE", Comparison.AT_MOST, 2.0, "PERCENT", 3, null,
                referenceYear);
    }

    @Test
    void threeHouseholdsPerCommunePerYearAndOnePerOccasionAreQuotasAPlanCanWrite() {
        assertThat(fields(plan(List.of(quota("COMMUNE", Period.YEAR), quota("COMMUNE", Period.OCCASION),
                quota("COMMUNE", Period.CAMPAIGN)), null))).isEmpty();
    }

    @Test
    void aRuleWrittenBeforePeriodsExistedStillCountsOverTheWholeCampaign() {
        assertThat(quota("DISTRICT", null).period()).isNull();
        assertThat(fields(plan(List.of(quota("DISTRICT", null)), null))).isEmpty();
    }

    @Test
    void aPeriodOnlyAppliesToCountingRules() {
        var threshold = rule(RuleKind.THRESHOLD, null, List.of(rate(ConditionKind.NUMERIC_THRESHOLD, null)),
                Period.YEAR, null);
        assertThat(fields(plan(List.of(quota("COMMUNE", Period.YEAR), threshold), null)))
                .containsExactly("offers[0].rules[1].period");
    }

    @Test
    void quotasCountPerCommuneAgencyDepartmentProvinceOrACategorysUnitType() {
        for (String scope : List.of("COMMUNE", "DISTRICT", "VILLAGE", "AGENCY", "PROVINCIAL_DEPARTMENT",
                "DEPARTMENT", "DIVISION", "PROVINCE", "ENTERPRISE")) {
            assertThat(fields(plan(List.of(quota(scope, Period.YEAR)), null))).as(scope).isEmpty();
        }
        assertThat(fields(plan(List.of(quota("HAMLET", Period.YEAR)), null)))
                .containsExactly("offers[0].rules[0].per.unitType");
    }

    @Test
    void aQuotaCountsPerATypeOrPerOneNamedUnitNotBoth() {
        var both = rule(RuleKind.QUOTA, new QuotaScope("AGENCY", "44-SNV", null), null, Period.YEAR, null);
        var one = rule(RuleKind.QUOTA, new QuotaScope(null, "44-SNV", null), null, Period.YEAR, null);
        assertThat(fields(plan(List.of(one, both), null))).containsExactly("offers[0].rules[1].per.unitCode");
    }

    @Test
    void onceForLifeIsStatedOnAOnceOnlyRuleAndNowhereElse() {
        var forLife = rule(RuleKind.ONCE_PER_NOMINEE, null, null, null, OnceScope.LIFETIME);
        var inCampaign = rule(RuleKind.ONCE_PER_NOMINEE, null, null, null, OnceScope.CAMPAIGN);
        var misplaced = rule(RuleKind.QUOTA, new QuotaScope("COMMUNE", null, null), null, null, OnceScope.LIFETIME);
        assertThat(fields(plan(List.of(forLife, inCampaign, misplaced), null)))
                .containsExactly("offers[0].rules[2].onceScope");
    }

    @Test
    void aSustainedRateMayBeMeasuredAgainstAReferenceYearAThresholdMayNot() {
        var sustained = rule(RuleKind.THRESHOLD, null, List.of(rate(ConditionKind.RATE_SUSTAINED, 2020),
                rate(ConditionKind.NUMERIC_THRESHOLD, 2020), rate(ConditionKind.RATE_SUSTAINED, 1999)), null, null);
        assertThat(fields(plan(List.of(sustained), null))).containsExactly(
                "offers[0].rules[0].conditions[1].referenceYear", "offers[0].rules[0].conditions[2].referenceYear");
    }

    @Test
    void thePlansOwnAppraisalLimitIsOneToNinetyWorkingDays() {
        assertThat(fields(plan(null, new CampaignCalendar(null, null, 15)))).isEmpty();
        assertThat(fields(plan(null, new CampaignCalendar(null, null, 0))))
                .containsExactly("calendar.appraisalWorkingDays");
        assertThat(fields(plan(null, new CampaignCalendar(null, null, 91))))
                .containsExactly("calendar.appraisalWorkingDays");
    }

    static Milestone due(MilestoneKind kind, LocalDate date, Integer year, RouteEnd... expected) {
        return new Milestone("KH_CAP_DUOI", kind, "Ban hành kế hoạch", year, date, null, null, List.of(expected));
    }

    @Test
    void lowerPlansAreExpectedFromCommunesAgenciesOrNamedUnitsOnADate() {
        var communes = due(MilestoneKind.LOWER_PLANS_DUE, LocalDate.of(2026, 3, 31), null,
                new RouteEnd("COMMUNE", null, null), new RouteEnd("AGENCY", null, null),
                new RouteEnd(null, "44-SNV", null));
        assertThat(fields(plan(null, new CampaignCalendar(List.of(communes), null, null)))).isEmpty();
    }

    @Test
    void expectedUnitsBelongOnlyToALowerPlansMilestoneWithADate() {
        var review = due(MilestoneKind.MID_TERM_REVIEW, LocalDate.of(2028, 6, 1), null,
                new RouteEnd("COMMUNE", null, null));
        var noDate = due(MilestoneKind.LOWER_PLANS_DUE, null, 2026, new RouteEnd("COMMUNE", null, null));
        var villages = due(MilestoneKind.LOWER_PLANS_DUE, LocalDate.of(2026, 3, 31), null,
                new RouteEnd("VILLAGE", null, null));
        assertThat(fields(plan(null, new CampaignCalendar(List.of(review, noDate, villages), null, null))))
                .containsExactly("calendar.milestones[0].expectedFrom", "calendar.milestones[1].date",
                        "calendar.milestones[2].expectedFrom[0].level");
    }

    @Test
    void districtsCannotBeExpectedToIssueAPlanAfterThe30thOfJune2025() {
        var before = new CampaignPlan("CB-2021", "P", CampaignLevel.PROVINCE, CampaignKind.BY_PERIOD, 2021, 2025,
                null, null, null, null, null, null, null, null, null, new CampaignCalendar(List.of(
                        due(MilestoneKind.LOWER_PLANS_DUE, LocalDate.of(2022, 10, 31), null,
                                new RouteEnd("DISTRICT", null, null)),
                        due(MilestoneKind.LOWER_PLANS_DUE, LocalDate.of(2025, 7, 31), null,
                                new RouteEnd("DISTRICT", null, null))), null, null));
        assertThat(fields(before)).containsExactly("calendar.milestones[1].expectedFrom[0].level");
    }
}
