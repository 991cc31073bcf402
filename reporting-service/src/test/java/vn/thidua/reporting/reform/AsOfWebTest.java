package vn.thidua.reporting.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.thidua.reporting.readmodel.Change;
import vn.thidua.reporting.readmodel.Projections;
import vn.thidua.reporting.readmodel.ReadModelStore;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * A merged province's 2021–2025 final review: province 93 took in province 94 on 1 July 2025; communes 93001 and
 * 94001 (of the two old provinces) and 93002 merged into 93100. Awards before and after the reform, through the
 * read model as the followers fill it: each award once under the successor, the admin of province 93 sees 94's
 * history, the admin of another province gets 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class AsOfWebTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "reporting-asof-test");
        registry.add("thidua.reporting.feeds.enabled", () -> "false");
    }

    static final String ADMIN_93 = TestTokens.token("a93", "93", "93", UnitLevel.PROVINCE,
            PlatformRole.PROVINCE_ADMIN);
    static final String ADMIN_04 = TestTokens.token("a04", "04", "04", UnitLevel.PROVINCE,
            PlatformRole.PROVINCE_ADMIN);
    static final String NATIONAL = TestTokens.token("nat", null, "VN", UnitLevel.NATIONAL,
            PlatformRole.NATIONAL_ADMIN);

    @LocalServerPort
    int port;

    @Autowired
    ReadModelStore store;

    static Change unit(String code, String tenant, List<String> path, String from, String to, long seq) {
        return new Change(code + ":" + from, seq, false, Projections.document("code", code, "name", "Đơn vị " + code,
                "tenant", tenant, "path", path, "validFrom", from, "validTo", to));
    }

    static Change link(String from, String to, long seq) {
        return new Change(from + ">" + to, seq, false, Projections.document("fromCode", from, "toCode", to,
                "kind", "WHOLE_MERGE", "effectiveDate", "2025-07-01"));
    }

    static Change award(String id, long seq, String tenant, List<String> path, int year) {
        return new Change(id, seq, false, Projections.document("status", "PUBLISHED", "tenant", tenant,
                "unitPath", path, "campaignId", "c93", "year", year, "awardFormCode", "GIAY_KHEN",
                "awardLevel", "COMMUNE"));
    }

    @BeforeEach
    void readModel() {
        for (String feed : List.of(Projections.UNITS, Projections.SUCCESSIONS, Projections.DOSSIERS)) {
            store.reset(feed);
        }
        store.apply(Projections.UNITS, List.of(
                unit("93", "93", List.of("93"), "2000-01-01", null, 1),
                unit("94", "94", List.of("94"), "2000-01-01", "2025-06-30", 2),
                unit("931", "93", List.of("93", "931"), "2000-01-01", "2025-06-30", 3),
                unit("93001", "93", List.of("93", "931", "93001"), "2000-01-01", "2025-06-30", 4),
                unit("93002", "93", List.of("93", "931", "93002"), "2000-01-01", "2025-06-30", 5),
                unit("94001", "94", List.of("94", "94001"), "2000-01-01", "2025-06-30", 6),
                unit("93100", "93", List.of("93", "93100"), "2025-07-01", null, 7)));
        store.apply(Projections.SUCCESSIONS, List.of(link("94", "93", 1), link("93001", "93100", 2),
                link("93002", "93100", 3), link("94001", "93100", 4)));
        store.apply(Projections.DOSSIERS, List.of(
                award("d1", 1, "93", List.of("93", "931", "93001"), 2022),
                award("d2", 2, "93", List.of("93", "931", "93002"), 2024),
                award("d3", 3, "94", List.of("94", "94001"), 2023),
                award("d4", 4, "93", List.of("93", "93100"), 2025)));
    }

    TestHttp http() {
        return new TestHttp("http://localhost:" + port);
    }

    @Test
    void theMergedCommuneCarriesEachAwardOfItsPredecessorsOnce() {
        JsonNode report = http().get("/api/v1/reports/awards-as-of?asOf=2026-01-15").token(ADMIN_93).send().json();

        assertThat(report.get("total").asLong()).isEqualTo(4);
        assertThat(report.get("rows")).hasSize(1);
        JsonNode row = report.get("rows").get(0);
        assertThat(row.get("unitCode").asString()).isEqualTo("93100");
        assertThat(row.get("awards").asLong()).isEqualTo(4);
        assertThat(row.get("byLevel").get("COMMUNE").asLong()).isEqualTo(4);
        assertThat(row.get("fromUnits").toString()).contains("93001", "93002", "94001", "93100");
        assertThat(report.get("dataAsOf").has("feeds")).isTrue();
    }

    @Test
    void asOfTheDayBeforeTheReformTheUnitsAreAsTheyWere() {
        JsonNode national = http().get("/api/v1/reports/awards-as-of?asOf=2025-06-30").token(NATIONAL).send().json();
        assertThat(national.get("total").asLong()).isEqualTo(4);
        List<String> codes = new java.util.ArrayList<>();
        national.get("rows").forEach(r -> codes.add(r.get("unitCode").asString()));
        assertThat(codes).containsExactly("93001", "93002", "93100", "94001");
    }

    @Test
    void anotherProvinceSeesNothingOfIt() {
        assertThat(http().get("/api/v1/reports/awards-as-of?unit=93").token(ADMIN_04).send().status()).isEqualTo(404);
        JsonNode own = http().get("/api/v1/reports/awards-as-of").token(ADMIN_04).send().json();
        assertThat(own.get("total").asLong()).isZero();
        assertThat(http().get("/api/v1/reports/awards-as-of?asOf=2025-13-01").token(ADMIN_04).send().status())
                .isEqualTo(400);
    }
}
