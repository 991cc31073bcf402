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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.thidua.award.dossiers.Dossier;
import vn.thidua.award.dossiers.DossierFeed;
import vn.thidua.award.dossiers.DossierStatus;
import vn.thidua.award.dossiers.Nominee;
import vn.thidua.award.dossiers.RouteStop;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.sync.Stamp;
import vn.thidua.shared.test.ChangeFeedChecks;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * The dossiers and decisions change feeds over real HTTP: every move stamps, an item moved again comes again later
 * and never twice in a page, no personal data in items, scope (route, subtree, province, national), the settle gate,
 * a revocation as its own item in the decisions feed, a withdrawn decision as a tombstone, bad parameters.
 * Dossiers are put in the store as submission leaves them (the other services are down here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class ChangeFeedsWebTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "award-feeds-test");
        registry.add("thidua.services.registration", () -> "http://127.0.0.1:9");
        registry.add("thidua.services.campaign", () -> "http://127.0.0.1:9");
        registry.add("thidua.sync.settle-lag", () -> "0s");
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    DecisionFeed decisionFeed;

    TestHttp http;
    final String district = TestTokens.token("u-district", "12", "106", UnitLevel.DISTRICT,
            PlatformRole.DISTRICT_OFFICER);
    final String standing = TestTokens.token("u-standing", "12", "12-SNNMT", UnitLevel.AGENCY,
            PlatformRole.STANDING_AGENCY_OFFICER);
    final String commune = TestTokens.token("u-commune", "12", "03390", UnitLevel.COMMUNE,
            PlatformRole.COMMUNE_OFFICER);
    final String otherCommune = TestTokens.token("u-commune2", "12", "03391", UnitLevel.COMMUNE,
            PlatformRole.COMMUNE_OFFICER);
    final String admin = TestTokens.token("u-admin", "12", "12", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN);
    final String signer = TestTokens.token("u-signer", "12", "12", UnitLevel.PROVINCE, PlatformRole.DECISION_SIGNER);
    final String caoBang = TestTokens.token("u-cb", "04", "04", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN);
    final String national = TestTokens.token("u-national", null, "VN", UnitLevel.NATIONAL,
            PlatformRole.NATIONAL_ADMIN);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    /** A year-2024 dossier of commune 03390 for an individual, at district 106. */
    Dossier stored(DossierStatus status) {
        Dossier d = new Dossier();
        d.id = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        d.tenant = "12";
        d.unitPath = List.of("12", "106", "03390");
        d.campaignId = "lc-ntm";
        d.year = 2024;
        d.occasion = "ANNUAL";
        d.nominee = new Nominee(Nominee.Type.INDIVIDUAL, "Lò Văn A", "011090000001", LocalDate.of(1980, 1, 1), null,
                "Chủ tịch UBND xã", null, null, "Bản Nà, xã Bình Lư");
        d.categoryCode = "OFFICIALS";
        d.awardFormCode = "BANG_KHEN_CAP_BO_TINH";
        d.proposingUnitCode = "03390";
        d.proposingLevel = "COMMUNE";
        d.route = List.of(
                new RouteStop(0, "106", "DISTRICT", null, RouteStop.Kind.REVIEW, "district-officer", null, null),
                new RouteStop(1, "12-SNNMT", "AGENCY", null, RouteStop.Kind.REVIEW, "standing-agency-officer", null,
                        null),
                new RouteStop(2, "12-SNV", "AGENCY", null, RouteStop.Kind.APPRAISAL, "appraiser", null, null));
        d.routeUnits = List.of("106", "12-SNNMT", "12-SNV");
        d.stopIndex = 0;
        d.holderUnitCode = "106";
        d.status = status;
        d.late = true;
        d.createdAt = Instant.now();
        d.updatedAt = Instant.now();
        return mongo.insert(d);
    }

    JsonNode page(String feed, String token, long since, int size) {
        var response = http.get("/api/v1/" + feed + "/changes?since=" + since + "&size=" + size).token(token).send();
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.text()).as("no personal data in a feed").doesNotContain("011090000001", "Lò Văn A",
                "1980-01-01", "Bản Nà");
        return response.json();
    }

    void returned(Dossier dossier) {
        // Returned by the standing agency: district 106 no longer writes after 1 July 2025 (UnitsInForce).
        Dossier atStanding = mongo.findById(dossier.id, Dossier.class);
        atStanding.stopIndex = 1;
        atStanding.holderUnitCode = "12-SNNMT";
        atStanding = mongo.save(atStanding);
        var moved = http.post("/api/v1/dossiers/" + dossier.id + "/transitions", Map.of("action", "RETURN", "reason",
                "Bổ sung minh chứng")).token(standing).header("If-Match", "\"" + atStanding.version + "\"").send();
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    }

    @Test
    void aDossierMovedBetweenPagesComesAgainAfterLaterOnes_withWhatCountersNeed_withinScope() throws Exception {
        long start = head(mongo, DossierFeed.FEED);
        Dossier a = stored(DossierStatus.IN_REVIEW);
        Dossier b = stored(DossierStatus.IN_REVIEW);
        returned(a);
        returned(b);
        JsonNode first = page("dossiers", admin, start, 1);
        assertThat(ids(first)).containsExactly(a.id);
        assertThat(first.get("more").asBoolean()).isTrue();
        JsonNode item = first.get("items").get(0);
        assertThat(item.get("status").asString()).isEqualTo("RETURNED");
        assertThat(item.get("tenant").asString()).isEqualTo("12");
        assertThat(item.get("year").asInt()).isEqualTo(2024);
        assertThat(item.get("campaignId").asString()).isEqualTo("lc-ntm");
        assertThat(item.get("awardFormCode").asString()).isEqualTo("BANG_KHEN_CAP_BO_TINH");
        assertThat(item.get("nomineeType").asString()).isEqualTo("INDIVIDUAL");
        assertThat(item.get("late").asBoolean()).isTrue();
        assertThat(item.get("refused").asBoolean()).isFalse();
        assertThat(item.get("unitPath").toString()).isEqualTo("[\"12\",\"106\",\"03390\"]");
        assertThat(item.get("route").toString()).isEqualTo("[\"106\",\"12-SNNMT\",\"12-SNV\"]");
        // Version 2: put at the standing agency in the store (1), then returned through the API (2).
        assertThat(item.get("version").asLong()).isEqualTo(2);

        // An attachment is a write too: a comes again, after b, never twice in one page.
        assertThat(upload(a.id, commune)).isEqualTo(201);
        JsonNode rest = page("dossiers", admin, first.get("nextCursor").asLong(), 10);
        assertThat(ids(rest)).containsExactly(b.id, a.id);
        assertThat(rest.at("/items/1/version").asLong()).isEqualTo(3);
        assertThat(rest.get("more").asBoolean()).isFalse();

        assertThat(ids(page("dossiers", commune, start, 10))).containsExactly(b.id, a.id);
        assertThat(ids(page("dossiers", district, start, 10))).as("on its route").containsExactly(b.id, a.id);
        assertThat(ids(page("dossiers", otherCommune, start, 10))).as("another commune's subtree").isEmpty();
        assertThat(ids(page("dossiers", caoBang, start, 10))).as("another province").isEmpty();
        assertThat(ids(page("dossiers", national, start, 10))).containsExactly(b.id, a.id);
    }

    @Test
    void anUnsettledDossierStopsTheFeed_untilItSettles() {
        long start = head(mongo, DossierFeed.FEED);
        Dossier a = stored(DossierStatus.IN_REVIEW);
        Dossier b = stored(DossierStatus.IN_REVIEW);
        returned(a);
        returned(b);
        Query aQuery = Query.query(Criteria.where("_id").is(a.id));
        Instant written = mongo.findOne(aQuery, Dossier.class).changedAt;
        mongo.updateFirst(aQuery, Update.update(Stamp.AT, Instant.now().plusSeconds(600)), Dossier.class);
        try {
            JsonNode gated = page("dossiers", admin, start, 10);
            assertThat(ids(gated)).as("b's higher number waits behind a").isEmpty();
            assertThat(gated.get("more").asBoolean()).isTrue();
            assertThat(gated.get("nextCursor").asLong()).isEqualTo(start);
        } finally {
            mongo.updateFirst(aQuery, Update.update(Stamp.AT, written), Dossier.class);
        }
        assertThat(ids(page("dossiers", admin, start, 10))).containsExactly(a.id, b.id);
    }

    @Test
    void aRevocationIsAnItemOfTheDecisionsFeed_andAWithdrawnDecisionATombstone() {
        long start = head(mongo, DecisionFeed.FEED);
        long dossiersStart = head(mongo, DossierFeed.FEED);
        Dossier awarded = stored(DossierStatus.PUBLISHED);
        Decision decision = decision("12", awarded);
        awarded.decisionId = decision.id;
        awarded.decidedAtUnitCode = "12";
        awarded.holderUnitCode = "03390";
        awarded = mongo.save(awarded);
        Decision withdrawn = decision("12", stored(DossierStatus.APPROVED));
        mongo.remove(Query.query(Criteria.where("_id").is(withdrawn.id)), Decision.class);
        decisionFeed.removed(withdrawn);
        Decision foreign = decision("04", stored(DossierStatus.APPROVED));

        var revoked = http.post("/api/v1/dossiers/" + awarded.id + "/revocation", Map.of("reason",
                "Khai man thành tích", "legalBasis", "Điều 94 Luật Thi đua, khen thưởng")).token(signer)
                .header("If-Match", "\"" + awarded.version + "\"").send();
        assertThat(revoked.status()).as(revoked.text()).isEqualTo(200);

        JsonNode all = page("decisions", admin, start, 10);
        assertThat(ids(all)).containsExactly(decision.id, withdrawn.id, "revocation:" + awarded.id);
        JsonNode issued = all.get("items").get(0);
        assertThat(issued.get("kind").asString()).isEqualTo("DECISION");
        assertThat(issued.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(issued.at("/awardees/0/dossierId").asString()).isEqualTo(awarded.id);
        assertThat(issued.at("/awardees/0/awardFormCode").asString()).isEqualTo("BANG_KHEN_CAP_BO_TINH");
        assertThat(issued.at("/awardees/0/prizeMoneyVnd").asLong()).isEqualTo(2_340_000);
        JsonNode tombstone = all.get("items").get(1);
        assertThat(tombstone.propertyNames()).containsExactlyInAnyOrder("id", "deleted", "changeSeq", "changedAt");
        assertThat(tombstone.get("deleted").asBoolean()).isTrue();
        JsonNode revocation = all.get("items").get(2);
        assertThat(revocation.get("kind").asString()).isEqualTo("REVOCATION");
        assertThat(revocation.get("decisionId").asString()).isEqualTo(decision.id);
        assertThat(revocation.get("dossierId").asString()).isEqualTo(awarded.id);
        assertThat(revocation.get("legalBasis").asString()).contains("Điều 94");
        assertThat(revocation.get("revokedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");

        assertThat(ids(page("decisions", national, start, 10))).containsExactly(decision.id, withdrawn.id,
                foreign.id, "revocation:" + awarded.id);
        assertThat(ids(page("decisions", caoBang, start, 10))).containsExactly(foreign.id);

        JsonNode dossiers = page("dossiers", admin, dossiersStart, 20);
        JsonNode last = dossiers.get("items").get(dossiers.get("items").size() - 1);
        assertThat(last.get("id").asString()).isEqualTo(awarded.id);
        assertThat(last.get("status").asString()).isEqualTo("REVOKED");
        assertThat(last.get("revoked").asBoolean()).isTrue();
        assertThat(last.get("decisionId").asString()).isEqualTo(decision.id);
    }

    @Test
    void theFeedsAreInTheOpenApiDocument() {
        JsonNode docs = http.get("/v3/api-docs").send().json();
        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/dossiers/changes", "/api/v1/decisions/changes");
        assertThat(docs.at("/components/schemas/DecisionChangePage/properties/items/items/oneOf").toString())
                .contains("DecisionChange", "RevocationChange", "Tombstone");
    }

    @Test
    void badSinceOrSizeIs400NamingTheParameter() {
        ChangeFeedChecks.refusesBadParameters(http, "/api/v1/dossiers/changes", admin);
        ChangeFeedChecks.refusesBadParameters(http, "/api/v1/decisions/changes", admin);
    }

    /** A published decision of a province for one dossier, stamped as {@link Decisions} does. */
    Decision decision(String tenant, Dossier dossier) {
        Decision d = new Decision();
        d.id = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        d.tenant = tenant;
        d.unitPath = List.of(tenant);
        d.decidingUnitCode = tenant;
        d.number = UUID.randomUUID().toString().substring(0, 8) + "/QĐ-UBND";
        d.signedOn = LocalDate.of(2025, 1, 20);
        d.issuingBody = "Ủy ban nhân dân tỉnh";
        d.signerName = "Lê Văn Lương";
        d.status = Decision.Status.PUBLISHED;
        d.awardees.add(new Decision.Awardee(dossier.id, "INDIVIDUAL", "Lò Văn A", "011090000001", null, "03390",
                dossier.awardFormCode, "Bằng khen của Chủ tịch UBND tỉnh", 2_340_000L, "1.0 × 2340000"));
        d.totalPrizeMoneyVnd = 2_340_000L;
        d.createdAt = Instant.now();
        decisionFeed.stamp(d);
        return mongo.insert(d);
    }

    int upload(String dossierId, String token) throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String boundary = "t-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/dossiers/" + dossierId + "/attachments"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
