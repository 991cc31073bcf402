package vn.thidua.registration.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.INSPECTOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.registration.PlatformWebTest;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.TestTokens;

/**
 * Registrations over HTTP where campaign-service is not needed or is away (the flows with real campaigns run in
 * RegistrationsSystemTest against the whole stack: no stand-in for our own services here).
 */
class RegistrationApiTest extends PlatformWebTest {

    final String commune = TestTokens.token("lc-commune", "12", "03390", UnitLevel.COMMUNE, COMMUNE_OFFICER);
    final String inspector = TestTokens.token("lc-insp", "12", "12", UnitLevel.PROVINCE, INSPECTOR);

    long count() {
        return http.get("/api/v1/registrations?size=1").token(commune).send().json().get("totalItems").asLong();
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsWritten() {
        long before = count();
        var response = http.post("/api/v1/registrations", Map.of("campaignId", "c1", "unitCode", "03390",
                "commitments", List.of(Map.of("targetCode", "COMMUNES_NTM")), "awardForms", List.of(""))).token(commune)
                .send();
        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("year", "commitments[0].committedValue", "awardForms[0]");
        var wrongType = http.post("/api/v1/registrations", "{\"campaignId\":\"c1\",\"year\":\"twenty\","
                + "\"unitCode\":\"03390\"}").token(commune).send();
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void whenCampaignServiceIsAwayTheCreateIs503AndWritesNothing() {
        long before = count();
        var response = http.post("/api/v1/registrations", Map.of("campaignId", "c1", "year", 2025, "unitCode",
                "03390")).token(commune).header("Accept-Language", "en").send();
        assertThat(response.status()).as(response.text()).isEqualTo(503);
        assertThat(response.text()).contains("campaign-service");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void transitionsNeedIfMatchAndAReadOnlyRoleCannotRegister() {
        var noIfMatch = http.post("/api/v1/registrations/some-id/transitions", Map.of("action", "APPROVE"))
                .token(commune).send();
        assertThat(noIfMatch.status()).isEqualTo(428);
        var unknownAction = http.post("/api/v1/registrations/some-id/transitions", Map.of("action", "SHRED"))
                .token(commune).header("If-Match", "\"0\"").send();
        assertThat(unknownAction.status()).isEqualTo(400);
        assertThat(unknownAction.json().get("errors").get(0).get("field").asString()).isEqualTo("action");
        var missing = http.post("/api/v1/registrations/some-id/transitions", Map.of("action", "APPROVE"))
                .token(commune).header("If-Match", "\"0\"").send();
        assertThat(missing.status()).isEqualTo(404);
        var readOnly = http.post("/api/v1/registrations", Map.of("campaignId", "c1", "year", 2025, "unitCode",
                "03390")).token(inspector).send();
        assertThat(readOnly.status()).isEqualTo(403);
    }

    @Test
    void anAggregateOfNothingIsZeros() {
        var response = http.get("/api/v1/registrations/aggregate?campaignId=none&year=2025").token(commune).send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("registrations").asInt()).isZero();
        assertThat(http.get("/api/v1/registrations/aggregate?year=2025").token(commune).send().status())
                .isEqualTo(400);
    }
}
