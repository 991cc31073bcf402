package vn.thidua.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.calendar.CampaignCalendar;
import vn.thidua.campaign.calendar.Milestone;
import vn.thidua.campaign.calendar.MilestoneKind;
import vn.thidua.campaign.criteria.Comparison;
import vn.thidua.campaign.criteria.Condition;
import vn.thidua.campaign.criteria.ConditionKind;
import vn.thidua.campaign.targets.Population;
import vn.thidua.campaign.targets.ProgressMethod;
import vn.thidua.campaign.targets.ProgressSpec;
import vn.thidua.campaign.targets.Target;
import vn.thidua.campaign.validation.Violation;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;

/** Dự thảo → phát động → sơ kết → tổng kết → kết thúc, and who may move a campaign. */
class CampaignLifecycleTest {

    static final PlatformPrincipal LAI_CHAU_ADMIN = principal("12", "12", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN);
    static final PlatformPrincipal CAO_BANG_ADMIN = principal("04", "04", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN);
    static final PlatformPrincipal LAI_CHAU_APPRAISER = principal("12", "12", UnitLevel.PROVINCE, PlatformRole.APPRAISER);
    static final PlatformPrincipal NATIONAL_BOARD = principal(null, "VN", UnitLevel.NATIONAL, PlatformRole.NATIONAL_ADMIN);

    static PlatformPrincipal principal(String tenant, String unit, UnitLevel level, PlatformRole role) {
        return new PlatformPrincipal("s", "u", "n", Set.of(role), tenant, unit, level);
    }

    static final Target NTM_87 = new Target("COMMUNES_NTM", "COMMUNES_MEETING_NTM_STANDARD", null, "PERCENT", null,
            87.0, java.time.LocalDate.of(2025, 12, 31), null, new ProgressSpec(ProgressMethod.COUNT_OF_UNITS_MEETING,
            new Population("COMMUNE", null, null, null), new Condition(ConditionKind.STATUS_FLAG, "NTM_STANDARD_MET",
            null, null, null, null, null, null, null), 112, 87.0, Comparison.AT_LEAST, null, null, null, null, null, null));
    static final CampaignCalendar REVIEWS = new CampaignCalendar(List.of(new Milestone("MID", MilestoneKind.MID_TERM_REVIEW,
            null, 2023, null, null, null, null)), null, null);

    static CampaignPlan plan(CampaignLevel level, CampaignKind kind, List<Target> targets, CampaignCalendar calendar) {
        return new CampaignPlan("C", "Phong trào", level, kind, 2021, 2025, null, null, null, null, null, null, targets,
                null, null, calendar);
    }

    static final CampaignPlan COMPLETE = plan(CampaignLevel.PROVINCE, CampaignKind.BY_PERIOD, List.of(NTM_87), REVIEWS);

    @Test
    void theProvinceSecretariatLaunchesItsCompletePlan() {
        var decision = CampaignLifecycle.decide(CampaignStatus.DRAFT, Transition.LAUNCH, COMPLETE, "12", "12",
                LAI_CHAU_ADMIN);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.to()).isEqualTo(CampaignStatus.LAUNCHED);
    }

    @Test
    void noLaunchWithoutTargetsAndACalendar() {
        var decision = CampaignLifecycle.decide(CampaignStatus.DRAFT, Transition.LAUNCH,
                plan(CampaignLevel.PROVINCE, null, List.of(), null), "12", "12", LAI_CHAU_ADMIN);
        assertThat(decision.refusal()).isEqualTo(CampaignLifecycle.Refusal.INCOMPLETE);
        assertThat(decision.missing()).extracting(Violation::field).containsExactly("kind", "targets", "calendar");
    }

    @Test
    void anAgencysInternalPlanWithoutTargetsLaunchesWhateverItsKind() {
        for (CampaignKind kind : CampaignKind.values()) {
            var decision = CampaignLifecycle.decide(CampaignStatus.DRAFT, Transition.LAUNCH,
                    plan(CampaignLevel.AGENCY_INTERNAL, kind, null, REVIEWS), "04", "04-BDT", CAO_BANG_ADMIN);
            assertThat(decision.allowed()).as(kind.name()).isTrue();
        }
    }

    @Test
    void anOccasionBasedOrThematicCampaignLaunchesWithoutTargets() {
        for (CampaignKind kind : List.of(CampaignKind.BY_PERIOD, CampaignKind.THEMATIC)) {
            assertThat(CampaignLifecycle.missingForLaunch(plan(CampaignLevel.PROVINCE, kind, List.of(), REVIEWS)))
                    .as(kind.name()).isEmpty();
        }
    }

    @Test
    void aRegularAnnualOrFiveYearProvincePlanStillNeedsItsTargets() {
        for (CampaignKind kind : List.of(CampaignKind.REGULAR, CampaignKind.ANNUAL, CampaignKind.FIVE_YEAR)) {
            assertThat(CampaignLifecycle.missingForLaunch(plan(CampaignLevel.PROVINCE, kind, List.of(), REVIEWS)))
                    .as(kind.name()).extracting(Violation::field).containsExactly("targets");
        }
        assertThat(CampaignLifecycle.missingForLaunch(plan(CampaignLevel.NATIONAL, CampaignKind.FIVE_YEAR, null,
                REVIEWS))).extracting(Violation::field).containsExactly("targets");
    }

    @Test
    void reviewsFollowInOrderAndNoStepIsSkipped() {
        assertThat(CampaignLifecycle.decide(CampaignStatus.LAUNCHED, Transition.START_MID_TERM_REVIEW, COMPLETE,
                "12", "12",
                LAI_CHAU_ADMIN).to()).isEqualTo(CampaignStatus.MID_TERM_REVIEW);
        assertThat(CampaignLifecycle.decide(CampaignStatus.MID_TERM_REVIEW, Transition.START_FINAL_REVIEW, COMPLETE,
                "12", "12", LAI_CHAU_ADMIN).to()).isEqualTo(CampaignStatus.FINAL_REVIEW);
        assertThat(CampaignLifecycle.decide(CampaignStatus.FINAL_REVIEW, Transition.CLOSE, COMPLETE, "12", "12",
                LAI_CHAU_ADMIN).to()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(CampaignLifecycle.decide(CampaignStatus.DRAFT, Transition.CLOSE, COMPLETE, "12", "12",
                LAI_CHAU_ADMIN)
                .refusal()).isEqualTo(CampaignLifecycle.Refusal.STATE);
        assertThat(CampaignLifecycle.decide(CampaignStatus.LAUNCHED, Transition.LAUNCH, COMPLETE, "12", "12",
                LAI_CHAU_ADMIN)
                .refusal()).isEqualTo(CampaignLifecycle.Refusal.STATE);
    }

    @Test
    void onlyTheOwningProvincesAdminMovesAProvinceCampaign() {
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.PROVINCE, "12", "12", LAI_CHAU_ADMIN)).isTrue();
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.AGENCY_INTERNAL, "12", "12", LAI_CHAU_ADMIN)).isTrue();
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.PROVINCE, "12", "12", CAO_BANG_ADMIN)).isFalse();
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.PROVINCE, "12", "12", LAI_CHAU_APPRAISER)).isFalse();
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.PROVINCE, "12", "12", NATIONAL_BOARD)).isFalse();
    }

    static final PlatformPrincipal TAM_DUONG_OFFICER = principal("12", "106", UnitLevel.DISTRICT,
            PlatformRole.DISTRICT_OFFICER);
    static final PlatformPrincipal COMMUNE_OFFICER = principal("12", "03390", UnitLevel.COMMUNE,
            PlatformRole.COMMUNE_OFFICER);
    static final PlatformPrincipal BDT_OFFICER = principal("04", "04-BDT", UnitLevel.AGENCY,
            PlatformRole.DEPARTMENT_OFFICER);
    static final PlatformPrincipal BDT_HEAD = principal("04", "04-BDT", UnitLevel.AGENCY,
            PlatformRole.DECISION_SIGNER);

    @Test
    void aDistrictCommuneOrAgencyOfficerMovesTheirOwnUnitsPlanAndNoOtherUnits() {
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.DISTRICT, "12", "106", TAM_DUONG_OFFICER)).isTrue();
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.DISTRICT, "12", "105", TAM_DUONG_OFFICER)).isFalse();
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.PROVINCE, "12", "12", TAM_DUONG_OFFICER)).isFalse();
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.COMMUNE, "12", "03390", COMMUNE_OFFICER)).isTrue();
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.COMMUNE, "04", "03390", COMMUNE_OFFICER)).isFalse();
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.AGENCY_INTERNAL, "04", "04-BDT", BDT_OFFICER)).isTrue();
        // The agency's head signs its awards; its officers issue and move its plan.
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.AGENCY_INTERNAL, "04", "04-BDT", BDT_HEAD)).isFalse();
        assertThat(CampaignLifecycle.issuesAsLowerUnit(BDT_OFFICER)).isTrue();
        assertThat(CampaignLifecycle.issuesAsLowerUnit(LAI_CHAU_ADMIN)).isFalse();
    }

    @Test
    void theProvincesSecretariatMovesTheOwnPlanOfAnyUnitOfItsProvince() {
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.DISTRICT, "12", "106", LAI_CHAU_ADMIN)).isTrue();
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.COMMUNE, "12", "03390", LAI_CHAU_ADMIN)).isTrue();
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.COMMUNE, "12", "03390", CAO_BANG_ADMIN)).isFalse();
    }

    @Test
    void aLowerPlanImplementsAPlanAboveItAndNothingImplementsAnAgencysOrACommunesOwnPlan() {
        assertThat(CampaignLevel.COMMUNE.mayImplement(CampaignLevel.DISTRICT)).isTrue();
        assertThat(CampaignLevel.COMMUNE.mayImplement(CampaignLevel.PROVINCE)).isTrue();
        assertThat(CampaignLevel.DISTRICT.mayImplement(CampaignLevel.PROVINCE)).isTrue();
        assertThat(CampaignLevel.AGENCY_INTERNAL.mayImplement(CampaignLevel.PROVINCE)).isTrue();
        assertThat(CampaignLevel.DISTRICT.mayImplement(CampaignLevel.DISTRICT)).isFalse();
        assertThat(CampaignLevel.PROVINCE.mayImplement(CampaignLevel.PROVINCE)).isFalse();
        for (CampaignLevel child : CampaignLevel.values()) {
            assertThat(child.mayImplement(CampaignLevel.AGENCY_INTERNAL)).isFalse();
            assertThat(child.mayImplement(CampaignLevel.COMMUNE)).isFalse();
        }
    }

    @Test
    void onlyTheNationalBoardMovesANationalCampaign() {
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.NATIONAL, null, "VN", NATIONAL_BOARD)).isTrue();
        assertThat(CampaignLifecycle.mayMove(CampaignLevel.NATIONAL, null, "VN", LAI_CHAU_ADMIN)).isFalse();
    }

    @Test
    void aClosedCampaignIsNoLongerEdited() {
        assertThat(CampaignLifecycle.mayEdit(CampaignStatus.LAUNCHED, CampaignLevel.PROVINCE, "12", "12", LAI_CHAU_ADMIN))
                .isTrue();
        assertThat(CampaignLifecycle.mayEdit(CampaignStatus.CLOSED, CampaignLevel.PROVINCE, "12", "12", LAI_CHAU_ADMIN))
                .isFalse();
    }
}
