package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.shared.test.TestHttp;

/** Campaigns a system test launches for itself: copies of the demo's Lai Châu plan (seed 004) under a new code. */
final class TestCampaigns {

    static final String OWNER = "laichau.admin";

    private TestCampaigns() {
    }

    /**
     * Posts a copy of the demo's Lai Châu plan as laichau.admin, running to 2027, and launches it.
     *
     * @param campaigns where campaign-service answers (the gateway, or the service itself)
     * @return the launched campaign's id
     */
    static String launchedLaiChauCopy(TestHttp campaigns, String codePrefix, String name) {
        return launchedLaiChauCopy(campaigns, codePrefix, name, body -> { });
    }

    /** The same, with the copy changed before it is posted (its own offers and rules, say). */
    static String launchedLaiChauCopy(TestHttp campaigns, String codePrefix, String name,
            java.util.function.Consumer<ObjectNode> edit) {
        ObjectNode body = (ObjectNode) demoRequestBody("campaign-laichau-ntm").deepCopy();
        body.put("code", codePrefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        body.put("name", name);
        body.put("endYear", 2027);
        // The demo names its national parent by {ref:…}; a test campaign stands alone.
        body.remove("parentCampaignId");
        edit.accept(body);
        String token = Stack.token(OWNER);
        var created = campaigns.post("/api/v1/campaigns", body).token(token).send();
        assertThat(created.status()).as("campaign: " + created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var launched = campaigns.post("/api/v1/campaigns/" + id + "/transitions",
                Map.of("transition", "LAUNCH", "note", "system test")).token(token).send();
        assertThat(launched.status()).as("launch: " + launched.text()).isEqualTo(200);
        return id;
    }

    /** The body of one request of the launcher's demo data, by its key. */
    static JsonNode demoRequestBody(String key) {
        try {
            JsonNode data = TestHttp.JSON.readTree(Files.readString(Stack.ROOT.resolve(
                    "launcher/src/main/resources/demo/demo-data.json")));
            for (JsonNode item : data.get("requests")) {
                if (key.equals(item.get("key").asString())) {
                    return item.get("body");
                }
            }
            throw new IllegalStateException("no demo request " + key);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
