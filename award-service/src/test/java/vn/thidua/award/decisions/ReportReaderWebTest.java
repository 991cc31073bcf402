package vn.thidua.award.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.test.ChangeFeedChecks.head;
import static vn.thidua.shared.test.ChangeFeedChecks.ids;

import java.time.Instant;
import java.time.LocalDate;
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
import vn.thidua.award.dossiers.Dossier;
import vn.thidua.award.dossiers.DossierFeed;
import vn.thidua.award.dossiers.DossierStatus;
import vn.thidua.award.dossiers.Nominee;
import vn.thidua.award.dossiers.RouteStop;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * The reporting service's account (role report-reader, national) over real HTTP: the dossiers and decisions feeds
 * answer for every province, with no personal data; a dossier, its citizen id, the lists, the audit chain, the
 * award history and every move answer 403 problem and change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class ReportReaderWebTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "award-report-reader-test");
        registry.add("thidua.services.registration", () -> "http://127.0.0.1:9");
        registry.add("thidua.services.campaign", () -> "http://127.0.0.1:9");
        registry.add("thidua.sync.settle-lag", () -> "0s");
    }

    static final String CITIZEN_ID = "011090000777";

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    TestHttp http;
    final String reader = TestTokens.token("service-account-thidua-reporting", null, "VN", UnitLevel.NATIONAL,
            PlatformRole.REPORT_READER);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    /** The standing agency of the province, the dossiers' first review stop (not a district: those closed in 2025). */
    static String agency(String tenant) {
        return tenant + "-SNNMT";
    }

    static String agencyOfficer(String tenant) {
        return TestTokens.token("u-" + tenant + "-std", tenant, agency(tenant), UnitLevel.AGENCY,
                PlatformRole.STANDING_AGENCY_OFFICER);
    }

    /** A dossier of a commune of the given province, waiting at its first review stop. */
    Dossier stored(String tenant, String district, String commune) {
        Dossier d = new Dossier();
        d.id = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        d.tenant = tenant;
        d.unitPath = List.of(tenant, district, commune);
        d.campaignId = "rr-" + tenant;
        d.year = 2024;
        d.occasion = "ANNUAL";
        d.nominee = new Nominee(Nominee.Type.INDIVIDUAL, "Lò Văn Báo", CITIZEN_ID, LocalDate.of(1981, 2, 3), null,
                "Chủ tịch UBND xã", null, null, "Bản Nà, xã Bình Lư");
        d.categoryCode = "OFFICIALS";
        d.awardFormCode = "BANG_KHEN_CAP_BO_TINH";
        d.proposingUnitCode = commune;
        d.proposingLevel = "COMMUNE";
        d.route = List.of(new RouteStop(0, agency(tenant), "AGENCY", null, RouteStop.Kind.REVIEW,
                "standing-agency-officer", null, null));
        d.routeUnits = List.of(agency(tenant));
        d.stopIndex = 0;
        d.holderUnitCode = agency(tenant);
        d.status = DossierStatus.IN_REVIEW;
        d.createdAt = Instant.now();
        d.updatedAt = Instant.now();
        return mongo.insert(d);
    }

    /** A move stamps the dossier into the feed. */
    void returned(Dossier dossier, String token) {
        var move = http.post("/api/v1/dossiers/" + dossier.id + "/transitions", Map.of("action", "RETURN", "reason",
                "Bổ sung minh chứng")).token(token).header("If-Match", "\"0\"").send();
        assertThat(move.status()).as(move.text()).isEqualTo(200);
    }

    @Test
    void readsTheDossierAndDecisionFeedsOfEveryProvince_withoutPersonalData() {
        long start = head(mongo, DossierFeed.FEED);
        Dossier laiChau = stored("12", "106", "03390");
        Dossier caoBang = stored("04", "051", "01654");
        returned(laiChau, agencyOfficer("12"));
        returned(caoBang, agencyOfficer("04"));
        var feed = http.get("/api/v1/dossiers/changes?since=" + start).token(reader).send();
        assertThat(feed.status()).as(feed.text()).isEqualTo(200);
        assertThat(ids(feed.json())).containsExactly(laiChau.id, caoBang.id);
        assertThat(feed.text()).doesNotContain(CITIZEN_ID, "1981-02-03", "Lò Văn Báo");
        var decisions = http.get("/api/v1/decisions/changes?since=0").token(reader).send();
        assertThat(decisions.status()).as(decisions.text()).isEqualTo(200);
    }

    @Test
    void isRefusedDossierDetailsAuditHistoryAndEveryMove_andChangesNothing() {
        Dossier dossier = stored("12", "106", "03390");
        for (String path : List.of("/api/v1/dossiers/" + dossier.id, "/api/v1/dossiers", "/api/v1/decisions",
                "/api/v1/audit/verify", "/api/v1/audit/1", "/api/v1/award-history")) {
            var response = http.get(path).token(reader).send();
            forbidden(response, "GET " + path);
            assertThat(response.text()).doesNotContain(CITIZEN_ID);
        }
        forbidden(http.post("/api/v1/dossiers/" + dossier.id + "/transitions", Map.of("action", "RETURN", "reason",
                "x")).token(reader).header("If-Match", "\"0\"").send(), "move a dossier");
        forbidden(http.post("/api/v1/dossiers", Map.of()).token(reader).send(), "propose");
        forbidden(http.post("/api/v1/dossiers/changes", Map.of()).token(reader).send(), "POST on a feed path");
        Dossier after = mongo.findById(dossier.id, Dossier.class);
        assertThat(after.status).isEqualTo(DossierStatus.IN_REVIEW);
        assertThat(after.version).isEqualTo(dossier.version);
    }

    static void forbidden(TestHttp.Response response, String what) {
        assertThat(response.status()).as(what + ": " + response.text()).isEqualTo(403);
        assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
    }
}
