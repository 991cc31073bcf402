package vn.thidua.registration.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.registration.PlatformWebTest;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.TestTokens;

/**
 * Declared vs confirmed over HTTP (issue 12): a commune declares, only the level above confirms or rejects, a
 * correction keeps the value it replaces and waits for a new decision. Xã Tả Lèng (03405) after the reform: the
 * level above is the province.
 */
class ProgressConfirmationApiTest extends PlatformWebTest {

    final String commune = TestTokens.token("tl-commune", "12", "03405", UnitLevel.COMMUNE, COMMUNE_OFFICER);
    final String neighbour = TestTokens.token("tl-neighbour", "12", "03390", UnitLevel.COMMUNE, COMMUNE_OFFICER);
    final String province = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String caoBang = TestTokens.token("cb-admin", "04", "04", UnitLevel.PROVINCE, PROVINCE_ADMIN);

    JsonNode declare(String token, String indicator, int value, String day) {
        var response = http.post("/api/v1/progress", ProgressApiTest.result("03405", indicator, value, "FLAG", day))
                .token(token).header("Idempotency-Key", UUID.randomUUID().toString()).send();
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json();
    }

    TestHttpResponse decide(String token, String id, String ifMatch, Map<String, Object> body) {
        var call = http.post("/api/v1/progress/" + id + "/confirmation", body).token(token);
        if (ifMatch != null) {
            call = call.header("If-Match", ifMatch);
        }
        var response = call.send();
        return new TestHttpResponse(response.status(), response.text(), response.status() < 300 ? response.json()
                : null);
    }

    record TestHttpResponse(int status, String text, JsonNode json) {
    }

    JsonNode current(String indicator) {
        JsonNode all = http.get("/api/v1/progress/current?unitCode=03405").token(province).send().json()
                .get("indicators");
        for (JsonNode value : all) {
            if (value.get("indicator").asString().equals(indicator)) {
                return value;
            }
        }
        return null;
    }

    @Test
    void aCommunesOwnValueWaitsForTheProvinceAndOnlyTheProvinceConfirmsIt() {
        JsonNode declared = declare(commune, "CONF_FLAG_A", 0, "2025-09-30");
        String id = declared.get("id").asString();
        assertThat(declared.get("standing").asString()).isEqualTo("DECLARED");
        assertThat(declared.get("declaredByUnit").asString()).isEqualTo("03405");
        assertThat(current("CONF_FLAG_A").get("standing").asString()).isEqualTo("DECLARED");

        Map<String, Object> confirm = Map.of("decision", "CONFIRM", "source", "QĐ 77/QĐ-UBND");
        assertThat(decide(commune, id, "\"0\"", confirm).status()).isEqualTo(403);
        assertThat(decide(neighbour, id, "\"0\"", confirm).status()).isEqualTo(404);
        assertThat(decide(caoBang, id, "\"0\"", confirm).status()).isEqualTo(404);
        assertThat(decide(province, id, null, confirm).status()).isEqualTo(428);
        assertThat(decide(province, id, "\"7\"", confirm).status()).isEqualTo(412);
        assertThat(current("CONF_FLAG_A").get("standing").asString()).as("refusals write nothing")
                .isEqualTo("DECLARED");

        var confirmed = decide(province, id, "\"0\"", confirm);
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.json().get("standing").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().at("/confirmation/by").asString()).isEqualTo("lc-admin");
        assertThat(confirmed.json().at("/confirmation/byUnit").asString()).isEqualTo("12");
        assertThat(confirmed.json().at("/confirmation/source").asString()).isEqualTo("QĐ 77/QĐ-UBND");
        JsonNode now = current("CONF_FLAG_A");
        assertThat(now.get("standing").asString()).isEqualTo("CONFIRMED");
        assertThat(now.get("confirmedByUnit").asString()).isEqualTo("12");
        assertThat(decide(province, id, "\"1\"", confirm).status()).as("decided once").isEqualTo(409);
    }

    @Test
    void aCorrectionKeepsTheOldValueAndIsDeclaredAgain() {
        String id = declare(commune, "CONF_FLAG_B", 1, "2025-09-30").get("id").asString();
        assertThat(decide(province, id, "\"0\"", Map.of("decision", "CONFIRM")).status()).isEqualTo(200);

        var corrected = http.post("/api/v1/progress/" + id + "/corrections", Map.of("value", 0, "reason",
                "Nhập nhầm")).token(commune).header("If-Match", "\"1\"").send();
        assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
        JsonNode value = corrected.json();
        assertThat(value.get("value").asInt()).isEqualTo(0);
        assertThat(value.get("standing").asString()).isEqualTo("DECLARED");
        assertThat(value.get("declaredBy").asString()).isEqualTo("tl-commune");
        JsonNode past = value.get("history").get(0);
        assertThat(past.get("value").asInt()).isEqualTo(1);
        assertThat(past.get("declaredBy").asString()).isEqualTo("tl-commune");
        assertThat(past.at("/confirmation/standing").asString()).isEqualTo("CONFIRMED");
        assertThat(past.get("replacedBy").asString()).isEqualTo("tl-commune");
        assertThat(past.get("reason").asString()).isEqualTo("Nhập nhầm");
        assertThat(current("CONF_FLAG_B").get("standing").asString()).isEqualTo("DECLARED");

        var stale = http.post("/api/v1/progress/" + id + "/corrections", Map.of("value", 1, "reason", "x"))
                .token(commune).header("If-Match", "\"1\"").send();
        assertThat(stale.status()).isEqualTo(412);
        var notAFlag = http.post("/api/v1/progress/" + id + "/corrections", Map.of("value", 3, "reason", "x"))
                .token(commune).header("If-Match", "\"2\"").send();
        assertThat(notAFlag.status()).isEqualTo(400);
        JsonNode after = http.get("/api/v1/progress/" + id).token(province).send().json();
        assertThat(after.get("history")).as("errors write nothing").hasSize(1);
        assertThat(after.get("value").asInt()).isEqualTo(0);
    }

    @Test
    void aRejectedValueIsNoValueAndTheOneBeforeItStands() {
        JsonNode earlier = declare(province, "CONF_FLAG_C", 1, "2025-08-01");
        assertThat(earlier.get("standing").asString()).as("the level above's own entry").isEqualTo("CONFIRMED");
        assertThat(earlier.at("/confirmation/source").asString()).isEqualTo("ENTERED_ABOVE");
        String id = declare(commune, "CONF_FLAG_C", 0, "2025-09-30").get("id").asString();
        assertThat(current("CONF_FLAG_C").get("progressId").asString()).isEqualTo(id);

        assertThat(decide(province, id, "\"0\"", Map.of("decision", "REJECT")).status()).as("a reason is required")
                .isEqualTo(400);
        var rejected = decide(province, id, "\"0\"", Map.of("decision", "REJECT", "note", "Chưa có quyết định"));
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
        assertThat(rejected.json().get("standing").asString()).isEqualTo("REJECTED");
        JsonNode now = current("CONF_FLAG_C");
        assertThat(now.get("progressId").asString()).isEqualTo(earlier.get("id").asString());
        assertThat(now.get("standing").asString()).isEqualTo("CONFIRMED");
    }
}
