package vn.thidua.registration;

import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.DISTRICT_OFFICER;
import static vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.QueryShapes;
import vn.thidua.shared.test.TestTokens;

/**
 * registration-service's query-shape registry (issue 15, rule in {@link QueryShapes}): registrations, batches,
 * progress, support assignments, the sync feeds, unit search and children, for the national board, a province, a
 * district and a commune, with each filter the API offers and the page after the first. Every query sent must be
 * served by an index declared at start-up and listed in {@code query-shapes-registration.txt}.
 */
@Import(QueryShapes.Capture.class)
class QueryShapesTest extends PlatformWebTest {

    @Autowired
    QueryShapes.Recorder recorder;
    @Autowired
    MongoTemplate mongo;

    final String national = TestTokens.token("n-admin", null, "00", UnitLevel.NATIONAL, NATIONAL_ADMIN);
    final String province = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String district = TestTokens.token("lc-district", "12", "106", UnitLevel.DISTRICT, DISTRICT_OFFICER);
    final String commune = TestTokens.token("lc-commune", "12", "03390", UnitLevel.COMMUNE, COMMUNE_OFFICER);

    @Test
    void everyQueryIsServedByADeclaredIndex() {
        exercise();
        QueryShapes.verify(recorder, mongo, "query-shapes-registration.txt");
    }

    @Test
    @Tag("real-mongodb")
    void onARealMongoDbEveryPlanIsAnIndexScanWithoutAnInMemorySort() {
        exercise();
        QueryShapes.explainOnRealMongo(recorder, mongo);
    }

    private void exercise() {
        for (String caller : List.of(national, province, district, commune)) {
            for (String filter : List.of("", "campaignId=c1", "year=2025", "unitCode=03390", "status=SUBMITTED",
                    "reviewerCode=106", "campaignId=c1&year=2025&status=APPROVED")) {
                QueryShapes.walk(http, caller, "/api/v1/registrations?" + filter);
            }
            for (String filter : List.of("", "campaignId=c1", "campaignId=c1&year=2025")) {
                QueryShapes.walk(http, caller, "/api/v1/registrations/batches?" + filter);
            }
            for (String filter : List.of("", "unitCode=03390", "indicator=i1", "campaignId=c1",
                    "from=2025-01-01&to=2025-12-31", "unitCode=03390&indicator=i1&from=2025-01-01")) {
                QueryShapes.walk(http, caller, "/api/v1/progress?" + filter);
            }
            for (String filter : List.of("", "supporterUnitCode=106", "supportedUnitCode=03390", "campaignId=c1")) {
                QueryShapes.walk(http, caller, "/api/v1/support-assignments?" + filter);
            }
            for (String filter : List.of("", "q=tam", "q=tam&level=COMMUNE", "province=12", "asOf=2025-01-01",
                    "province=12&level=COMMUNE&q=binh&asOf=2026-01-01")) {
                QueryShapes.walk(http, caller, "/api/v1/units?" + filter);
            }
            for (String filter : List.of("", "level=COMMUNE", "asOf=2025-01-01")) {
                QueryShapes.walk(http, caller, "/api/v1/units/12/children?" + filter);
            }
            for (String feed : List.of("/api/v1/registrations/changes", "/api/v1/progress/changes",
                    "/api/v1/support-assignments/changes")) {
                http.get(feed + "?since=0&size=5").token(caller).send();
            }
            http.get("/api/v1/registrations/aggregate?campaignId=c1&year=2025").token(caller).send();
            http.get("/api/v1/progress/current?unitCode=03390").token(caller).send();
            http.get("/api/v1/units/03390").token(caller).send();
            http.get("/api/v1/units/03390/ancestors").token(caller).send();
            http.get("/api/v1/units/03390/successors").token(caller).send();
            http.get("/api/v1/registrations/000000000000000000000001").token(caller).send();
        }
    }
}
