package vn.thidua.award.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.thidua.award.checks.AwardClaims;
import vn.thidua.award.checks.QuotaCounters;
import vn.thidua.award.checks.RuleSnapshot;
import vn.thidua.award.clients.CampaignApi.CatalogueEntry;
import vn.thidua.award.reservations.FailurePoints;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * No 5xx and no leaked reservation: the reported 500 (declared figures meeting a numeric threshold) answers 200
 * now, and every path that takes quota slots, once-only claims or decision claims gives back everything it took
 * when it fails right after any of its reservation points (failure injected at point k, for every k), leaving
 * counters, claims, decisions and the dossier as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({PlatformTestSupport.class, ReservationRollbackWebTest.Injection.class})
class ReservationRollbackWebTest {

    static final ServicesFixture SERVICES = QuangTriPlan.serve(new ServicesFixture());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "award-rollback-test");
        registry.add("thidua.services.registration", SERVICES::url);
        registry.add("thidua.services.campaign", SERVICES::url);
    }

    @AfterAll
    static void stop() {
        SERVICES.close();
    }

    /** Throws at the k-th reservation point of a request (0 = never) and counts the points reached. */
    static final class InjectedFailures implements FailurePoints {
        volatile int failAt;
        final AtomicInteger reached = new AtomicInteger();

        @Override
        public void reached(String point) {
            if (reached.incrementAndGet() == failAt) {
                throw new IllegalStateException("injected failure after " + point);
            }
        }
    }

    @TestConfiguration
    static class Injection {
        @Bean
        InjectedFailures injectedFailures() {
            return new InjectedFailures();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    InjectedFailures failures;
    @Autowired
    StoredFormMigration migration;

    TestHttp http;
    final String commune = TestTokens.token("qt-commune", "44", "19999", UnitLevel.COMMUNE,
            PlatformRole.COMMUNE_OFFICER);
    final String agency = TestTokens.token("qt-sxd", "44", "44-SXD", UnitLevel.AGENCY,
            PlatformRole.DEPARTMENT_OFFICER);
    final String appraiser = TestTokens.token("qt-snv", "44", "44", UnitLevel.PROVINCE, PlatformRole.APPRAISER);
    final String signer = TestTokens.token("qt-signer", "44", "44", UnitLevel.PROVINCE,
            PlatformRole.DECISION_SIGNER);
    int household = 100;

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
        failures.failAt = 0;
        // Each scenario starts from an empty commune quota and no claims.
        List.of("quota_counters", "award_claims", "decision_claims", "decisions", "dossiers")
                .forEach(c -> mongo.remove(new Query(), c));
    }

    Map<String, Object> draftBody(long contribution) {
        household++;
        return Map.of("campaignId", QuangTriPlan.CAMPAIGN, "year", 2026,
                "nominee", Map.of("type", "HOUSEHOLD", "name", "Hộ ông Hồ Văn " + household,
                        "personalId", "0450860" + String.format("%05d", household)),
                "categoryCode", "HOUSEHOLDS", "awardFormCode", "BANG_KHEN_CAP_BO_TINH",
                "achievementSummary", "Hiến đất và đóng góp làm đường liên thôn",
                "figures", Map.of("CONTRIBUTION_VND", contribution));
    }

    TestHttp.Response draft(long contribution) {
        TestHttp.Response created = http.post("/api/v1/dossiers", draftBody(contribution)).token(commune).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created;
    }

    TestHttp.Response move(String id, String token, String action) {
        Dossier now = mongo.findById(id, Dossier.class);
        Map<String, Object> body = "PROPOSE".equals(action) ? Map.of("action", action, "submission",
                Map.of("number", "12/TTr-UBND", "signedOn", "2026-11-20", "signerName", "Võ Văn Hưng"))
                : Map.of("action", action);
        return http.post("/api/v1/dossiers/" + id + "/transitions", body).token(token)
                .header("If-Match", "\"" + now.version + "\"").send();
    }

    @Test
    void aDossierWhoseDeclaredFiguresMeetTheThresholdIsSubmittedNot500() {
        TestHttp.Response created = draft(60_000_000);
        JsonNode dossier = created.json();
        assertThat(dossier.get("figures").get("CONTRIBUTION_VND").asDouble()).isEqualTo(6.0E7);
        assertThat(dossier.has("quotaKeys")).isFalse();
        String id = dossier.get("id").asString();

        TestHttp.Response submitted = move(id, commune, "SUBMIT");

        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        JsonNode body = submitted.json();
        assertThat(body.get("status").asString()).isEqualTo("IN_APPRAISAL");
        assertThat(body.has("quotaKeys")).isFalse();
        assertThat(body.has("claimKeys")).isFalse();
        // Sở Nội vụ's stop shows its decide-by date: 10 working days from arrival (the schedule's appraisal limit).
        JsonNode appraisal = body.get("route").get(0);
        assertThat(appraisal.get("kind").asString()).isEqualTo("APPRAISAL");
        assertThat(appraisal.get("decideBy").get("date").asString()).isEqualTo(
                vn.thidua.award.schedule.WorkingDays.after(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), 10)
                        .toString());
        JsonNode threshold = null;
        for (JsonNode finding : body.get("findings")) {
            if ("CRITERION:CONTRIB".equals(finding.get("rule").asString())) {
                threshold = finding;
            }
        }
        assertThat(threshold).isNotNull();
        assertThat(threshold.get("outcome").asString()).isEqualTo("PASS");
        assertThat(mongo.findAll(Document.class, "quota_counters")).singleElement()
                .satisfies(counter -> assertThat(counter.get("used")).isEqualTo(1));
        // Stored as {key, value} pairs: no plan code as a field name.
        Document stored = mongo.findById(id, Document.class, "dossiers");
        assertThat(stored.getList("figures", Document.class)).singleElement()
                .satisfies(f -> assertThat(f.getString("key")).isEqualTo("CONTRIBUTION_VND"));
    }

    @Test
    void aDossierBelowTheThresholdIsRefusedNamingItAndTakesNothing() {
        String id = draft(20_000_000).json().get("id").asString();

        TestHttp.Response refused = move(id, commune, "SUBMIT");

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.text()).contains("50.000.000");
        assertThat(mongo.findAll(Document.class, "quota_counters")).allSatisfy(
                counter -> assertThat(counter.get("used")).isEqualTo(0));
        assertThat(mongo.findAll(Document.class, "award_claims")).isEmpty();
        assertThat(mongo.findById(id, Dossier.class).status).isEqualTo(DossierStatus.DRAFT);
    }

    @Test
    void aDossierOutsideTheIntakeWindowIsRefusedNamingTheWindowAndTakesNothing() {
        SERVICES.answer("/api/v1/campaigns/qt-closed", QuangTriPlan.CAMPAIGN_JSON.replace(QuangTriPlan.CAMPAIGN,
                "qt-closed")).answer("/api/v1/campaigns/qt-closed/schedule?year=2026", QuangTriPlan.SCHEDULE_2026
                .replace("\"intakeWindows\":[]", "\"intakeWindows\":[{\"kind\":\"DOSSIER\",\"opensOn\":"
                        + "\"2026-01-01\",\"closesOn\":\"2026-01-20\",\"outsidePolicy\":\"REFUSE\"}]"));
        Map<String, Object> body = new java.util.HashMap<>(draftBody(60_000_000));
        body.put("campaignId", "qt-closed");
        TestHttp.Response created = http.post("/api/v1/dossiers", body).token(commune).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();

        TestHttp.Response refused = move(id, commune, "SUBMIT");

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("outside-intake-window");
        assertThat(refused.json().get("closesOn").asString()).isEqualTo("2026-01-20");
        assertThat(mongo.findAll(Document.class, "award_claims")).isEmpty();
        assertThat(mongo.findById(id, Dossier.class).status).isEqualTo(DossierStatus.DRAFT);
    }

    @Test
    void aDossierStoredWithFiguresAsFieldNamesReadsAgainAfterTheMigration() {
        String id = draft(60_000_000).json().get("id").asString();
        // As stored before: figures and levels as objects keyed by codes.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update()
                .set("figures", new Document("CONTRIBUTION_VND", 6.0E7))
                .set("pathLevels", new Document("44", "PROVINCE").append("19999", "COMMUNE")), "dossiers");

        assertThat(migration.migrate()).isEqualTo(1);
        assertThat(migration.migrate()).isZero();

        JsonNode read = http.get("/api/v1/dossiers/" + id).token(commune).send().json();
        assertThat(read.get("figures").get("CONTRIBUTION_VND").asDouble()).isEqualTo(6.0E7);
        assertThat(read.get("pathLevels").get("19999").asString()).isEqualTo("COMMUNE");
    }

    // ------------------------------------------------------------ failure after every reservation point

    @Test
    void submitGivesBackEverythingWhenItFailsAfterAnyReservation() {
        everyFailurePoint("SUBMIT", () -> {
            String id = draft(60_000_000).json().get("id").asString();
            return () -> move(id, commune, "SUBMIT").status();
        });
    }

    @Test
    void appraisalGivesBackWhatItTookWhenItFailsAfterAnyReservation() {
        everyFailurePoint("APPRAISE", () -> {
            String id = receivedHoldingNothing(List.of(stop(0, QuangTriPlan.TENANT, "PROVINCE",
                    RouteStop.Kind.APPRAISAL, "appraiser")), DossierStatus.IN_APPRAISAL, null);
            return () -> move(id, appraiser, "APPRAISE").status();
        });
    }

    @Test
    void forwardingGivesBackWhatItTookWhenItFailsAfterAnyReservation() {
        everyFailurePoint("FORWARD", () -> {
            String id = atTheAgency();
            return () -> move(id, agency, "FORWARD").status();
        });
    }

    @Test
    void batchForwardingGivesBackWhatItTookForEveryDossierWhenItFailsAfterAnyReservation() {
        everyFailurePoint("forwardings", () -> {
            String first = atTheAgency();
            String second = atTheAgency();
            return () -> http.post("/api/v1/dossiers/forwardings", Map.of("dossierIds", List.of(first, second)))
                    .token(agency).send().status();
        });
    }

    @Test
    void decidingGivesBackWhatItTookWhenItFailsAfterAnyReservation() {
        everyFailurePoint("DECIDE", () -> {
            // A form the commune decides, at the commune's own stop.
            String id = receivedHoldingNothing(List.of(stop(0, QuangTriPlan.COMMUNE, "COMMUNE",
                    RouteStop.Kind.REVIEW, "commune-officer")), DossierStatus.IN_REVIEW, "COMMUNE");
            return () -> move(id, commune, "DECIDE").status();
        });
    }

    @Test
    void proposingToTheStateGivesBackWhatItTookWhenItFailsAfterAnyReservation() {
        everyFailurePoint("PROPOSE", () -> {
            String id = receivedHoldingNothing(List.of(stop(0, QuangTriPlan.TENANT, "PROVINCE",
                    RouteStop.Kind.APPRAISAL, "appraiser")), DossierStatus.APPROVED, "STATE");
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    Update.update("decidedAtUnitCode", QuangTriPlan.TENANT), Dossier.class);
            return () -> move(id, signer, "PROPOSE").status();
        });
    }

    @Test
    void aDecisionGivesBackItsClaimsAndIsNotWrittenWhenItFailsAfterAnyReservation() {
        everyFailurePoint("decision", () -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String id = receivedHoldingNothing(List.of(stop(0, QuangTriPlan.TENANT, "PROVINCE",
                        RouteStop.Kind.APPRAISAL, "appraiser")), DossierStatus.APPROVED, null);
                mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                        Update.update("decidedAtUnitCode", QuangTriPlan.TENANT), Dossier.class);
                ids.add(id);
            }
            String number = household + "/QĐ-UBND";
            return () -> http.post("/api/v1/decisions", Map.of("number", number, "signedOn", "2026-11-25",
                    "issuingBody", "UBND tỉnh Quảng Trị", "signerName", "Võ Văn Hưng", "dossierIds", ids))
                    .token(signer).send().status();
        });
    }

    /**
     * Runs the request with a failure after its 1st, 2nd … reservation point until it runs through: after each
     * failure every counter, claim, decision and dossier is as before the request.
     */
    void everyFailurePoint(String path, Supplier<Supplier<Integer>> prepare) {
        int failed = 0;
        for (int k = 1; k < 20; k++) {
            setUp();
            Supplier<Integer> request = prepare.get();
            List<String> before = state();
            failures.reached.set(0);
            failures.failAt = k;
            int status = request.get();
            failures.failAt = 0;
            if (failures.reached.get() < k) {
                assertThat(status).as(path + " without an injected failure").isBetween(200, 299);
                assertThat(failed).as(path + ": reservation points exercised").isGreaterThan(0);
                return;
            }
            failed++;
            assertThat(status).as(path + " failing at point " + k).isEqualTo(500);
            assertThat(state()).as(path + " failing at point " + k).isEqualTo(before);
        }
        throw new AssertionError(path + " never ran through");
    }

    /** Counters (their use), claims, decisions and dossiers, as stored. */
    List<String> state() {
        List<String> all = new ArrayList<>();
        for (String collection : List.of("quota_counters", "award_claims", "decision_claims", "decisions",
                "dossiers")) {
            // A counter at 0 with no holders is the same as no counter (it is created on first use).
            mongo.findAll(Document.class, collection).stream()
                    .filter(d -> !(Integer.valueOf(0).equals(d.get("used")) && d.getList("holders", Object.class)
                            .isEmpty()))
                    .map(Document::toJson).sorted().forEach(all::add);
        }
        return all;
    }

    RouteStop stop(int index, String unit, String level, RouteStop.Kind kind, String role) {
        return new RouteStop(index, unit, level, null, kind, role, null, null);
    }

    /** Submitted, then at the agency's review before appraisal, holding nothing yet. */
    String atTheAgency() {
        return receivedHoldingNothing(List.of(
                stop(0, QuangTriPlan.AGENCY, "AGENCY", RouteStop.Kind.REVIEW, "department-officer"),
                stop(1, QuangTriPlan.TENANT, "PROVINCE", RouteStop.Kind.APPRAISAL, "appraiser")),
                DossierStatus.IN_REVIEW, null);
    }

    /**
     * A dossier submitted through the API, then placed on the given route and state holding nothing (as one whose
     * quota and once-only rule came into force after submission): the next move takes them.
     */
    String receivedHoldingNothing(List<RouteStop> route, DossierStatus status, String formLevel) {
        failures.failAt = 0;
        String id = draft(60_000_000).json().get("id").asString();
        assertThat(move(id, commune, "SUBMIT").status()).isEqualTo(200);
        mongo.remove(new Query(), "quota_counters");
        mongo.remove(new Query(), "award_claims");
        Dossier d = mongo.findById(id, Dossier.class);
        d.quotaKeys = new ArrayList<>();
        d.claimKeys = new ArrayList<>();
        d.route = route;
        d.stopIndex = 0;
        d.status = status;
        d.holderUnitCode = route.getFirst().unitCode();
        d.routeUnits = route.stream().map(RouteStop::unitCode).toList();
        if (formLevel != null) {
            RuleSnapshot r = d.rules;
            d.rules = new RuleSnapshot(r.campaignId(), r.campaignVersion(), r.campaignCode(), r.campaignName(),
                    r.standingAgencyCode(), r.receivedOn(), r.rulesInForceOn(), r.category(), r.offer(),
                    new CatalogueEntry(r.form().code(), r.form().name(), r.form().kind(), formLevel,
                            "STATE".equals(formLevel) ? List.of("Thủ tướng Chính phủ") : null, null));
        }
        mongo.save(d);
        return id;
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
