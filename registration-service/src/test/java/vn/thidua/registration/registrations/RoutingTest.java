package vn.thidua.registration.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.registration.registrations.LaiChauPlan.COMMUNE_AFTER_REFORM;
import static vn.thidua.registration.registrations.LaiChauPlan.COMMUNE_BEFORE_REFORM;
import static vn.thidua.registration.registrations.LaiChauPlan.DISTRICT;
import static vn.thidua.registration.registrations.LaiChauPlan.HEALTH_DEPARTMENT;
import static vn.thidua.registration.registrations.LaiChauPlan.REGISTRATION_CHAIN;
import static vn.thidua.registration.registrations.LaiChauPlan.SNV;
import static vn.thidua.registration.registrations.LaiChauPlan.STANDING;
import static vn.thidua.registration.registrations.LaiChauPlan.STANDING_AGENCY;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.registration.campaigns.CampaignApi.DayMonth;
import vn.thidua.registration.campaigns.CampaignApi.RouteEnd;
import vn.thidua.registration.campaigns.CampaignApi.Step;
import vn.thidua.registration.registrations.Routing.How;
import vn.thidua.registration.registrations.Routing.LatePolicy;
import vn.thidua.registration.units.Level;

/** Seed 004 (Lai Châu): who reviews a registration, before and after the 2025 reform. */
class RoutingTest {

    @Test
    void theStepsOfAYearAreThoseInForceOnTheirOwnDeadline() {
        assertThat(Routing.stepsFor(REGISTRATION_CHAIN, 2025)).extracting(Step::name)
                .containsExactly(REGISTRATION_CHAIN.get(0).name(), REGISTRATION_CHAIN.get(2).name());
        assertThat(Routing.stepsFor(REGISTRATION_CHAIN, 2026)).extracting(Step::name)
                .containsExactly(REGISTRATION_CHAIN.get(1).name(), REGISTRATION_CHAIN.get(2).name());
        assertThat(Routing.referenceDay(REGISTRATION_CHAIN, 2025)).contains(LocalDate.of(2025, 1, 15));
    }

    @Test
    void beforeTheReformACommuneIsReviewedByItsDistrictByTheDistrictsDeadline() {
        var route = Routing.reviewerOf(REGISTRATION_CHAIN, 2025, COMMUNE_BEFORE_REFORM, STANDING_AGENCY).orElseThrow();
        assertThat(route.reviewerCode()).isEqualTo("106");
        assertThat(route.how()).isEqualTo(How.THROUGH_UNIT_ABOVE);
        assertThat(route.deadline()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(route.latePolicy()).isEqualTo(LatePolicy.FLAG);
    }

    @Test
    void theDistrictForwardsItsBatchToTheStandingAgencyWhichForwardsToHomeAffairs() {
        var district = Routing.nextFor(REGISTRATION_CHAIN, 2025, DISTRICT).orElseThrow();
        assertThat(district.reviewerCode()).isEqualTo(STANDING_AGENCY);
        assertThat(district.deadline()).isEqualTo(LocalDate.of(2025, 1, 15));
        var standing = Routing.nextFor(REGISTRATION_CHAIN, 2025, STANDING).orElseThrow();
        assertThat(standing.reviewerCode()).isEqualTo("12-SNV");
        assertThat(standing.deadline()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(Routing.nextFor(REGISTRATION_CHAIN, 2025, SNV)).as("Sở Nội vụ is the end of the chain").isEmpty();
    }

    @Test
    void aDistrictsOwnRegistrationGoesToTheStandingAgency() {
        var route = Routing.reviewerOf(REGISTRATION_CHAIN, 2025, DISTRICT, STANDING_AGENCY).orElseThrow();
        assertThat(route.reviewerCode()).isEqualTo(STANDING_AGENCY);
        assertThat(route.how()).isEqualTo(How.OWN_STEP);
    }

    @Test
    void afterTheReformACommuneGoesStraightToTheStandingAgency() {
        var route = Routing.reviewerOf(REGISTRATION_CHAIN, 2026, COMMUNE_AFTER_REFORM, STANDING_AGENCY).orElseThrow();
        assertThat(route.reviewerCode()).isEqualTo(STANDING_AGENCY);
        assertThat(route.how()).isEqualTo(How.OWN_STEP);
        assertThat(route.deadline()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(route.stepOrder()).isEqualTo(1);
    }

    @Test
    void aDepartmentTheChainDoesNotNameGoesToTheStandingAgency() {
        var route = Routing.reviewerOf(REGISTRATION_CHAIN, 2026, HEALTH_DEPARTMENT, STANDING_AGENCY).orElseThrow();
        assertThat(route.reviewerCode()).isEqualTo(STANDING_AGENCY);
        assertThat(route.how()).isEqualTo(How.STANDING_AGENCY);
        assertThat(Routing.reviewerOf(REGISTRATION_CHAIN, 2026, HEALTH_DEPARTMENT, null)).as("no standing agency")
                .isEmpty();
    }

    @Test
    void theStandingAgencysOwnRegistrationGoesToHomeAffairs() {
        assertThat(Routing.reviewerOf(REGISTRATION_CHAIN, 2026, STANDING, STANDING_AGENCY).orElseThrow()
                .reviewerCode()).isEqualTo("12-SNV");
    }

    @Test
    void aRecipientNamedByLevelIsTheUnitOfThatLevelAbove() {
        List<Step> chain = List.of(new Step(1, "xã → huyện", List.of(new RouteEnd("COMMUNE", null, null)),
                new RouteEnd("DISTRICT", null, "Phòng Nội vụ"), null, new DayMonth(5, 1), 1, "REFUSE", null, null));
        var route = Routing.reviewerOf(chain, 2024, COMMUNE_BEFORE_REFORM, null).orElseThrow();
        assertThat(route.reviewerCode()).isEqualTo("106");
        assertThat(route.deadline()).as("yearOffset 1").isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(route.latePolicy()).isEqualTo(LatePolicy.REFUSE);
        assertThat(Routing.reviewerOf(chain, 2026, COMMUNE_AFTER_REFORM, null)).as("no district any more").isEmpty();
    }

    @Test
    void levelsOfTheRegistryAnswerToThePlansWords() {
        assertThat(new RouteUnit("12-MTTQ", Level.MASS_ORGANISATION).routeLevels()).contains("DEPARTMENT");
        assertThat(new RouteUnit("12-HTX-0001", Level.COOPERATIVE).routeLevels()).contains("ENTERPRISE");
    }

    @Test
    void the29thOfFebruaryFallsOnThe28thInACommonYear() {
        Step step = new Step(1, "x", List.of(), new RouteEnd(null, "X", null), null, new DayMonth(29, 2), 0, "FLAG",
                null, null);
        assertThat(Routing.deadline(step, 2026)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Routing.deadline(step, 2028)).isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
