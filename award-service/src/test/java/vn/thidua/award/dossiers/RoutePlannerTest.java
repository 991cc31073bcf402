package vn.thidua.award.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.award.checks.LaiChauPlan;
import vn.thidua.award.clients.CampaignApi.CampaignRecord;
import vn.thidua.award.clients.CampaignApi.Step;
import vn.thidua.award.schedule.ResolvedSchedule;
import vn.thidua.award.schedule.ResolvedSchedule.End;

/**
 * The route of a dossier from the plan's resolved schedule: a Lai Châu dossier (seed 004, DOSSIER chain) before and
 * after the 1 July 2025 reform, and plans without a chain of their own (defaulted by campaign-service).
 */
class RoutePlannerTest {

    final CampaignRecord plan = LaiChauPlan.campaign();

    /**
     * The Lai Châu chain as campaign-service's schedule resolves it for a year (steps in force on their own
     * deadline, sorted, the deadline a date): the fixture mirrors contract §1 so the planner is tested on what it
     * receives.
     */
    static List<ResolvedSchedule.Step> resolved(CampaignRecord plan, int year) {
        return plan.dossierSteps().stream().filter(s -> s.inForceOn(s.deadlineFor(year)))
                .sorted(java.util.Comparator.comparing(Step::order))
                .map(s -> new ResolvedSchedule.Step(s.order(), s.name(), s.from().stream().map(RoutePlannerTest::end)
                        .toList(), end(s.to()), s.via() == null ? null : end(s.via()), s.deadlineFor(year),
                        s.lateSubmission() == null ? "FLAG" : s.lateSubmission()))
                .toList();
    }

    static End end(vn.thidua.award.clients.CampaignApi.RouteEnd end) {
        return new End(end.level(), end.unitCode(), end.office());
    }

    /** campaign-service's defaulted chain: to the standing agency, then the province (or straight to it). */
    static List<ResolvedSchedule.Step> defaulted(String standingAgency) {
        if (standingAgency == null) {
            return List.of(new ResolvedSchedule.Step(1, "Trình tỉnh", List.of(new End("ANY", null, null)),
                    new End("PROVINCE", null, null), null, null, "FLAG"));
        }
        return List.of(
                new ResolvedSchedule.Step(1, "Trình cơ quan thường trực", List.of(new End("ANY", null, null)),
                        new End(null, standingAgency, null), null, null, "FLAG"),
                new ResolvedSchedule.Step(2, "Trình tỉnh", List.of(new End(null, standingAgency, null)),
                        new End("PROVINCE", null, null), null, null, "FLAG"));
    }

    /** Commune 03390 (Thị trấn Tam Đường) sat under district 106 (Huyện Tam Đường) until 30/6/2025. */
    final RoutePlanner.Place preReformCommune = new RoutePlanner.Place("03390", "COMMUNE", List.of("12", "106", "03390"),
            Map.of("12", "PROVINCE", "106", "DISTRICT", "03390", "COMMUNE", "12-SNNMT", "AGENCY", "12-SNV", "AGENCY"));

    /** From 1/7/2025 the commune (now Xã Bình Lư) sits directly under the province. */
    final RoutePlanner.Place postReformCommune = new RoutePlanner.Place("03390", "COMMUNE", List.of("12", "03390"),
            Map.of("12", "PROVINCE", "03390", "COMMUNE", "12-SNNMT", "AGENCY", "12-SNV", "AGENCY"));

    @Test
    void aYear2024DossierOfACommuneGoesThroughTheDistrictThenTheStandingAgencyThenSoNoiVu() {
        List<RouteStop> route = RoutePlanner.plan(resolved(plan, 2024), preReformCommune, "12", "12-SNNMT");

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
        List<RouteStop> route = RoutePlanner.plan(resolved(plan, 2025), postReformCommune, "12", "12-SNNMT");

        assertThat(route).extracting(RouteStop::unitCode).containsExactly("12-SNNMT", "12-SNV");
        assertThat(route.get(0).arrival().stepOrder()).isEqualTo(3);
        assertThat(route.get(0).arrival().date()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(route.get(1).arrival().date()).isEqualTo(LocalDate.of(2026, 1, 20));
    }

    @Test
    void aPlanWithoutAChainRoutesToItsStandingAgencyThenToSoNoiVuNeverLate() {
        RoutePlanner.Place commune = new RoutePlanner.Place("19999", "COMMUNE", List.of("44", "19999"),
                Map.of("44", "PROVINCE", "19999", "COMMUNE", "44-SXD", "AGENCY"));

        List<RouteStop> route = RoutePlanner.plan(defaulted("44-SXD"), commune, "44", "44-SXD");

        assertThat(route).extracting(RouteStop::unitCode).containsExactly("44-SXD", "44");
        assertThat(route).extracting(RouteStop::role).containsExactly("standing-agency-officer", "appraiser");
        assertThat(route).allSatisfy(stop -> assertThat(Timeliness.judge(stop.arrival(), LocalDate.of(2099, 1, 1)))
                .isEqualTo(Timeliness.ON_TIME));
    }

    @Test
    void aPlanWithoutAChainOrStandingAgencyGoesStraightToTheProvinceFromAnyLevel() {
        RoutePlanner.Place agency = new RoutePlanner.Place("04-BDT", "AGENCY", List.of("04", "04-BDT"),
                Map.of("04", "PROVINCE", "04-BDT", "AGENCY"));
        RoutePlanner.Place village = new RoutePlanner.Place("04-X1-T3", "VILLAGE", List.of("04", "04001", "04-X1-T3"),
                Map.of("04", "PROVINCE", "04001", "COMMUNE", "04-X1-T3", "VILLAGE"));

        assertThat(RoutePlanner.plan(defaulted(null), agency, "04", null)).singleElement()
                .satisfies(stop -> assertThat(stop.kind()).isEqualTo(RouteStop.Kind.APPRAISAL));
        assertThat(RoutePlanner.plan(defaulted(null), village, "04", null)).extracting(RouteStop::unitCode)
                .containsExactly("04");
    }

    @Test
    void theStandingAgencyProposingItsOwnStaffGoesStraightToAppraisal() {
        RoutePlanner.Place agency = new RoutePlanner.Place("12-SNNMT", "AGENCY", List.of("12", "12-SNNMT"),
                Map.of("12", "PROVINCE", "12-SNNMT", "AGENCY", "12-SNV", "AGENCY"));

        List<RouteStop> route = RoutePlanner.plan(resolved(plan, 2024), agency, "12", "12-SNNMT");

        assertThat(route).extracting(RouteStop::unitCode).containsExactly("12-SNV");
        assertThat(route.getFirst().kind()).isEqualTo(RouteStop.Kind.APPRAISAL);
    }

    @Test
    void aDepartmentSendsThroughTheStandingAgencyLikeADistrict() {
        RoutePlanner.Place department = new RoutePlanner.Place("12-SYT", "AGENCY", List.of("12", "12-SYT"),
                Map.of("12", "PROVINCE", "12-SYT", "AGENCY", "12-SNNMT", "AGENCY"));

        List<RouteStop> route = RoutePlanner.plan(resolved(plan, 2025), department, "12", "12-SNNMT");

        assertThat(route).extracting(RouteStop::unitCode).containsExactly("12-SNNMT", "12-SNV");
    }

    @Test
    void aFormTheCommuneDecidesStaysWithTheCommune() {
        List<RouteStop> route = RoutePlanner.plan(resolved(plan, 2025), postReformCommune, "12", "12-SNNMT",
                "COMMUNE");

        assertThat(route).singleElement().satisfies(stop -> {
            assertThat(stop.unitCode()).isEqualTo("03390");
            assertThat(stop.role()).isEqualTo("commune-officer");
        });
        // A province form from the same commune takes the chain.
        assertThat(RoutePlanner.plan(resolved(plan, 2025), postReformCommune, "12", "12-SNNMT", "PROVINCE"))
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

    @Test
    void aDossierOfAYearPlannedWithDistrictsSubmittedAfterTheReformGoesStraightFromTheCommuneToTheNextLevel() {
        List<RouteStop> planned = RoutePlanner.plan(resolved(plan, 2024), preReformCommune, "12", "12-SNNMT");
        assertThat(planned.stream().map(RouteStop::unitCode)).containsExactly("106", "12-SNNMT", "12-SNV");

        // Submitted on the last day of districts: the route the plan asked for.
        assertThat(RoutePlanner.reroutedOn(planned, LocalDate.of(2025, 6, 30))).isEqualTo(planned);
        // From 1 July 2025 there is no district to receive it (domain §8: re-routed commune → province).
        List<RouteStop> rerouted = RoutePlanner.reroutedOn(planned, LocalDate.of(2025, 7, 1));
        assertThat(rerouted.stream().map(RouteStop::unitCode)).containsExactly("12-SNNMT", "12-SNV");
        assertThat(rerouted.stream().map(RouteStop::index)).containsExactly(0, 1);
        assertThat(rerouted.getFirst().arrival()).isEqualTo(planned.get(1).arrival());
        assertThat(rerouted.getLast().kind()).isEqualTo(RouteStop.Kind.APPRAISAL);
    }

    @Test
    void aRouteThatWouldBeLeftEmptyStaysForCompetenceToRefuse() {
        List<RouteStop> districtGiayKhen = List.of(new RouteStop(0, "770", "DISTRICT", null, RouteStop.Kind.REVIEW,
                "district-officer", null, null));
        assertThat(RoutePlanner.reroutedOn(districtGiayKhen, LocalDate.of(2026, 1, 1))).isEqualTo(districtGiayKhen);
    }
}
