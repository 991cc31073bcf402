package vn.thidua.registration.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.registration.PlatformWebTest;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.TestTokens;

/**
 * {@code GET /api/v1/progress/targets} where campaign-service is not needed or is away (the answers with real
 * campaigns are for the system tests); the computation is {@link TargetProgressTest}.
 */
class TargetProgressApiTest extends PlatformWebTest {

    final String commune = TestTokens.token("lc-commune", "12", "03390", UnitLevel.COMMUNE, COMMUNE_OFFICER);

    @Test
    void missingOrBadParametersAre400NamingEachField() {
        var missing = http.get("/api/v1/progress/targets").token(commune).send();
        assertThat(missing.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        missing.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("campaignId", "unitCode");
        var badDay = http.get("/api/v1/progress/targets?campaignId=c1&unitCode=03390&asOf=2024-13-01")
                .token(commune).send();
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.json().get("errors").get(0).get("field").asString()).isEqualTo("asOf");
        var tooEarly = http.get("/api/v1/progress/targets?campaignId=c1&unitCode=03390&asOf=1999-12-31")
                .token(commune).send();
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.json().get("errors").get(0).get("field").asString()).isEqualTo("asOf");
    }

    @Test
    void aUnitOutsideTheCallersScopeIs404() {
        var other = http.get("/api/v1/progress/targets?campaignId=c1&unitCode=03394").token(commune).send();
        assertThat(other.status()).as(other.text()).isEqualTo(404);
    }

    @Test
    void whenCampaignServiceIsAwayItIs503NamingIt() {
        var away = http.get("/api/v1/progress/targets?campaignId=c1&unitCode=03390").token(commune)
                .header("Accept-Language", "en").send();
        assertThat(away.status()).as(away.text()).isEqualTo(503);
        assertThat(away.text()).contains("campaign-service");
    }
}
