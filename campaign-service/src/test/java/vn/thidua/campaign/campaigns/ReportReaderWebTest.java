package vn.thidua.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;
import static vn.thidua.shared.security.PlatformRole.REPORT_READER;
import static vn.thidua.shared.test.ChangeFeedChecks.head;
import static vn.thidua.shared.test.ChangeFeedChecks.ids;

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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * The reporting service's account (role report-reader, national) over real HTTP: it reads the campaigns feed of
 * every province, and gets 403 problem on a campaign, the list, the catalogue and every write, which write nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class ReportReaderWebTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "campaign-report-reader-test");
        registry.add("thidua.sync.settle-lag", () -> "0s");
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    TestHttp http;
    final String reader = TestTokens.token("service-account-thidua-reporting", null, "VN", UnitLevel.NATIONAL,
            REPORT_READER);
    final String laiChau = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String caoBang = TestTokens.token("cb-admin", "04", "04", UnitLevel.PROVINCE, PROVINCE_ADMIN);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    Map<String, Object> plan() {
        return new HashMap<>(Map.of("code", "KH-" + UUID.randomUUID(), "name", "Kế hoạch phong trào", "level",
                "PROVINCE", "kind", "BY_PERIOD", "startYear", 2026, "endYear", 2030, "calendar",
                Map.of("milestones", List.of(Map.of("code", "SO_KET", "kind", "MID_TERM_REVIEW", "year", 2028)))));
    }

    String created(String token) {
        var response = http.post("/api/v1/campaigns", plan()).token(token).send();
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    @Test
    void readsTheFeedOfEveryProvince() {
        long start = head(mongo, CampaignFeed.FEED);
        String lc = created(laiChau);
        String cb = created(caoBang);
        var feed = http.get("/api/v1/campaigns/changes?since=" + start).token(reader).send();
        assertThat(feed.status()).as(feed.text()).isEqualTo(200);
        assertThat(ids(feed.json())).containsExactly(lc, cb);
    }

    @Test
    void isRefusedEverythingElse_andWritesNothing() {
        String lc = created(laiChau);
        long campaigns = mongo.getCollection(mongo.getCollectionName(Campaign.class)).countDocuments();
        for (String path : List.of("/api/v1/campaigns/" + lc, "/api/v1/campaigns", "/api/v1/award-catalogue")) {
            forbidden(http.get(path).token(reader).send(), "GET " + path);
        }
        forbidden(http.post("/api/v1/campaigns", plan()).token(reader).send(), "create");
        forbidden(http.post("/api/v1/campaigns/" + lc + "/transitions", Map.of("transition", "LAUNCH"))
                .token(reader).send(), "launch");
        forbidden(http.delete("/api/v1/campaigns/" + lc).token(reader).header("If-Match", "\"0\"").send(), "delete");
        forbidden(http.post("/api/v1/campaigns/changes", Map.of()).token(reader).send(), "POST on the feed path");
        assertThat(mongo.getCollection(mongo.getCollectionName(Campaign.class)).countDocuments()).isEqualTo(campaigns);
        var still = http.get("/api/v1/campaigns/" + lc).token(laiChau).send();
        assertThat(still.json().get("status").asString()).isEqualTo("DRAFT");
    }

    static void forbidden(TestHttp.Response response, String what) {
        assertThat(response.status()).as(what + ": " + response.text()).isEqualTo(403);
        assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
    }
}
