package vn.thidua.award.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.security.PlatformRole.APPRAISER;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.INSPECTOR;
import static vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.security.PlatformJwtConverter;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;
import vn.thidua.shared.web.RequestIds;

/**
 * The audit trail through the real store: concurrent appends stay gapless and verifiable; idempotent by event id;
 * records altered or deleted straight in the database (as an intruder with database access would) are reported by
 * {@code verify}; only inspectors and administrators read, a province only its own chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class AuditApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "award-audit-test");
    }

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;
    static final AtomicInteger TENANTS = new AtomicInteger(20);

    final String nationalInspector = TestTokens.token("n-insp", null, "00", UnitLevel.NATIONAL, INSPECTOR);
    final String nationalAdmin = TestTokens.token("n-admin", null, "00", UnitLevel.NATIONAL, NATIONAL_ADMIN);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
        MDC.clear();
    }

    /** A chain no other test writes (tenant codes 21, 22, … are not real provinces' chains in this store). */
    static String freshTenant() {
        return Integer.toString(TENANTS.incrementAndGet());
    }

    static AuditEvent event(String tenant, String subjectId, String action) {
        return new AuditEvent(UUID.randomUUID().toString(), "DOSSIER", subjectId, tenant, List.of(tenant, "03390"),
                action, "DRAFT", "SUBMITTED", "Đủ thành phần hồ sơ", Map.of("level", "COMMUNE"));
    }

    @Test
    void concurrentAppendsToOneChainAreGaplessAndVerify() throws Exception {
        String tenant = freshTenant();
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<AuditRecord>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<AuditRecord> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(trail.append(event(tenant, "d-" + thread, "SUBMIT")));
                    }
                    return mine;
                }));
            }
            Set<Long> sequences = new HashSet<>();
            for (Future<List<AuditRecord>> future : futures) {
                future.get().forEach(r -> sequences.add(r.sequence()));
            }
            assertThat(sequences).hasSize(threads * each);
            assertThat(sequences).allMatch(s -> s >= 1 && s <= threads * each);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mongo.count(Query.query(Criteria.where("chain").is(tenant)), AuditDocuments.RECORDS))
                .isEqualTo(threads * each);
        var verdict = trail.verify(tenant);
        assertThat(verdict.valid()).as(verdict.problem()).isTrue();
        assertThat(verdict.records()).isEqualTo(threads * each);
        assertThat(verdict.headSequence()).isEqualTo(threads * each);
    }

    @Test
    void theSameEventIdIsRecordedOnceEvenWhenSentConcurrently() throws Exception {
        String tenant = freshTenant();
        AuditEvent event = event(tenant, "d-1", "SUBMIT");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<AuditRecord>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit(() -> trail.append(event)));
            }
            Set<String> hashes = new HashSet<>();
            for (Future<AuditRecord> future : futures) {
                hashes.add(future.get().hash());
            }
            assertThat(hashes).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(trail.append(event).sequence()).isEqualTo(1);
        assertThat(trail.verify(tenant).records()).isEqualTo(1);
        assertThat(trail.verify(tenant).valid()).isTrue();
    }

    @Test
    void actorTimeAndRequestIdAreTakenByTheTrailItself() {
        String tenant = freshTenant();
        AuditRecord bySystem = trail.append(event(tenant, "d-1", "RECONCILE"));
        assertThat(bySystem.actorUsername()).isEqualTo("system");
        assertThat(bySystem.requestId()).isNull();

        String token = TestTokens.token("sub-42", tenant, "03390", UnitLevel.COMMUNE, COMMUNE_OFFICER, APPRAISER);
        SecurityContextHolder.getContext().setAuthentication(new PlatformJwtConverter()
                .convert(TestTokens.trustedIssuers().decoderFor(TestTokens.ISSUER).decode(token)));
        MDC.put(RequestIds.MDC_KEY, "req-abc");
        AuditRecord byUser = trail.append(event(tenant, "d-1", "SUBMIT"));
        assertThat(byUser.actorSubject()).isEqualTo("sub-42");
        assertThat(byUser.actorRoles()).containsExactly("appraiser", "commune-officer");
        assertThat(byUser.actorUnitCode()).isEqualTo("03390");
        assertThat(byUser.actorUnitLevel()).isEqualTo("COMMUNE");
        assertThat(byUser.requestId()).isEqualTo("req-abc");
        assertThat(byUser.previousHash()).isEqualTo(bySystem.hash());
        assertThat(byUser.at()).isAfterOrEqualTo(bySystem.at());
    }

    @Test
    void onlyInspectorsAndAdministratorsRead() {
        String tenant = freshTenant();
        trail.append(event(tenant, "d-1", "SUBMIT"));
        // Users of the chain's own tenant without an audit role: 403.
        String commune = TestTokens.token("c", tenant, "03390", UnitLevel.COMMUNE, COMMUNE_OFFICER);
        String appraiser = TestTokens.token("a", tenant, tenant, UnitLevel.PROVINCE, APPRAISER);
        assertThat(http.get("/api/v1/audit/verify?tenant=" + tenant).token(commune).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit/verify").token(commune).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit?tenant=" + tenant).token(appraiser).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit/1?tenant=" + tenant).token(commune).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit/verify?tenant=" + tenant).send().status()).isEqualTo(401);

        var verified = http.get("/api/v1/audit/verify?tenant=" + tenant).token(nationalInspector).send();
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("valid").asBoolean()).isTrue();
        assertThat(verified.json().get("chain").asString()).isEqualTo(tenant);
        var one = http.get("/api/v1/audit/1?tenant=" + tenant).token(nationalAdmin).send();
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("id").asString()).isEqualTo(tenant + ":1");
        assertThat(http.get("/api/v1/audit/" + tenant + ":1").token(nationalAdmin).send().json().get("hash"))
                .isEqualTo(one.json().get("hash"));
        assertThat(http.get("/api/v1/audit/x1?tenant=" + tenant).token(nationalAdmin).send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/audit/99?tenant=" + tenant).token(nationalAdmin).send().status()).isEqualTo(404);

        String ownAdmin = TestTokens.token("own-admin", tenant, tenant, UnitLevel.PROVINCE, PROVINCE_ADMIN);
        String ownInspector = TestTokens.token("own-insp", tenant, tenant, UnitLevel.PROVINCE, INSPECTOR);
        String otherAdmin = TestTokens.token("other-admin", "04", "04", UnitLevel.PROVINCE, PROVINCE_ADMIN);
        String otherInspector = TestTokens.token("other-insp", "04", "04", UnitLevel.PROVINCE, INSPECTOR);
        String otherCommune = TestTokens.token("other-commune", "04", "01279", UnitLevel.COMMUNE, COMMUNE_OFFICER);
        // Another tenant's record is out of scope before it is a question of role: 404 for everyone there.
        assertThat(http.get("/api/v1/audit/" + tenant + ":1").token(otherCommune).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/audit/" + tenant + ":1").token(otherAdmin).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/audit/1").token(ownAdmin).send().json().get("chain").asString())
                .isEqualTo(tenant);
        assertThat(http.get("/api/v1/audit/verify").token(ownInspector).send().status()).isEqualTo(200);
        for (String foreign : List.of(otherAdmin, otherInspector)) {
            assertThat(http.get("/api/v1/audit/verify?tenant=" + tenant).token(foreign).send().status())
                    .isEqualTo(404);
            assertThat(http.get("/api/v1/audit/1?tenant=" + tenant).token(foreign).send().status()).isEqualTo(404);
            assertThat(http.get("/api/v1/audit?tenant=" + tenant).token(foreign).send().status()).isEqualTo(404);
            // Without a tenant a province reader gets their own chain only.
            JsonNode items = http.get("/api/v1/audit?subjectId=d-1").token(foreign).send().json().get("items");
            for (JsonNode item : items) {
                assertThat(item.get("tenant").asString()).isEqualTo("04");
            }
        }
        var bad = http.get("/api/v1/audit/verify?tenant=twelve").token(nationalInspector).send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("tenant");
        var badTime = http.get("/api/v1/audit?from=yesterday").token(nationalInspector).send();
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
    }

    @Test
    void listsArePaginatedOldestFirstAndFilteredBySubjectAndTime() {
        String tenant = freshTenant();
        for (int i = 0; i < 5; i++) {
            trail.append(event(tenant, i % 2 == 0 ? "even" : "odd", "STEP-" + i));
        }
        var page = http.get("/api/v1/audit?tenant=" + tenant + "&subjectId=even&size=2").token(nationalInspector)
                .send().json();
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("items").size()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("action").asString()).isEqualTo("STEP-0");
        assertThat(page.get("items").get(1).get("action").asString()).isEqualTo("STEP-2");
        var second = http.get("/api/v1/audit?tenant=" + tenant + "&subjectId=even&size=2&page=1")
                .token(nationalInspector).send().json();
        assertThat(second.get("items").get(0).get("action").asString()).isEqualTo("STEP-4");
        assertThat(http.get("/api/v1/audit?tenant=" + tenant + "&from=2000-01-01&to=2000-12-31")
                .token(nationalInspector).send().json().get("totalItems").asLong()).isZero();
        assertThat(http.get("/api/v1/audit?tenant=" + tenant + "&size=101").token(nationalInspector).send().status())
                .isEqualTo(400);
        // Nothing in the API writes: no POST, PUT or DELETE on the trail.
        assertThat(http.post("/api/v1/audit", Map.of()).token(nationalAdmin).send().status()).isIn(403, 404, 405);
        assertThat(http.put("/api/v1/audit/1?tenant=" + tenant, Map.of()).token(nationalAdmin).send().status())
                .isIn(403, 404, 405);
    }

    @Test
    void anAlteredRecordIsReportedByVerify() {
        String tenant = chainOfSix();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(tenant + ":3")),
                Update.update("toStatus", "APPROVED"), AuditDocuments.RECORDS);
        JsonNode verdict = verify(tenant);
        assertThat(verdict.get("valid").asBoolean()).isFalse();
        assertThat(verdict.get("firstBrokenSequence").asLong()).isEqualTo(3);
        assertThat(verdict.get("problem").asString()).isEqualTo("hash mismatch at 3: record altered");
    }

    @Test
    void aDeletedMiddleRecordIsReportedByVerify() {
        String tenant = chainOfSix();
        mongo.remove(Query.query(Criteria.where("_id").is(tenant + ":4")), AuditDocuments.RECORDS);
        JsonNode verdict = verify(tenant);
        assertThat(verdict.get("valid").asBoolean()).isFalse();
        assertThat(verdict.get("problem").asString()).isEqualTo("sequence 4 missing: record deleted");
    }

    @Test
    void aDeletedTailIsReportedByVerify() {
        String tenant = chainOfSix();
        mongo.remove(Query.query(Criteria.where("_id").is(tenant + ":6")), AuditDocuments.RECORDS);
        JsonNode verdict = verify(tenant);
        assertThat(verdict.get("valid").asBoolean()).isFalse();
        assertThat(verdict.get("problem").asString()).isEqualTo("head says 6 records, 5 found: tail deleted");
    }

    @Test
    void recordsSwappedInTheDatabaseAreReportedByVerify() {
        String tenant = chainOfSix();
        Document two = mongo.findById(tenant + ":2", Document.class, AuditDocuments.RECORDS);
        Document five = mongo.findById(tenant + ":5", Document.class, AuditDocuments.RECORDS);
        // Move record 5's content into slot 2 and back, keeping each slot's sequence number.
        five.put("_id", tenant + ":2");
        five.put("sequence", 2L);
        two.put("_id", tenant + ":5");
        two.put("sequence", 5L);
        mongo.remove(Query.query(Criteria.where("_id").in(tenant + ":2", tenant + ":5")), AuditDocuments.RECORDS);
        mongo.insert(five, AuditDocuments.RECORDS);
        mongo.insert(two, AuditDocuments.RECORDS);
        JsonNode verdict = verify(tenant);
        assertThat(verdict.get("valid").asBoolean()).isFalse();
        assertThat(verdict.get("firstBrokenSequence").asLong()).isEqualTo(2);
    }

    private String chainOfSix() {
        String tenant = freshTenant();
        for (int i = 0; i < 6; i++) {
            trail.append(event(tenant, "d-" + i, "STEP-" + i));
        }
        assertThat(verify(tenant).get("valid").asBoolean()).isTrue();
        return tenant;
    }

    private JsonNode verify(String tenant) {
        var response = http.get("/api/v1/audit/verify?tenant=" + tenant).token(nationalInspector).send();
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}
