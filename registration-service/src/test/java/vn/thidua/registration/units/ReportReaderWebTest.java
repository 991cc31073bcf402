package vn.thidua.registration.units;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.registration.units.UnitRegistryApiTest.unit;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;
import static vn.thidua.shared.security.PlatformRole.REPORT_READER;
import static vn.thidua.shared.test.ChangeFeedChecks.head;
import static vn.thidua.shared.test.ChangeFeedChecks.ids;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.registration.PlatformWebTest;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * The reporting service's account (role report-reader, national) over real HTTP: the five change feeds of this
 * service answer, across provinces; a unit, a list, a registration, progress, and every write answer 403 problem and
 * write nothing.
 */
class ReportReaderWebTest extends PlatformWebTest {

    final String reader = TestTokens.token("service-account-thidua-reporting", null, "VN", UnitLevel.NATIONAL,
            REPORT_READER);
    final String laiChau = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String caoBang = TestTokens.token("cb-admin", "04", "04", UnitLevel.PROVINCE, PROVINCE_ADMIN);

    @Autowired
    MongoTemplate mongo;

    String create(String token, Map<String, Object> body) {
        var created = http.post("/api/v1/units", body).token(token).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("code").asString();
    }

    @Test
    void readsEveryFeedOfThisService_acrossProvinces() {
        long start = head(mongo, UnitFeed.UNITS);
        String lc = create(laiChau, unit(null, "VILLAGE", "Bản Báo Cáo", "03390", "2025-07-01"));
        String cb = create(caoBang, unit(null, "VILLAGE", "Xóm Báo Cáo", "01654", "2025-07-01"));
        var units = http.get("/api/v1/units/changes?since=" + start).token(reader).send();
        assertThat(units.status()).as(units.text()).isEqualTo(200);
        assertThat(ids(units.json())).containsExactly(lc, cb);
        for (String feed : List.of("units/successions", "registrations", "progress", "support-assignments")) {
            var page = http.get("/api/v1/" + feed + "/changes?since=0&size=5").token(reader).send();
            assertThat(page.status()).as(feed + ": " + page.text()).isEqualTo(200);
        }
    }

    @Test
    void isRefusedEverythingElse_andWritesNothing() {
        String village = create(laiChau, unit(null, "VILLAGE", "Bản Chỉ Đọc", "03390", "2025-07-01"));
        String units = mongo.getCollectionName(Unit.class);
        long before = mongo.getCollection(units).countDocuments();
        for (String path : List.of("/api/v1/units/" + village, "/api/v1/units?parentCode=12", "/api/v1/registrations",
                "/api/v1/progress", "/api/v1/progress/current", "/api/v1/support-assignments",
                "/api/v1/registrations/aggregate")) {
            forbidden(http.get(path).token(reader).send(), "GET " + path);
        }
        forbidden(http.post("/api/v1/units", unit(null, "VILLAGE", "Bản Không Được", "03390", "2025-07-01"))
                .token(reader).send(), "create a unit");
        forbidden(http.put("/api/v1/units/" + village, unit(village, "VILLAGE", "Đổi Tên", "03390", "2025-07-01"))
                .token(reader).header("If-Match", "\"0\"").send(), "rename a unit");
        forbidden(http.post("/api/v1/registrations", Map.of()).token(reader).send(), "register");
        forbidden(http.post("/api/v1/progress", Map.of()).token(reader).send(), "record progress");
        forbidden(http.post("/api/v1/units/changes", Map.of()).token(reader).send(), "POST on a feed path");
        assertThat(mongo.getCollection(units).countDocuments()).isEqualTo(before);
        var still = http.get("/api/v1/units/" + village).token(laiChau).send();
        assertThat(still.json().get("name").asString()).isEqualTo("Bản Chỉ Đọc");
    }

    static void forbidden(TestHttp.Response response, String what) {
        assertThat(response.status()).as(what + ": " + response.text()).isEqualTo(403);
        assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
    }
}
