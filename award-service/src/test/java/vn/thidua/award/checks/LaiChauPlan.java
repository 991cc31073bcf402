package vn.thidua.award.checks;

import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.award.clients.CampaignApi.CampaignRecord;

/**
 * The real Lai Châu plan (seed 004) as the demo data posts it to campaign-service, read into award-service's
 * consumer records: the rules under test are the plan's own, not made up for the test.
 */
public final class LaiChauPlan {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private LaiChauPlan() {
    }

    public static CampaignRecord campaign() {
        try {
            Path demo = Path.of("..", "launcher", "src", "main", "resources", "demo", "demo-data.json");
            JsonNode root = JSON.readTree(Files.readString(demo));
            for (JsonNode request : root.get("requests")) {
                if ("campaign-laichau-ntm".equals(request.path("key").asString())) {
                    JsonNode body = request.get("body");
                    ((tools.jackson.databind.node.ObjectNode) body).put("id", "lc-ntm");
                    ((tools.jackson.databind.node.ObjectNode) body).put("tenant", "12");
                    ((tools.jackson.databind.node.ObjectNode) body).put("status", "LAUNCHED");
                    return JSON.treeToValue(body, CampaignRecord.class);
                }
            }
            throw new IllegalStateException("campaign-laichau-ntm not in the demo data");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
