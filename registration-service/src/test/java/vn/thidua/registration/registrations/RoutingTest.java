package vn.thidua.registration.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.registration.registrations.LaiChauPlan.COMMUNE_AFTER_REFORM;
import static vn.thidua.registration.registrations.LaiChauPlan.COMMUNE_BEFORE_REFORM;
import static vn.thidua.registration.registrations.LaiChauPlan.DISTRICT;
import static vn.thidua.registration.registrations.LaiChauPlan.HEALTH_DEPARTMENT;
import static vn.thidua.registration.registrations.LaiChauPlan.SNV;
import static vn.thidua.registration.registrations.LaiChauPlan.STANDING;
import static vn.thidua.registration.registrations.LaiChauPlan.STANDING_AGENCY;
import static vn.thidua.registration.registrations.LaiChauPlan.STEPS_2025;
import static vn.thidua.registration.registrations.LaiChauPlan.STEPS_2026;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.registration.campaigns.Schedule.RouteEnd;
import vn.thidua.registration.campaigns.Schedule.Step;
import vn.thidua.registration.registrations.Routing.How;
import vn.thidua.registration.registrations.Routing.LatePolicy;
import vn.thidua.registration.units.Level;

/** Who reviews a registration, on the steps campaign-service resolved for the year: seed 004 and plans of our own. */
class RoutingTest {

    /** Another province (Hà Giang, 02), 2024: xã → huyện (Phòng Nội vụ) → Ban Dân tộc, refused when late. */
    static final List<Step> HA_GIANG_2024 = List.of(
            new Step(1, "Xã gửi huyện", List.of(new RouteEnd("COMMUNE", null, null)),
                    new RouteEnd("DISTRICT", null, "Phòng Nội vụ"), null, LocalDate.of(2024, 1, 10), "REFUSE"),
            new Step(2, "Huyện tổng hợp gửi Ban Dân tộc", List.of(new RouteEnd("DISTRICT", null, null)),
                    new RouteEnd(null, "02-BDT", null), null, LocalDate.of(2024, 1, 20), "FLAG"));
    /** The same province in 2027, after the reform: xã → Ban Dân tộc directly. */
    static final List<Step> HA_GIANG_2027 = List.of(
            new Step(1, "Xã gửi Ban Dân tộc", List.of(new RouteEnd("COMMUNE", null, null)),
                    new RouteEnd(null, "02-BDT", null), null, LocalDate.of(2027, 1, 15), "REFUSE"));
    /** A defaulted chain as campaign-service sends it for a plan without a REGISTRATION chain. */
    static final List<Step> DEFAULTED_WITH_STANDING = List.of(
            new Step(1, null, List.of(new RouteEnd(RouteEnd.ANY, null, null)), new RouteEnd(null, "02-BDT", null),
                    null, null, "FLAG"),
            new Step(2, null, List.of(new RouteEnd(null, "02-BDT", null)), new RouteEnd(Routing.PROVINCE, null, null),
                    null, null, "FLAG"));
    static final List<Step> DEFAULTED_WITHOUT_STANDING = List.of(new Step(1, null,
            List.of(new RouteEnd(RouteEnd.ANY, null, null)), new RouteEnd(Routing.PROVINCE, null, null), null, null,
            "FLAG"));

    static final List<RouteUnit> HG_COMMUNE_2024 = List.of(new RouteUnit("02", Level.PROVINCE),
            new RouteUnit("026", Level.DISTRICT), new RouteUnit("00715", Level.COMMUNE));
    static final List<RouteUnit> HG_COMMUNE_2027 = List.of(new RouteUnit("02", Level.PROVINCE),
            new RouteUnit("00715", Level.COMMUNE));
    static final List<RouteUnit> HG_DISTRICT = List.of(new RouteUnit("02", Level.PROVINCE),
            new RouteUnit("026", Level.DISTRICT));
    static final List<RouteUnit> HG_BDT = List.of(new RouteUnit("02", Level.PROVINCE),
            new RouteUnit("02-BDT", Level.AGENCY));
    static final List<RouteUnit> HG_HEALTH = List.of(new RouteUnit("02", Level.PROVINCE),
            new RouteUnit("02-SYT", Level.AGENCY));
    static final List<RouteUnit> HG_COOPERATIVE = List.of(new RouteUnit("02", Level.PROVINCE),
            new RouteUnit("00715", Level.COMMUNE), new RouteUnit("02-HTX-0001", Level.COOPERATIVE));

    @Test
    void theUnitsPlaceIsReadOnTheYearsFirstDeadlineOrOnFirstJanuaryWithoutAny() {
        assertThat(Routing.referenceDay(STEPS_2025, 2025)).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(Routing.referenceDay(DEFAULTED_WITH_STANDING, 2026)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Routing.referenceDay(List.of(), 2027)).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void beforeTheReformACommuneIsReviewedByItsDistrictByTheDistrictsDeadline() {
        var route = Routing.reviewerOf(STEPS_2025, COMMUNE_BEFORE_REFORM, STANDING_AGENCY).orElseThrow();
        assertThat(route.reviewerCode()).isEqualTo("106");
        assertThat(route.how()).isEqualTo(How.THROUGH_UNIT_ABOVE);
        assertThat(route.deadline()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(route.latePolicy()).isEqualTo(LatePolicy.FLAG);
    }

    @Test
    void theDistrictForwardsItsBatchToTheStandingAgencyWhichForwardsToHomeAffairs() {
        var district = Routing.nextFor(STEPS_2025, DISTRICT, STANDING_AGENCY).orElseThrow();
        assertThat(district.reviewerCode()).isEqualTo(STANDING_AGENCY);
        assertThat(district.deadline()).isEqualTo(LocalDate.of(2025, 1, 15));
        var standing = Routing.nextFor(STEPS_2025, STANDING, STANDING_AGENCY).orElseThrow();
        assertThat(standing.reviewerCode()).isEqualTo("12-SNV");
        assertThat(standing.deadline()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(Routing.nextFor(STEPS_2025, SNV, STANDING_AGENCY)).as("Sở Nội vụ is the end of the chain")
                .isEmpty();
    }

    @Test
    void aDistrictsOwnRegistrationGoesToTheStandingAgency() {
        var route = Routing.reviewerOf(STEPS_2025, DISTRICT, STANDING_AGENCY).orElseThrow();
        assertThat(route.reviewerCode()).isEqualTo(STANDING_AGENCY);
        assertThat(route.how()).isEqualTo(How.OWN_STEP);
    }

    @Test
    void afterTheReformACommuneGoesStraightToTheStandingAgency() {
        var route = Routing.reviewerOf(STEPS_2026, COMMUNE_AFTER_REFORM, STANDING_AGENCY).orElseThrow();
        assertThat(route.reviewerCode()).isEqualTo(STANDING_AGENCY);
        assertThat(route.how()).isEqualTo(How.OWN_STEP);
        assertThat(route.deadline()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(route.stepOrder()).isEqualTo(1);
    }

    @Test
    void aDepartmentTheChainDoesNotNameGoesToTheStandingAgencyElseToTheProvince() {
        var route = Routing.reviewerOf(STEPS_2026, HEALTH_DEPARTMENT, STANDING_AGENCY).orElseThrow();
        assertThat(route.reviewerCode()).isEqualTo(STANDING_AGENCY);
        assertThat(route.how()).isEqualTo(How.STANDING_AGENCY);
        assertThat(route.deadline()).as("the first step that goes to it").isEqualTo(LocalDate.of(2026, 1, 15));
        var noStanding = Routing.reviewerOf(STEPS_2026, HEALTH_DEPARTMENT, null).orElseThrow();
        assertThat(noStanding.reviewerCode()).as("the province's secretariat").isEqualTo("12");
        assertThat(noStanding.how()).isEqualTo(How.PROVINCE);
        assertThat(noStanding.deadline()).as("no deadline: never late").isNull();
    }

    @Test
    void theStandingAgencysOwnRegistrationGoesToHomeAffairs() {
        assertThat(Routing.reviewerOf(STEPS_2026, STANDING, STANDING_AGENCY).orElseThrow().reviewerCode())
                .isEqualTo("12-SNV");
    }

    @Test
    void in2024ACommuneGoesToItsDistrictsOfficeWhichSendsToTheAgency() {
        var commune = Routing.reviewerOf(HA_GIANG_2024, HG_COMMUNE_2024, null).orElseThrow();
        assertThat(commune.reviewerCode()).isEqualTo("026");
        assertThat(commune.reviewerOffice()).isEqualTo("Phòng Nội vụ");
        assertThat(commune.how()).isEqualTo(How.OWN_STEP);
        assertThat(commune.deadline()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(commune.latePolicy()).isEqualTo(LatePolicy.REFUSE);
        var district = Routing.nextFor(HA_GIANG_2024, HG_DISTRICT, null).orElseThrow();
        assertThat(district.reviewerCode()).isEqualTo("02-BDT");
        assertThat(district.deadline()).isEqualTo(LocalDate.of(2024, 1, 20));
        assertThat(Routing.nextFor(HA_GIANG_2024, HG_BDT, null)).as("the agency ends the chain").isEmpty();
    }

    @Test
    void in2027ACommuneGoesStraightToTheAgencyAndAFormerDistrictRouteIsNotUsed() {
        var commune = Routing.reviewerOf(HA_GIANG_2027, HG_COMMUNE_2027, null).orElseThrow();
        assertThat(commune.reviewerCode()).isEqualTo("02-BDT");
        assertThat(commune.deadline()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(commune.how()).isEqualTo(How.OWN_STEP);
    }

    @Test
    void aPlanWithoutAChainRoutesEveryUnitToItsStandingAgencyThenToTheProvince() {
        for (List<RouteUnit> path : List.of(HG_COMMUNE_2024, HG_COMMUNE_2027, HG_DISTRICT, HG_HEALTH,
                HG_COOPERATIVE)) {
            var route = Routing.reviewerOf(DEFAULTED_WITH_STANDING, path, "02-BDT").orElseThrow();
            assertThat(route.reviewerCode()).as(path.getLast().code()).isEqualTo("02-BDT");
            assertThat(route.deadline()).as("never late").isNull();
            assertThat(Timeliness.judge(LocalDate.of(2099, 12, 31), route.deadline(), route.latePolicy()))
                    .isEqualTo(Timeliness.ON_TIME);
        }
        assertThat(Routing.reviewerOf(DEFAULTED_WITH_STANDING, HG_BDT, "02-BDT").orElseThrow().reviewerCode())
                .as("the agency's own registration").isEqualTo("02");
        assertThat(Routing.nextFor(DEFAULTED_WITH_STANDING, HG_BDT, "02-BDT").orElseThrow().reviewerCode())
                .isEqualTo("02");
        assertThat(Routing.nextFor(DEFAULTED_WITH_STANDING, List.of(new RouteUnit("02", Level.PROVINCE)),
                "02-BDT")).as("the province ends it").isEmpty();
    }

    @Test
    void aPlanWithoutAChainOrStandingAgencyRoutesEveryUnitToTheProvince() {
        for (List<RouteUnit> path : List.of(HG_COMMUNE_2024, HG_COMMUNE_2027, HG_HEALTH, HG_COOPERATIVE)) {
            assertThat(Routing.reviewerOf(DEFAULTED_WITHOUT_STANDING, path, null).orElseThrow().reviewerCode())
                    .isEqualTo("02");
            assertThat(Routing.reviewerOf(List.of(), path, null).orElseThrow().reviewerCode())
                    .as("even with no steps sent at all").isEqualTo("02");
        }
    }

    @Test
    void aUnitTypeNoStepNamesTakesTheDefaultedRoute() {
        var cooperative = Routing.reviewerOf(HA_GIANG_2027, HG_COOPERATIVE, null).orElseThrow();
        assertThat(cooperative.reviewerCode()).as("through its commune, a sender").isEqualTo("00715");
        var health = Routing.reviewerOf(HA_GIANG_2027, HG_HEALTH, "02-BDT").orElseThrow();
        assertThat(health.reviewerCode()).isEqualTo("02-BDT");
        assertThat(health.how()).isEqualTo(How.STANDING_AGENCY);
        assertThat(Routing.nextFor(HA_GIANG_2027, HG_BDT, "02-BDT").orElseThrow().reviewerCode())
                .as("the standing agency no step sends from goes on to the province").isEqualTo("02");
        var withoutStanding = Routing.reviewerOf(HA_GIANG_2027, HG_HEALTH, null).orElseThrow();
        assertThat(withoutStanding.reviewerCode()).isEqualTo("02");
        assertThat(withoutStanding.deadline()).isNull();
    }

    @Test
    void lateIsAfterTheDeadlineDayInVietnamAndRefusedOnlyWhereThePlanSaysSo() {
        LocalDate deadline = LocalDate.of(2024, 1, 10);
        assertThat(Timeliness.judge(deadline, deadline, LatePolicy.REFUSE)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.judge(deadline.plusDays(1), deadline, LatePolicy.REFUSE))
                .isEqualTo(Timeliness.REFUSED);
        assertThat(Timeliness.judge(deadline.plusDays(1), deadline, LatePolicy.FLAG))
                .isEqualTo(Timeliness.LATE_FLAGGED);
    }

    @Test
    void levelsOfTheRegistryAnswerToThePlansWords() {
        assertThat(new RouteUnit("12-MTTQ", Level.MASS_ORGANISATION).routeLevels()).contains("DEPARTMENT");
        assertThat(new RouteUnit("12-HTX-0001", Level.COOPERATIVE).routeLevels()).contains("ENTERPRISE");
    }
}
