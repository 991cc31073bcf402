package vn.thidua.award;

import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.DISTRICT_OFFICER;
import static vn.thidua.shared.security.PlatformRole.INSPECTOR;
import static vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;

import java.util.List;
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
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.QueryShapes;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * award-service's query-shape registry (issue 15, rule in {@link QueryShapes}): every list and read, for the
 * national board, a province, a district and a commune, with each filter the API offers, and the page after the
 * first; every query sent must be served by an index declared at start-up and listed in
 * {@code query-shapes-award.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({PlatformTestSupport.class, QueryShapes.Capture.class})
class QueryShapesTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "award-shapes");
        registry.add("thidua.services.registration", () -> "http://127.0.0.1:9");
        registry.add("thidua.services.campaign", () -> "http://127.0.0.1:9");
    }

    @LocalServerPort
    int port;
    @Autowired
    QueryShapes.Recorder recorder;
    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    final String national = TestTokens.token("n-admin", null, "00", UnitLevel.NATIONAL, NATIONAL_ADMIN);
    final String inspector = TestTokens.token("n-insp", null, "00", UnitLevel.NATIONAL, INSPECTOR);
    final String province = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String district = TestTokens.token("lc-district", "12", "106", UnitLevel.DISTRICT, DISTRICT_OFFICER);
    final String commune = TestTokens.token("lc-commune", "12", "03390", UnitLevel.COMMUNE, COMMUNE_OFFICER);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    @Test
    void everyQueryIsServedByADeclaredIndex() {
        exercise();
        QueryShapes.verify(recorder, mongo, "query-shapes-award.txt");
    }

    @Test
    @Tag("real-mongodb")
    void onARealMongoDbEveryPlanIsAnIndexScanWithoutAnInMemorySort() {
        exercise();
        QueryShapes.explainOnRealMongo(recorder, mongo);
    }

    private void exercise() {
        for (String caller : List.of(national, province, district, commune)) {
            for (String filter : List.of("", "status=IN_REVIEW", "campaignId=c1", "holderUnitCode=106",
                    "status=IN_REVIEW&campaignId=c1&holderUnitCode=106")) {
                QueryShapes.walk(http, caller, "/api/v1/dossiers?" + filter);
            }
            QueryShapes.walk(http, caller, "/api/v1/decisions");
            http.get("/api/v1/dossiers/000000000000000000000001").token(caller).send();
            http.get("/api/v1/decisions/000000000000000000000001").token(caller).send();
            for (String lookup : List.of("personalId=012345678901", "name=Nguyen", "personalId=012345678901&year=2024"
                    + "&awardFormCode=BK&nomineeType=INDIVIDUAL")) {
                QueryShapes.walk(http, caller, "/api/v1/award-history?" + lookup);
            }
        }
        for (String caller : List.of(inspector, province)) {
            for (String filter : List.of("", "subjectId=d1", "from=2026-01-01&to=2026-12-31",
                    "subjectId=d1&from=2026-01-01")) {
                QueryShapes.walk(http, caller, "/api/v1/audit?" + filter);
            }
            http.get("/api/v1/audit/1").token(caller).send();
            http.get("/api/v1/audit/verify").token(caller).send();
        }
        QueryShapes.walk(http, inspector, "/api/v1/audit?tenant=12");
    }
}
