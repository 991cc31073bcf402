package vn.thidua.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;
import static vn.thidua.shared.test.ChangeFeedChecks.head;
import static vn.thidua.shared.test.ChangeFeedChecks.ids;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.sync.Stamp;
import vn.thidua.shared.test.ChangeFeedChecks;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * The campaigns change feed over real HTTP: order, paging, a campaign changed again comes again later with its new
 * version, deleted drafts as tombstones, scope, the settle gate (lag 0 here; a stamp in the future is unsettled)
 * and bad parameters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class CampaignFeedApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "campaign-feed-test");
        registry.add("thidua.sync.settle-lag", () -> "0s");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;
    final String national = TestTokens.token("nat", null, "VN", UnitLevel.NATIONAL, NATIONAL_ADMIN);
    final String laiChau = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String caoBang = TestTokens.token("cb-admin", "04", "04", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String commune = TestTokens.token("lc-03390", "12", "03390", UnitLevel.COMMUNE, COMMUNE_OFFICER);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    String created(String token) {
        Map<String, Object> plan = new HashMap<>(Map.of("code", "KH-" + UUID.randomUUID(), "name",
                "Kế hoạch thực hiện phong trào", "level", "PROVINCE", "kind", "BY_PERIOD", "startYear", 2026,
                "endYear", 2030, "calendar", Map.of("milestones", List.of(Map.of("code", "SO_KET",
                        "kind", "MID_TERM_REVIEW", "year", 2028)))));
        var response = http.post("/api/v1/campaigns", plan).token(token).send();
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    JsonNode page(String token, long since, int size) {
        var response = http.get("/api/v1/campaigns/changes?since=" + since + "&size=" + size).token(token).send();
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aCampaignChangedBetweenPagesComesAgainLater_withItsVersion_andADeletedDraftAsATombstone() {
        long start = head(mongo, CampaignFeed.FEED);
        String launched = created(laiChau);
        String draft = created(laiChau);
        JsonNode first = page(laiChau, start, 1);
        assertThat(ids(first)).containsExactly(launched);
        assertThat(first.get("more").asBoolean()).isTrue();
        assertThat(first.at("/items/0/version").asLong()).isZero();
        assertThat(first.at("/items/0/status").asString()).isEqualTo("DRAFT");

        var launch = http.post("/api/v1/campaigns/" + launched + "/transitions", Map.of("transition", "LAUNCH"))
                .token(laiChau).send();
        assertThat(launch.status()).as(launch.text()).isEqualTo(200);
        JsonNode rest = page(laiChau, first.get("nextCursor").asLong(), 10);
        assertThat(ids(rest)).containsExactly(draft, launched);
        JsonNode again = rest.get("items").get(1);
        assertThat(again.get("version").asLong()).isEqualTo(1);
        assertThat(again.get("status").asString()).isEqualTo("LAUNCHED");
        assertThat(again.at("/campaign/status").asString()).isEqualTo("LAUNCHED");
        assertThat(again.at("/campaign/startYear").asInt()).isEqualTo(2026);
        assertThat(again.get("deleted").asBoolean()).isFalse();

        assertThat(http.delete("/api/v1/campaigns/" + draft).token(laiChau).send().status()).as("If-Match needed")
                .isEqualTo(428);
        assertThat(http.delete("/api/v1/campaigns/" + draft).token(caoBang).header("If-Match", "\"0\"").send()
                .status()).isEqualTo(404);
        assertThat(http.delete("/api/v1/campaigns/" + launched).token(laiChau).header("If-Match", "\"1\"").send()
                .status()).as("a launched campaign is closed, never deleted").isEqualTo(409);
        assertThat(http.delete("/api/v1/campaigns/" + draft).token(laiChau).header("If-Match", "\"0\"").send()
                .status()).isEqualTo(204);
        assertThat(http.get("/api/v1/campaigns/" + draft).token(laiChau).send().status()).isEqualTo(404);
        JsonNode deleted = page(laiChau, rest.get("nextCursor").asLong(), 10);
        assertThat(ids(deleted)).containsExactly(draft);
        JsonNode tombstone = deleted.get("items").get(0);
        assertThat(tombstone.get("deleted").asBoolean()).isTrue();
        assertThat(tombstone.propertyNames()).containsExactlyInAnyOrder("id", "deleted", "changeSeq", "changedAt");

        assertThat(ids(page(national, start, 10))).containsExactly(launched, draft);
        assertThat(ids(page(commune, start, 10))).as("the commune sees the launched plan, never the draft")
                .containsExactly(launched);
        assertThat(ids(page(caoBang, start, 10))).as("another province sees nothing of Lai Châu").isEmpty();
    }

    @Test
    void anUnsettledCampaignStopsTheFeed_untilItSettles() {
        long start = head(mongo, CampaignFeed.FEED);
        String a = created(laiChau);
        String b = created(laiChau);
        String c = created(laiChau);
        Query bQuery = Query.query(Criteria.where("_id").is(b));
        Instant written = mongo.findOne(bQuery, Campaign.class).changedAt();
        mongo.updateFirst(bQuery, Update.update(Stamp.AT, Instant.now().plusSeconds(600)), Campaign.class);
        try {
            JsonNode gated = page(laiChau, start, 10);
            assertThat(ids(gated)).containsExactly(a);
            assertThat(gated.get("more").asBoolean()).isTrue();
        } finally {
            mongo.updateFirst(bQuery, Update.update(Stamp.AT, written), Campaign.class);
        }
        assertThat(ids(page(laiChau, start, 10))).containsExactly(a, b, c);
    }

    @Test
    void theFeedIsInTheOpenApiDocument_itemsCampaignsOrTombstones() {
        JsonNode docs = http.get("/v3/api-docs").send().json();
        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/campaigns/changes", "/api/v1/campaigns/{id}");
        assertThat(docs.at("/paths/~1api~1v1~1campaigns~1{id}/delete").isObject()).isTrue();
        assertThat(docs.at("/components/schemas/CampaignChangePage/properties/items/items/oneOf").toString())
                .contains("CampaignChange", "Tombstone");
    }

    @Test
    void badSinceOrSizeIs400NamingTheParameter() {
        ChangeFeedChecks.refusesBadParameters(http, "/api/v1/campaigns/changes", laiChau);
        assertThat(http.get("/api/v1/campaigns/changes").send().status()).isEqualTo(401);
    }
}
