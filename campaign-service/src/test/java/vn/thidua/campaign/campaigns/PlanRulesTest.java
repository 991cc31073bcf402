package vn.thidua.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.awards.AwardOffer;
import vn.thidua.campaign.awards.AwardRule;
import vn.thidua.campaign.awards.QuotaScope;
import vn.thidua.campaign.awards.QuotaShare;
import vn.thidua.campaign.awards.RuleKind;
import vn.thidua.campaign.calendar.ChainKind;
import vn.thidua.campaign.calendar.IntakeWindow;
import vn.thidua.campaign.criteria.NomineeType;
import vn.thidua.campaign.targets.Baseline;
import vn.thidua.campaign.targets.ProgressMethod;
import vn.thidua.campaign.targets.ProgressSpec;
import vn.thidua.campaign.targets.Target;
import vn.thidua.campaign.validation.Violation;

/** Coherence of a plan: every broken rule names its field. */
class PlanRulesTest {

    static List<String> fields(CampaignPlan plan) {
        return PlanRules.check(plan, code -> code.startsWith("BANG_KHEN")).stream().map(Violation::field).toList();
    }

    static CampaignPlan plan(Integer start, Integer end, List<IntakeWindow> windows, List<Target> targets,
            List<AwardOffer> offers) {
        return new CampaignPlan("C", "P", CampaignLevel.PROVINCE, CampaignKind.BY_PERIOD, start, end, null, null,
                null, null, null, windows, targets, null, offers, null);
    }

    static AwardRule quota(int max, List<QuotaShare> split) {
        return new AwardRule(RuleKind.QUOTA, null, NomineeType.INDIVIDUAL, null, null,
                new QuotaScope("DISTRICT", null, List.of("NTM_STANDARD_MET")), max, split, null, null, null, null,
                null, "06/2022/QH15", LocalDate.of(2022, 1, 1), null, null, null);
    }

    @Test
    void thePeriodEndsAfterItStarts() {
        assertThat(fields(plan(2025, 2021, null, null, null))).containsExactly("endYear");
    }

    @Test
    void intakeWindowsLieInsideThePeriodAndCloseAfterTheyOpen() {
        var windows = List.of(
                new IntakeWindow(ChainKind.DOSSIER, 2024, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 20), null),
                new IntakeWindow(ChainKind.DOSSIER, 2025, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 20), null),
                new IntakeWindow(ChainKind.REGISTRATION, 2023, LocalDate.of(2023, 1, 31), LocalDate.of(2023, 1, 1), null));
        assertThat(fields(plan(2021, 2025, windows, null, null))).containsExactly(
                "intakeWindows[1].opensOn", "intakeWindows[1].closesOn", "intakeWindows[2].closesOn");
    }

    @Test
    void theBaselineIsMeasuredBeforeTheHorizonAndAMultipleNeedsIt() {
        var late = new Target("INCOME", "RURAL_INCOME_PER_CAPITA", null, "TIMES",
                new Baseline(null, LocalDate.of(2026, 1, 1)), 1.5, LocalDate.of(2025, 12, 31), null,
                new ProgressSpec(ProgressMethod.MULTIPLE_OF_BASELINE, null, null, null, null, null,
                        "RURAL_INCOME_PER_CAPITA", null, null, null, 1.5, null));
        var withoutBaseline = new Target("INCOME2", "RURAL_INCOME_PER_CAPITA", null, "TIMES", null, 1.5,
                LocalDate.of(2025, 12, 31), null, new ProgressSpec(ProgressMethod.MULTIPLE_OF_BASELINE, null, null,
                null, null, null, "RURAL_INCOME_PER_CAPITA", null, null, null, 1.5, null));
        assertThat(fields(plan(2021, 2025, null, List.of(late, withoutBaseline), null)))
                .containsExactly("targets[0].baseline.date", "targets[1].baseline");
    }

    @Test
    void aCountTargetSaysWhatIsCountedAndTheThreshold() {
        var vague = new Target("COMMUNES_NTM", "X", null, "PERCENT", null, 87.0, LocalDate.of(2025, 12, 31), null,
                new ProgressSpec(ProgressMethod.COUNT_OF_UNITS_MEETING, null, null, null, null, null, null, null,
                        null, null, null, null));
        assertThat(fields(plan(2021, 2025, null, List.of(vague), null))).containsExactly(
                "targets[0].progress.population", "targets[0].progress.unitCondition",
                "targets[0].progress.thresholdPercent");
    }

    @Test
    void rulesOnlyOnFormsInTheCatalogue() {
        var offers = List.of(new AwardOffer("BANG_KHEN_CAP_BO_TINH", null, null, null, null),
                new AwardOffer("HUY_HIEU_TU_CHE", null, null, null, null));
        assertThat(fields(plan(2021, 2025, null, null, offers))).containsExactly("offers[1].formCode");
    }

    @Test
    void aSplitQuotaAddsUp_20PerDistrict_5AtProvince_15AtDistrict() {
        var good = quota(20, List.of(new QuotaShare("PROVINCE", 5), new QuotaShare("DISTRICT", 15)));
        var bad = quota(20, List.of(new QuotaShare("PROVINCE", 5), new QuotaShare("DISTRICT", 10)));
        var offers = List.of(new AwardOffer("BANG_KHEN_CAP_BO_TINH", null, null, null, List.of(good, bad)));
        assertThat(fields(plan(2021, 2025, null, null, offers))).containsExactly("offers[0].rules[1].split");
    }
}
