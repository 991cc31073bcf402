package vn.thidua.award.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.award.checks.LaiChauPlan;
import vn.thidua.award.clients.CampaignApi.CampaignRecord;

/** The route of a Lai Châu dossier (seed 004, DOSSIER chain) before and after the 1 July 2025 reform. */
class RoutePlannerTest {

    final CampaignRecord plan = LaiChauPlan.campaign();

    /** Commune 03390 (Thị trấn Tam Đường) sat under district 106 (Huyện Tam Đường) until 30/6/2025. */
    final RoutePlanner.Place preReformCommune = new RoutePlanner.Place("03390", "COMMUNE", List.of("12", "106", "03390"),
            Map.of("12", "PROVINCE", "106", "DISTRICT", "03390", "COMMUNE", "12-SNNMT", "AGENCY", "12-SNV", "AGENCY"));

    /** From 1/7/2025 the commune (now Xã Bình Lư) sits directly under the province. */
    final RoutePlanner.Place postReformCommune = new RoutePlanner.Place("03390", "COMMUNE", List.of("12", "03390"),
            Map.of("12", "PROVINCE", "03390", "COMMUNE", "12-SNNMT", "AGENCY", "12-SNV", "AGENCY"));

    @Test
    void aYear2024DossierOfACommuneGoesThroughTheDistrictThenTheStandingAgencyThenSoNoiVu() {
        List<RouteStop> route = RoutePlanner.plan(plan.dossierSteps(), 2024, preReformCommune, "12", "12-SNNMT");

        assertThat(route).extracting(RouteStop::unitCode).containsExactly("106", "12-SNNMT", "12-SNV");
        assertThat(route).extracting(RouteStop::role)
                .containsExactly("district-officer", "standing-agency-officer", "appraiser");
        assertThat(route).extracting(RouteStop::kind)
                .containsExactly(RouteStop.Kind.REVIEW, RouteStop.Kind.REVIEW, RouteStop.Kind.APPRAISAL);
        // Commune → district standing office by 05/01; the district decides or sends on by 10/01 (step 2, same
        // unit); to the province via 12-SNNMT by 15/01; 12-SNNMT to Sở Nội vụ by 20/01 — all of year N+1.
        assertThat(route.get(0).arrival().date()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(route.get(0).decideBy().date()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(route.get(1).arrival().date()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(route.get(2).arrival().date()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(route).allMatch(s -> s.arrival().latePolicy().equals("FLAG"));
    }

    @Test
    void aYear2025DossierOfTheSameCommuneGoesStraightToTheStandingAgencyAfterTheReform() {
        List<RouteStop> route = RoutePlanner.plan(plan.dossierSteps(), 2025, postReformCommune, "12", "12-SNNMT");

        assertThat(route).extracting(RouteStop::unitCode).containsExactly("12-SNNMT", "12-SNV");
        assertThat(route.get(0).arrival().stepOrder()).isEqualTo(3);
        assertThat(route.get(0).arrival().date()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(route.get(1).arrival().date()).isEqualTo(LocalDate.of(2026, 1, 20));
    }

    @Test
    void theDistrictStepsDoNotApplyToAYearWhoseDeadlinesFallAfterTheReform() {
        assertThat(RoutePlanner.stepsFor(plan.dossierSteps(), 2024)).extracting(s -> s.order())
                .containsExactly(1, 2, 3, 4);
        assertThat(RoutePlanner.stepsFor(plan.dossierSteps(), 2025)).extracting(s -> s.order())
                .containsExactly(3, 4);
    }

    @Test
    void theStandingAgencyProposingItsOwnStaffGoesStraightToAppraisal() {
        RoutePlanner.Place agency = new RoutePlanner.Place("12-SNNMT", "AGENCY", List.of("12", "12-SNNMT"),
                Map.of("12", "PROVINCE", "12-SNNMT", "AGENCY", "12-SNV", "AGENCY"));

        List<RouteStop> route = RoutePlanner.plan(plan.dossierSteps(), 2024, agency, "12", "12-SNNMT");

        assertThat(route).extracting(RouteStop::unitCode).containsExactly("12-SNV");
        assertThat(route.getFirst().kind()).isEqualTo(RouteStop.Kind.APPRAISAL);
    }

    @Test
    void aDepartmentSendsThroughTheStandingAgencyLikeADistrict() {
        RoutePlanner.Place department = new RoutePlanner.Place("12-SYT", "AGENCY", List.of("12", "12-SYT"),
                Map.of("12", "PROVINCE", "12-SYT", "AGENCY", "12-SNNMT", "AGENCY"));

        List<RouteStop> route = RoutePlanner.plan(plan.dossierSteps(), 2025, department, "12", "12-SNNMT");

        assertThat(route).extracting(RouteStop::unitCode).containsExactly("12-SNNMT", "12-SNV");
    }

    @Test
    void aFormTheCommuneDecidesStaysWithTheCommune() {
        List<RouteStop> route = RoutePlanner.plan(plan.dossierSteps(), 2025, postReformCommune, "12", "12-SNNMT",
                "COMMUNE");

        assertThat(route).singleElement().satisfies(stop -> {
            assertThat(stop.unitCode()).isEqualTo("03390");
            assertThat(stop.role()).isEqualTo("commune-officer");
        });
        // A province form from the same commune takes the chain.
        assertThat(RoutePlanner.plan(plan.dossierSteps(), 2025, postReformCommune, "12", "12-SNNMT", "PROVINCE"))
                .extracting(RouteStop::unitCode).containsExactly("12-SNNMT", "12-SNV");
    }

    @Test
    void lateHandOversAreFlaggedOrRefusedAsTheStepSays() {
        RouteStop.Deadline flag = new RouteStop.Deadline(1, "xã → huyện", LocalDate.of(2025, 1, 5), "FLAG");
        RouteStop.Deadline refuse = new RouteStop.Deadline(1, "xã → huyện", LocalDate.of(2025, 1, 5), "REFUSE");

        assertThat(Timeliness.judge(flag, LocalDate.of(2025, 1, 5))).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.judge(flag, LocalDate.of(2025, 1, 6))).isEqualTo(Timeliness.LATE_FLAGGED);
        assertThat(Timeliness.judge(refuse, LocalDate.of(2025, 1, 6))).isEqualTo(Timeliness.REFUSED);
        assertThat(Timeliness.judge(refuse, LocalDate.of(2024, 12, 30))).isEqualTo(Timeliness.ON_TIME);
    }
}
