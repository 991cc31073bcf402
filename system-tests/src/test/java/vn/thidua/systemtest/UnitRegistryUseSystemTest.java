package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.test.TestHttp;

/**
 * Other services use the unit registry through the shared client (issue 4): campaign-service checks the units a
 * plan names against registration-service, through real HTTP with the caller's token, and keeps answering reads
 * from its cache while the registry is stopped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnitRegistryUseSystemTest {

    private static final TestHttp GATEWAY = Stack.GATEWAY_HTTP;

    private static Map<String, Object> plan(String standingAgencyCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "UNIT-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", "Kế hoạch kiểm thử danh mục đơn vị");
        body.put("level", "PROVINCE");
        body.put("startYear", 2026);
        body.put("endYear", 2030);
        body.put("standingAgencyCode", standingAgencyCode);
        return body;
    }

    private static List<String> fields(TestHttp.Response response) {
        List<String> fields = new ArrayList<>();
        for (JsonNode error : response.json().get("errors")) {
            fields.add(error.get("field").asString());
        }
        return fields;
    }

    private static long campaignCount(String user) {
        return GATEWAY.get("/api/v1/campaigns?size=1").token(Stack.token(user)).send().json().get("totalItems")
                .asLong();
    }

    @Test
    @Order(1)
    void aPlanNamingAStandingAgencyTheRegistryDoesNotKnowIsRefusedAndNothingIsWritten() {
        long before = campaignCount("laichau.admin");
        var response = GATEWAY.post("/api/v1/campaigns", plan("12-KHONGCO")).token(Stack.token("laichau.admin"))
                .header("Accept-Language", "en").send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("standingAgencyCode");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("12-KHONGCO");
        assertThat(campaignCount("laichau.admin")).isEqualTo(before);
    }

    @Test
    @Order(2)
    void aPlanNamingAnotherProvincesAgencyIsRefused() {
        var response = GATEWAY.post("/api/v1/campaigns", plan("04-SNV")).token(Stack.token("laichau.admin")).send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("standingAgencyCode");
    }

    @Test
    @Order(3)
    void aPlanNamingItsOwnStandingAgencyIsAccepted() {
        var response = GATEWAY.post("/api/v1/campaigns", plan("12-SNNMT")).token(Stack.token("laichau.admin"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(response.status()).as(response.text()).isEqualTo(201);
    }

    @Test
    @Order(100)
    void whileTheRegistryIsStoppedReadsAnswerFromCacheAndUncheckedWritesAre503() {
        // The district officer's unit path (106 → 12) comes from the registry: read it once.
        long seen = campaignCount("laichau.district");
        assertThat(seen).isPositive();
        assertThat(Stack.launcher("stop", "registration-service")).isZero();
        try {
            assertThat(campaignCount("laichau.district")).isEqualTo(seen);
            var unchecked = GATEWAY.post("/api/v1/campaigns", plan("12-CHUATUNGTRA")).token(Stack.token("laichau.admin"))
                    .header("Accept-Language", "en").send();
            assertThat(unchecked.status()).isEqualTo(503);
            assertThat(unchecked.header("Content-Type")).startsWith("application/problem+json");
            assertThat(unchecked.json().get("detail").asString()).contains("registration");
        } finally {
            assertThat(Stack.launcher("up")).isZero();
        }
    }
}
