package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seed 002 as the demo enters it (Ban Dân tộc tỉnh Cao Bằng's internal plan: no measurable targets, Giấy khen of the
 * head of the agency for its divisions and staff), under a code of this run, entered and launched by Sở Nội vụ Cao
 * Bằng. One per test run.
 */
final class AgencyPlanCopy {

    static final String ADMIN = "caobang.admin";
    /** Nông Văn Quyết, head of Ban Dân tộc (thủ trưởng cơ quan): decision-signer at 04-BDT. */
    static final String HEAD = "caobang.bdt.head";
    /** Lương Thị Mai, officer of Ban Dân tộc who prepares its dossiers: department-officer at 04-BDT. */
    static final String OFFICER = "caobang.bdt.officer";
    private static String campaignId;

    private AgencyPlanCopy() {
    }

    static synchronized String launched() {
        if (campaignId == null) {
            ObjectNode body = (ObjectNode) TestCampaigns.demoRequestBody("campaign-caobang-bdt").deepCopy();
            body.put("code", "CB-BDT-ST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
            // The demo names its parent (Cao Bằng's province plan, a draft) by {ref:…}; the copy stands alone.
            body.remove("parentCampaignId");
            var created = Answers.checked("seed 002 plan", Stack.GATEWAY_HTTP.post("/api/v1/campaigns", body)
                    .token(Stack.token(ADMIN)).send());
            assertThat(created.status()).as("seed 002 plan: " + created.text()).isEqualTo(201);
            String id = created.json().get("id").asString();
            var launched = Answers.checked("seed 002 launch", Stack.GATEWAY_HTTP.post("/api/v1/campaigns/" + id
                    + "/transitions", Map.of("transition", "LAUNCH", "note", "system test"))
                    .token(Stack.token(ADMIN)).send());
            assertThat(launched.status()).as("seed 002's plan (agency-internal, no targets) launches: %s",
                    launched.text()).isEqualTo(200);
            campaignId = id;
        }
        return campaignId;
    }
}
