package vn.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;

import com.mongodb.client.MongoClient;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.QueryShapes;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * campaign-service's query-shape registry (issue 15, rule in {@link QueryShapes}): the campaign list (summaries
 * and full plans, each status) and the award catalogue for the national board, a province and a commune, with
 * the page after the first; a campaign, its versions and lower plans. Every query sent must be served by an index
 * declared at start-up and listed in {@code query-shapes-campaign.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({PlatformTestSupport.class, QueryShapes.Capture.class})
class QueryShapesTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "campaign-shapes");
    }

    @LocalServerPort
    int port;
    @Autowired
    QueryShapes.Recorder recorder;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MongoClient client;

    TestHttp http;

    final String national = TestTokens.token("n-admin", null, "00", UnitLevel.NATIONAL, NATIONAL_ADMIN);
    final String province = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String commune = TestTokens.token("lc-commune", "12", "03430", UnitLevel.COMMUNE, COMMUNE_OFFICER);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    @Test
    void everyQueryIsServedByADeclaredIndex() {
        exercise();
        QueryShapes.verify(recorder, mongo, "query-shapes-campaign.txt");
    }

    /** The time limit of every query (thidua.store.query-timeout, default 5 s) is the client's operation timeout. */
    @Test
    void theServicesStoreClientHasTheQueryTimeLimit() {
        assertThat(client.getTimeout(TimeUnit.MILLISECONDS)).isEqualTo(5_000L);
        assertThat(mongo.getDb().getTimeout(TimeUnit.MILLISECONDS)).isEqualTo(5_000L);
    }

    @Test
    @Tag("real-mongodb")
    void onARealMongoDbEveryPlanIsAnIndexScanWithoutAnInMemorySort() {
        exercise();
        QueryShapes.explainOnRealMongo(recorder, mongo);
    }

    private void exercise() {
        for (String caller : List.of(national, province, commune)) {
            for (String filter : List.of("", "status=LAUNCHED", "view=full", "view=full&status=DRAFT")) {
                QueryShapes.walk(http, caller, "/api/v1/campaigns?" + filter);
            }
            for (String filter : List.of("", "kind=FORM", "level=COMMUNE", "kind=TITLE&level=STATE")) {
                QueryShapes.walk(http, caller, "/api/v1/award-catalogue?" + filter);
            }
            JsonNode some = http.get("/api/v1/campaigns?size=1").token(caller).send().json().get("items");
            if (!some.isEmpty()) {
                String id = some.get(0).get("id").asString();
                http.get("/api/v1/campaigns/" + id).token(caller).send();
                http.get("/api/v1/campaigns/" + id + "/versions").token(caller).send();
                http.get("/api/v1/campaigns/" + id + "/lower-plans").token(caller).send();
            }
        }
    }
}
