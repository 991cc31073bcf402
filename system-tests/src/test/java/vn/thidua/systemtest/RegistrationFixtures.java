package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.shared.test.TestHttp;

/**
 * A launched Lai Châu campaign of this run, made from the demo plan of seed 004 (same targets, offers and
 * REGISTRATION chain: districts → 12-SNNMT by 15/01 until 30/06/2025, communes → 12-SNNMT by 15/01 from
 * 01/07/2025, 12-SNNMT → 12-SNV by 31/01), with its own code and the period 2021–2027, so that 2025 is late and
 * 2027 (deadline 15/01/2027) is on time. One per test run; every run has its own.
 */
final class RegistrationFixtures {

    static final String OWNER = "laichau.admin";
    /** Campaigns through the gateway; a separate URL lets this run against a registration-service of its own. */
    static final TestHttp CAMPAIGNS = new TestHttp(System.getProperty("thidua.campaigns.url", Stack.GATEWAY));
    private static String campaignId;

    private RegistrationFixtures() {
    }

    static synchronized String campaignId() {
        if (campaignId == null) {
            campaignId = launchedCampaign();
        }
        return campaignId;
    }

    /** The body of a registration of Thị trấn Tam Đường / Xã Bình Lư (03390) in this run's campaign. */
    static Map<String, Object> registrationBody(int year) {
        return Map.of("campaignId", campaignId(), "year", year, "unitCode", "03390",
                "commitments", List.of(Map.of("targetCode", "COMMUNES_NTM", "indicator", "NTM_CRITERIA_MET",
                        "committedValue", 19, "unitOfMeasure", "CRITERIA")),
                "awardForms", List.of("CO_THI_DUA_CAP_BO_TINH"));
    }

    /** The isolation test's registration: 03390 for 2026 (RegistrationsSystemTest uses 2025 and 2027). */
    static Map<String, Object> isolationRegistrationBody() {
        return registrationBody(2026);
    }

    private static String launchedCampaign() {
        JsonNode plan = demoPlan("campaign-laichau-ntm");
        ObjectNode body = (ObjectNode) plan.deepCopy();
        body.put("code", "ST-REG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        body.put("name", "Phong trào kiểm thử đăng ký thi đua (system test)");
        body.put("endYear", 2027);
        // The demo names its national parent by {ref:…}; this test campaign stands alone.
        body.remove("parentCampaignId");
        String token = Stack.token(OWNER);
        var created = CAMPAIGNS.post("/api/v1/campaigns", body).token(token).send();
        assertThat(created.status()).as("campaign: " + created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var launched = CAMPAIGNS.post("/api/v1/campaigns/" + id + "/transitions",
                Map.of("transition", "LAUNCH", "note", "system test")).token(token).send();
        assertThat(launched.status()).as("launch: " + launched.text()).isEqualTo(200);
        return id;
    }

    private static JsonNode demoPlan(String key) {
        try {
            JsonNode data = TestHttp.JSON.readTree(Files.readString(Stack.ROOT.resolve(
                    "launcher/src/main/resources/demo/demo-data.json")));
            List<String> keys = new ArrayList<>();
            for (JsonNode item : data.get("requests")) {
                keys.add(item.get("key").asString());
                if (key.equals(item.get("key").asString())) {
                    return item.get("body");
                }
            }
            throw new IllegalStateException("no demo request " + key + " among " + keys);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
