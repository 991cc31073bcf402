package vn.thidua.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;

/** Who sees an agency's own plan (kế hoạch của cơ quan): the agency, the units below it, and the province. */
class CampaignVisibilityTest {

    private static Campaign agencyPlan(CampaignStatus status) {
        return new Campaign("c1", null, status, "04", "04-BDT", List.of("04", "04-BDT"), List.of(), 1L, "a", null,
                "a", null, null, null);
    }

    private static PlatformPrincipal officerOf(String tenant, String unit) {
        return new PlatformPrincipal("s", "u", "n", Set.of(PlatformRole.DEPARTMENT_OFFICER), tenant, unit,
                UnitLevel.AGENCY);
    }

    @Test
    void aUnitBelowTheAgencySeesItsLaunchedPlanThroughItsRegistryPath() {
        var office = officerOf("04", "04-BDT-VP");
        assertThat(Campaigns.visible(agencyPlan(CampaignStatus.LAUNCHED), office, List.of("04", "04-BDT", "04-BDT-VP")))
                .isTrue();
    }

    @Test
    void withoutItsPathFromTheRegistryTheSameUnitSeesLessNeverMore() {
        var office = officerOf("04", "04-BDT-VP");
        assertThat(Campaigns.visible(agencyPlan(CampaignStatus.LAUNCHED), office, List.of("04-BDT-VP"))).isFalse();
    }

    @Test
    void anotherAgencyOfTheProvinceDoesNotSeeIt() {
        var health = officerOf("04", "04-SYT");
        assertThat(Campaigns.visible(agencyPlan(CampaignStatus.LAUNCHED), health, List.of("04", "04-SYT"))).isFalse();
    }

    @Test
    void aDraftStaysWithTheAgencyAndAbove() {
        var office = officerOf("04", "04-BDT-VP");
        assertThat(Campaigns.visible(agencyPlan(CampaignStatus.DRAFT), office, List.of("04", "04-BDT", "04-BDT-VP")))
                .isFalse();
        assertThat(Campaigns.visible(agencyPlan(CampaignStatus.DRAFT), officerOf("04", "04-BDT"), List.of("04",
                "04-BDT"))).isTrue();
    }

    @Test
    void anotherProvinceNeverSeesIt() {
        assertThat(Campaigns.visible(agencyPlan(CampaignStatus.LAUNCHED), officerOf("12", "12-SNNMT"),
                List.of("12", "12-SNNMT", "04-BDT"))).isFalse();
    }
}
