package vn.thidua.award.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.thidua.award.checks.AwardClaims;
import vn.thidua.award.reconciliation.AuditReconciler;
import vn.thidua.award.checks.ClaimDemand;
import vn.thidua.award.checks.QuotaCounters;
import vn.thidua.award.checks.QuotaDemand;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * Dossier moves over real HTTP through the production security chain, on a MongoDB wire-protocol server: the
 * optimistic version (two moves from one ETag → one 412), If-Match required, roles at the stop, scope by route,
 * quota slots and once-only claims under concurrency, and the audit record of every move (with the reconciler for
 * an append that failed). Dossiers are put in the store as the submission leaves them: the moves tested here read
 * nothing from the other services.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class DossierWorkflowWebTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "award-dossiers-test");
        // Nothing listens there: the other services are "down" for these tests (never the developer's running stack).
        registry.add("thidua.services.registration", () -> "http://127.0.0.1:9");
        registry.add("thidua.services.campaign", () -> "http://127.0.0.1:9");
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    QuotaCounters quotas;
    @Autowired
    AwardClaims claims;
    @Autowired
    AuditReconciler reconciler;

    TestHttp http;
    final String district = TestTokens.token("u-district", "12", "106", UnitLevel.DISTRICT, PlatformRole.DISTRICT_OFFICER);
    final String commune = TestTokens.token("u-commune", "12", "03390", UnitLevel.COMMUNE, PlatformRole.COMMUNE_OFFICER);
    final String standing = TestTokens.token("u-standing", "12", "12-SNNMT", UnitLevel.AGENCY,
            PlatformRole.STANDING_AGENCY_OFFICER);
    final String department = TestTokens.token("u-dept", "12", "12-SYT", UnitLevel.AGENCY,
            PlatformRole.DEPARTMENT_OFFICER);
    final String admin = TestTokens.token("u-admin", "12", "12", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN);
    final String caoBang = TestTokens.token("u-cb", "04", "04", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    /** A year-2024 dossier of commune 03390 as submission leaves it: at district 106, holding a quota slot. */
    Dossier submittedDossier() {
        Dossier d = new Dossier();
        d.id = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        d.tenant = "12";
        d.unitPath = List.of("12", "106", "03390");
        d.pathLevels = Dossier.levelList(Map.of("12", "PROVINCE", "106", "DISTRICT", "03390", "COMMUNE"));
        d.campaignId = "lc-ntm";
        d.year = 2024;
        d.occasion = "ANNUAL";
        d.nominee = new Nominee(Nominee.Type.INDIVIDUAL, "Lò Văn A", "011090000001", LocalDate.of(1980, 1, 1), null,
                "Chủ tịch UBND xã", null, null, null);
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
        d.status = DossierStatus.IN_REVIEW;
        d.createdAt = Instant.now();
        d.updatedAt = Instant.now();
        QuotaDemand slot = new QuotaDemand("test|" + d.id, "12", "Mỗi xã 05 cá nhân", "06/2022/QH15", 5, "03390", null);
        assertThat(quotas.reserve(slot, d.id).granted()).isTrue();
        d.quotaKeys = new ArrayList<>(List.of(slot.key()));
        return mongo.insert(d);
    }

    /**
     * The same dossier moved on to the standing agency (12-SNNMT): today is after 1 July 2025, so district 106 no
     * longer writes (UnitsInForce); the moves tested below are made by a unit in force.
     */
    Dossier atStandingAgency() {
        Dossier d = submittedDossier();
        d.stopIndex = 1;
        d.holderUnitCode = "12-SNNMT";
        return mongo.save(d);
    }

    final String national = TestTokens.token("u-national", null, "VN", UnitLevel.NATIONAL,
            PlatformRole.NATIONAL_ADMIN);
    final String nationalInspector = TestTokens.token("u-n-insp", null, "VN", UnitLevel.NATIONAL,
            PlatformRole.INSPECTOR);
    final String signer = TestTokens.token("u-signer", "12", "12", UnitLevel.PROVINCE, PlatformRole.DECISION_SIGNER);

    /** A Bằng khen của Thủ tướng Chính phủ the province proposed (tờ trình 125/TTr-UBND): at the national board. */
    Dossier proposedToTheState() {
        Dossier d = submittedDossier();
        d.awardFormCode = "BANG_KHEN_THU_TUONG";
        d.occasion = "FINAL_REVIEW";
        d.stopIndex = 2;
        d.status = DossierStatus.PROPOSED_TO_STATE;
        d.holderUnitCode = Dossiers.NATIONAL_UNIT;
        d.decidedAtUnitCode = "12";
        d.stateProposal = new Dossier.StateProposal("125/TTr-UBND", LocalDate.of(2026, 2, 1), "Lê Văn Lương",
                "u-signer", Instant.now());
        return mongo.save(d);
    }

    @Test
    void theNationalBoardActsOnAProposedStateAwardTheProvinceSeesItAndOtherProvincesGet404() {
        Dossier dossier = proposedToTheState();
        String path = "/api/v1/dossiers/" + dossier.id;

        // Scope: the national board sees all, the province and the proposing commune keep seeing it; Cao Bằng never.
        assertThat(http.get(path).token(national).send().status()).isEqualTo(200);
        assertThat(http.get(path).token(admin).send().status()).isEqualTo(200);
        assertThat(http.get(path).token(commune).send().status()).isEqualTo(200);
        assertThat(http.get(path).token(caoBang).send().status()).isEqualTo(404);
        assertThat(http.post(path + "/transitions", Map.of("action", "REJECT", "reason", "x")).token(caoBang)
                .header("If-Match", "\"1\"").send().status()).isEqualTo(404);
        // Only the national board's admin acts now: not the province, not a (read-only) national inspector.
        String etag = http.get(path).token(national).send().header("ETag");
        assertThat(http.post(path + "/transitions", Map.of("action", "APPRAISE")).token(admin)
                .header("If-Match", etag).send().status()).isEqualTo(403);
        assertThat(http.post(path + "/transitions", Map.of("action", "APPRAISE")).token(nationalInspector)
                .header("If-Match", etag).send().status()).isEqualTo(403);
        // If-Match and a reason are required; a stale ETag is 412.
        assertThat(http.post(path + "/transitions", Map.of("action", "RETURN", "reason", "x")).token(national)
                .send().status()).isEqualTo(428);
        assertThat(http.post(path + "/transitions", Map.of("action", "RETURN")).token(national)
                .header("If-Match", etag).send().status()).isEqualTo(400);
        assertThat(http.post(path + "/transitions", Map.of("action", "RETURN", "reason", "x")).token(national)
                .header("If-Match", "\"99\"").send().status()).isEqualTo(412);

        // Returned to the province with reasons: held by the province again, still holding its quota slot.
        var returned = http.post(path + "/transitions", Map.of("action", "RETURN", "reason",
                "Thiếu ý kiến hiệp y của cơ quan có liên quan")).token(national).header("If-Match", etag).send();
        assertThat(returned.status()).as(returned.text()).isEqualTo(200);
        assertThat(returned.json().path("status").asString()).isEqualTo("RETURNED_TO_PROVINCE");
        assertThat(returned.json().path("holderUnitCode").asString()).isEqualTo("12");
        // Proposing again needs the submission's number, date and signer (400 naming them).
        var noSubmission = http.post(path + "/transitions", Map.of("action", "PROPOSE")).token(signer)
                .header("If-Match", returned.header("ETag")).send();
        assertThat(noSubmission.status()).isEqualTo(400);
        assertThat(noSubmission.json().path("errors").toString()).contains("submission.number")
                .contains("submission.signedOn").contains("submission.signerName");
        // The province withdraws it (reason required): it leaves the flow and gives the slot back.
        var rejected = http.post(path + "/transitions", Map.of("action", "REJECT", "reason",
                "Không bổ sung được hồ sơ")).token(signer).header("If-Match", returned.header("ETag")).send();
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
        assertThat(quotas.peek(new QuotaDemand(dossier.quotaKeys.getFirst(), "12", "", "", 5, "03390", null),
                dossier.id).used()).isZero();

        // Both moves are in the province's audit trail with their event ids, and the chain verifies.
        Dossier stored = mongo.findById(dossier.id, Dossier.class);
        JsonNode trail = http.get("/api/v1/audit?tenant=12&subjectId=" + dossier.id).token(admin).send().json();
        assertThat(trail.path("items").toString()).contains("RETURNED_TO_PROVINCE").contains("REJECTED")
                .contains(stored.transitions.getFirst().eventId());
        assertThat(stored.transitions).allMatch(TransitionRecord::audited);
        assertThat(http.get("/api/v1/audit/verify?tenant=12").token(admin).send().json().path("valid").asBoolean())
                .isTrue();
    }

    @Test
    void twoConcurrentMovesFromTheSameEtagGiveOneWinnerAndA412() throws Exception {
        Dossier dossier = atStandingAgency();
        String etag = http.get("/api/v1/dossiers/" + dossier.id).token(standing).send().header("ETag");

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> returnIt = () -> {
            start.await();
            return http.post("/api/v1/dossiers/" + dossier.id + "/transitions",
                    Map.of("action", "RETURN", "reason", "Thiếu biên bản họp xét")).token(standing)
                    .header("If-Match", etag).send().status();
        };
        Callable<Integer> rejectIt = () -> {
            start.await();
            return http.post("/api/v1/dossiers/" + dossier.id + "/transitions",
                    Map.of("action", "REJECT", "reason", "Không đủ tiêu chuẩn")).token(standing)
                    .header("If-Match", etag).send().status();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Integer> first = pool.submit(returnIt);
        Future<Integer> second = pool.submit(rejectIt);
        start.countDown();
        List<Integer> statuses = new ArrayList<>(List.of(first.get(), second.get()));
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        Dossier stored = mongo.findById(dossier.id, Dossier.class);
        assertThat(stored.status).isIn(DossierStatus.RETURNED, DossierStatus.REJECTED);
        assertThat(stored.transitions).hasSize(1);
        // Leaving the flow gives the quota slot back.
        assertThat(quotas.peek(new QuotaDemand(dossier.quotaKeys.getFirst(), "12", "", "", 5, "03390", null),
                dossier.id).used()).isZero();
        // The move has its audit record, and the chain verifies.
        JsonNode trail = http.get("/api/v1/audit?tenant=12&subjectId=" + dossier.id).token(admin).send().json();
        assertThat(trail.path("items")).hasSize(1);
        assertThat(trail.path("items").get(0).path("toStatus").asString()).isEqualTo(stored.status.name());
        assertThat(stored.transitions.getFirst().audited()).isTrue();
        assertThat(http.get("/api/v1/audit/verify?tenant=12").token(admin).send().json().path("valid").asBoolean())
                .isTrue();
    }

    @Test
    void afterTheReformTheDistrictReadsTheDossierAtItsStopAndWritesNothing() {
        Dossier dossier = submittedDossier();
        String path = "/api/v1/dossiers/" + dossier.id;
        var read = http.get(path).token(district).send();
        assertThat(read.status()).isEqualTo(200);
        var moved = http.post(path + "/transitions", Map.of("action", "FORWARD")).token(district)
                .header("If-Match", read.header("ETag")).send();
        assertThat(moved.status()).isEqualTo(403);
        assertThat(moved.json().path("code").asString()).isEqualTo("unit-not-in-force");
        Dossier stored = mongo.findById(dossier.id, Dossier.class);
        assertThat(stored.version).isEqualTo(dossier.version);
        assertThat(stored.holderUnitCode).isEqualTo("106");
    }

    @Test
    void movesNeedIfMatchAReasonAndTheRoleOfTheStop() {
        Dossier dossier = atStandingAgency();
        String path = "/api/v1/dossiers/" + dossier.id + "/transitions";
        String current = "\"" + dossier.version + "\"";

        assertThat(http.post(path, Map.of("action", "RETURN", "reason", "x")).token(standing).send().status())
                .isEqualTo(428);
        assertThat(http.post(path, Map.of("action", "RETURN")).token(standing).header("If-Match", current).send()
                .json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(http.post(path, Map.of("action", "RETURN", "reason", "x")).token(standing)
                .header("If-Match", "\"7\"").send().status()).isEqualTo(412);
        // The commune proposed it, but the standing agency holds it now; Sở Nội vụ's turn comes later.
        assertThat(http.post(path, Map.of("action", "RETURN", "reason", "x")).token(commune)
                .header("If-Match", current).send().status()).isEqualTo(403);
        assertThat(http.post(path, Map.of("action", "REJECT", "reason", "x")).token(district)
                .header("If-Match", current).send().status()).isEqualTo(403);
        // Publishing is not a transition.
        assertThat(http.post(path, Map.of("action", "PUBLISH")).token(standing).header("If-Match", current).send()
                .status()).isEqualTo(400);
    }

    @Test
    void councilVotesThatOverflowWhenSummedAreRefusedNamingTheField() {
        Dossier dossier = submittedDossier();
        dossier.stopIndex = 2;
        dossier.holderUnitCode = "12-SNV";
        dossier.status = DossierStatus.AWAITING_COUNCIL;
        dossier = mongo.save(dossier);
        String appraiser = TestTokens.token("u-appr", "12", "12-SNV", UnitLevel.AGENCY, PlatformRole.APPRAISER);
        // 2147483647 + 2147483647 + 2 wraps to 0 in int arithmetic: the sum must not pass the "present" check.
        var answer = http.post("/api/v1/dossiers/" + dossier.id + "/council-result", Map.of("members", 9, "present", 9,
                "votesFor", Integer.MAX_VALUE, "votesAgainst", Integer.MAX_VALUE, "abstentions", 2,
                "secretBallot", true, "meetingDate", "2026-01-10")).token(appraiser)
                .header("If-Match", "\"" + dossier.version + "\"").send();
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("field").asString()).startsWith("votes");
        assertThat(mongo.findById(dossier.id, Dossier.class).status).isEqualTo(DossierStatus.AWAITING_COUNCIL);
    }

    /** POSTs a small PDF as multipart part {@code file}; answers the status. */
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

    @Test
    void filesAreAddedByTheProposerWhilePreparingOrByTheHolderNeverToAClosedDossier() throws Exception {
        Dossier inReview = atStandingAgency();
        // At the standing agency now: the commune no longer changes what it reviews; the holder may add.
        assertThat(upload(inReview.id, commune)).isEqualTo(403);
        assertThat(upload(inReview.id, standing)).isEqualTo(201);
        assertThat(mongo.findById(inReview.id, Dossier.class).attachments).hasSize(1);

        Dossier published = submittedDossier();
        published.status = DossierStatus.PUBLISHED;
        published.holderUnitCode = "03390";
        published = mongo.save(published);
        assertThat(upload(published.id, commune)).isEqualTo(409);
        assertThat(upload(published.id, admin)).isEqualTo(409);
        assertThat(mongo.findById(published.id, Dossier.class).attachments).isEmpty();
    }

    @Test
    void theRouteAndTheProvinceSeeADossierOthersGet404() {
        Dossier dossier = submittedDossier();
        String path = "/api/v1/dossiers/" + dossier.id;

        assertThat(http.get(path).token(commune).send().status()).isEqualTo(200);
        assertThat(http.get(path).token(district).send().status()).isEqualTo(200);
        assertThat(http.get(path).token(standing).send().status()).isEqualTo(200);
        assertThat(http.get(path).token(admin).send().status()).isEqualTo(200);
        assertThat(http.get(path).token(department).send().status()).isEqualTo(404);
        assertThat(http.get(path).token(caoBang).send().status()).isEqualTo(404);
        assertThat(http.post(path + "/transitions", Map.of("action", "REJECT", "reason", "x")).token(caoBang)
                .header("If-Match", "\"0\"").send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/dossiers?size=100").token(caoBang).send().json().path("items").toString())
                .doesNotContain(dossier.id);
        assertThat(http.get("/api/v1/dossiers?size=100").token(standing).send().json().path("items").toString())
                .contains(dossier.id);
        assertThat(http.get(path).send().status()).isEqualTo(401);
    }

    @Test
    void onlyFiveOfTenConcurrentSubmissionsGetTheFiveSlotsOfACommuneQuota() throws Exception {
        QuotaDemand quota = new QuotaDemand("race|" + UUID.randomUUID(), "12",
                "Mỗi xã đạt chuẩn nông thôn mới; nông thôn mới nâng cao 05 cá nhân", "06/2022/QH15", 5, "03390", null);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<QuotaCounters.Use>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String dossierId = "d" + i;
            results.add(pool.submit(() -> {
                start.await();
                return quotas.reserve(quota, dossierId);
            }));
        }
        start.countDown();
        long granted = 0;
        for (Future<QuotaCounters.Use> result : results) {
            granted += result.get().granted() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(granted).isEqualTo(5);
        assertThat(quotas.peek(quota, "d-new")).isEqualTo(new QuotaCounters.Use(false, 5));
        // Retrying a holder's reservation takes nothing more; a release frees exactly one slot.
        String holder = mongo.findById(quota.key(), org.bson.Document.class, "quota_counters")
                .getList("holders", String.class).getFirst();
        assertThat(quotas.reserve(quota, holder)).isEqualTo(new QuotaCounters.Use(true, 5));
        quotas.release(quota.key(), holder);
        quotas.release(quota.key(), holder);
        assertThat(quotas.reserve(quota, "d-late")).isEqualTo(new QuotaCounters.Use(true, 5));
    }

    @Test
    void aOnceOnlyAwardIsClaimedByOneDossierEvenUnderAnotherCodeOfTheSameCommune() throws Exception {
        String form = "CO_THI_DUA_" + UUID.randomUUID();
        ClaimDemand first = new ClaimDemand("ONCE|" + form + "|U:03390", "ONCE_PER_NOMINEE", "Tặng 01 lần", "06/2022/QH15",
                List.of());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<String> a = pool.submit(() -> {
            start.await();
            return claims.claim(first, "12", "dossier-a");
        });
        Future<String> b = pool.submit(() -> {
            start.await();
            return claims.claim(first, "12", "dossier-b");
        });
        start.countDown();
        List<String> holders = new ArrayList<>();
        holders.add(a.get());
        holders.add(b.get());
        pool.shutdown();

        assertThat(holders).containsOnlyOnce((String) null);
        // The merged commune's new code is refused while the old code's claim stands.
        ClaimDemand successor = new ClaimDemand("ONCE|" + form + "|U:03391", "ONCE_PER_NOMINEE", "Tặng 01 lần",
                "06/2022/QH15", List.of("ONCE|" + form + "|U:03390"));
        assertThat(claims.claim(successor, "12", "dossier-c")).isIn("dossier-a", "dossier-b");
    }

    @Test
    void whenRegistrationServiceIsDownTheChecksSaySoInsteadOfPassing() {
        Dossier dossier = atStandingAgency();
        var plan = vn.thidua.award.checks.LaiChauPlan.campaign();
        var offer = plan.offerList().stream().filter(o -> o.formCode().equals("BANG_KHEN_CAP_BO_TINH")).findFirst()
                .orElseThrow();
        var category = plan.categoryList().stream().filter(c -> c.code().equals("OFFICIALS")).findFirst()
                .orElseThrow();
        dossier.rules = new vn.thidua.award.checks.RuleSnapshot("lc-ntm", "\"3\"", plan.code(), plan.name(),
                "12-SNNMT", LocalDate.of(2026, 11, 23), LocalDate.of(2025, 1, 5), category, offer,
                new vn.thidua.award.clients.CampaignApi.CatalogueEntry("BANG_KHEN_CAP_BO_TINH", "Bằng khen", "FORM",
                        "MINISTRY_OR_PROVINCE", List.of(), null));
        mongo.save(dossier);
        String etag = http.get("/api/v1/dossiers/" + dossier.id).token(standing).send().header("ETag");

        var checks = http.get("/api/v1/dossiers/" + dossier.id + "/checks").token(standing)
                .header("Accept-Language", "en").send();
        assertThat(checks.status()).isEqualTo(503);
        assertThat(checks.json().path("detail").asString()).contains("registration-service");
        // A move that needs the checks is refused the same way, and nothing changes.
        var forward = http.post("/api/v1/dossiers/" + dossier.id + "/transitions", Map.of("action", "FORWARD"))
                .token(standing).header("If-Match", etag).send();
        assertThat(forward.status()).isEqualTo(503);
        assertThat(mongo.findById(dossier.id, Dossier.class).status).isEqualTo(DossierStatus.IN_REVIEW);
    }

    @Test
    void aTransitionWhoseAuditAppendFailedIsAppendedByTheReconciler() {
        Dossier dossier = submittedDossier();
        TransitionRecord lost = new TransitionRecord(UUID.randomUUID().toString(), "FORWARD", "IN_REVIEW",
                "IN_REVIEW", null, "u-district", "106", Instant.now(), false);
        dossier.transitions.add(lost);
        mongo.save(dossier);

        assertThat(reconciler.reconcile()).isGreaterThanOrEqualTo(1);
        assertThat(mongo.findById(dossier.id, Dossier.class).transitions).allMatch(TransitionRecord::audited);
        JsonNode trail = http.get("/api/v1/audit?tenant=12&subjectId=" + dossier.id).token(admin).send().json();
        assertThat(trail.path("items").toString()).contains(lost.eventId());
        // Idempotent: a second run appends nothing for it.
        assertThat(reconciler.reconcile()).isZero();
    }
}
