package vn.thidua.award.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.award.decisions.Decision;
import vn.thidua.award.dossiers.Dossier;
import vn.thidua.award.dossiers.DossierStatus;
import vn.thidua.award.dossiers.Nominee;
import vn.thidua.award.dossiers.RouteStop;
import vn.thidua.award.dossiers.TransitionRecord;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * The separation of duties at the endpoints, over real HTTP: every refusal is a 403 problem whose code is the rule,
 * and nothing is written. Dossiers and decisions are put in the store as the workflow leaves them (the rule checks
 * of a successful decision need the other services; the system test {@code SeparationOfDutiesSystemTest} goes the
 * whole way).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class SeparationOfDutiesWebTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "award-duties-test");
        registry.add("thidua.services.registration", () -> "http://127.0.0.1:9");
        registry.add("thidua.services.campaign", () -> "http://127.0.0.1:9");
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    TestHttp http;

    // Commune 77001 of a province nobody seeded (77): its officer prepares, its chairman decides and signs.
    final String preparer = TestTokens.token("xa.canbo", "77", "77001", UnitLevel.COMMUNE,
            PlatformRole.COMMUNE_OFFICER);
    final String otherOfficer = TestTokens.token("xa.canbo2", "77", "77001", UnitLevel.COMMUNE,
            PlatformRole.COMMUNE_OFFICER);
    final String chairman = TestTokens.token("xa.chutich", "77", "77001", UnitLevel.COMMUNE,
            PlatformRole.DECISION_SIGNER);
    final String provinceSigner = TestTokens.token("tinh.ky", "77", "77", UnitLevel.PROVINCE,
            PlatformRole.DECISION_SIGNER);
    final String provinceAdmin = TestTokens.token("snv.admin", "77", "77", UnitLevel.PROVINCE,
            PlatformRole.PROVINCE_ADMIN);
    final String appraiser = TestTokens.token("snv.thamdinh", "77", "77", UnitLevel.PROVINCE, PlatformRole.APPRAISER);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    /** A commune Giấy khen prepared by {@code by}: at its one stop, the commune itself, where it is decided. */
    Dossier communeGiayKhen(String by, DossierStatus status) {
        Dossier d = new Dossier();
        d.id = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        d.tenant = "77";
        d.unitPath = List.of("77", "77001");
        d.pathLevels = Dossier.levelList(Map.of("77", "PROVINCE", "77001", "COMMUNE"));
        d.campaignId = "c-77";
        d.year = 2026;
        d.occasion = "ANNUAL";
        d.nominee = new Nominee(Nominee.Type.HOUSEHOLD, "Hộ ông Lò Văn Pản", "011090000009", null, null, null, null,
                null, null);
        d.categoryCode = "HOUSEHOLDS";
        d.awardFormCode = "GIAY_KHEN_CHU_TICH_UBND_XA";
        d.proposingUnitCode = "77001";
        d.proposingLevel = "COMMUNE";
        d.route = List.of(new RouteStop(0, "77001", "COMMUNE", null, RouteStop.Kind.REVIEW, "commune-officer", null,
                null));
        d.routeUnits = List.of("77001");
        d.stopIndex = 0;
        d.holderUnitCode = "77001";
        d.status = status;
        d.decidedAtUnitCode = status == DossierStatus.IN_REVIEW ? null : "77001";
        d.createdBy = by;
        d.transitions = new ArrayList<>(List.of(move("CREATE", by), move("SUBMIT", by)));
        d.createdAt = Instant.now();
        d.updatedAt = Instant.now();
        return mongo.insert(d);
    }

    /** A dossier at Sở Nội vụ's appraisal (or awaiting the council), prepared by {@code by}. */
    Dossier atAppraisal(String by, DossierStatus status) {
        Dossier d = communeGiayKhen(by, status);
        d.awardFormCode = "BANG_KHEN_CAP_BO_TINH";
        d.route = List.of(new RouteStop(0, "77", "PROVINCE", "Sở Nội vụ", RouteStop.Kind.APPRAISAL, "appraiser", null,
                null));
        d.routeUnits = List.of("77");
        d.holderUnitCode = "77";
        return mongo.save(d);
    }

    static TransitionRecord move(String action, String by) {
        return new TransitionRecord(UUID.randomUUID().toString(), action, null, null, null, by, "77001",
                Instant.now(), true);
    }

    TestHttp.Response transition(Dossier d, String action, String token) {
        return http.post("/api/v1/dossiers/" + d.id + "/transitions", Map.of("action", action)).token(token)
                .header("If-Match", "\"" + d.version + "\"").header("Accept-Language", "en").send();
    }

    static void refusedBy(TestHttp.Response answer, String rule) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(403);
        assertThat(answer.json().path("code").asString()).isEqualTo(rule);
        assertThat(answer.json().path("detail").asString()).contains("Rule " + rule);
    }

    @Test
    void whoPreparedADossierCannotDecideItNorCanAnotherOfficerOfTheProposingUnit() {
        Dossier d = communeGiayKhen("xa.canbo", DossierStatus.IN_REVIEW);
        refusedBy(transition(d, "DECIDE", preparer), "preparer-cannot-decide");
        refusedBy(transition(d, "DECIDE", otherOfficer), "proposing-office-cannot-decide");
        Dossier after = mongo.findById(d.id, Dossier.class);
        assertThat(after.status).isEqualTo(DossierStatus.IN_REVIEW);
        assertThat(after.version).isEqualTo(d.version);
        // Forwarding, returning are not deciding: the office still returns its own dossier for correction.
        var returned = http.post("/api/v1/dossiers/" + d.id + "/transitions", Map.of("action", "RETURN", "reason",
                "Bổ sung")).token(otherOfficer).header("If-Match", "\"" + d.version + "\"").send();
        assertThat(returned.status()).as(returned.text()).isEqualTo(200);
    }

    @Test
    void anAppraiserWhoPreparedTheDossierNeitherAppraisesItNorRecordsItsCouncilVote() {
        Dossier inAppraisal = atAppraisal("snv.thamdinh", DossierStatus.IN_APPRAISAL);
        refusedBy(transition(inAppraisal, "APPRAISE", appraiser), "preparer-cannot-appraise");

        Dossier awaiting = atAppraisal("snv.thamdinh", DossierStatus.AWAITING_COUNCIL);
        Map<String, Object> vote = Map.of("members", 9, "present", 9, "votesFor", 9, "votesAgainst", 0,
                "abstentions", 0, "secretBallot", true, "meetingDate", "2026-11-10");
        refusedBy(http.post("/api/v1/dossiers/" + awaiting.id + "/council-result", vote).token(appraiser)
                .header("If-Match", "\"" + awaiting.version + "\"").header("Accept-Language", "en").send(),
                "preparer-cannot-vote");
        Dossier byOffice = atAppraisal("xa.canbo", DossierStatus.AWAITING_COUNCIL);
        refusedBy(http.post("/api/v1/dossiers/" + byOffice.id + "/council-result", vote).token(provinceAdmin)
                .header("If-Match", "\"" + byOffice.version + "\"").header("Accept-Language", "en").send(),
                "appraiser-required");
        assertThat(mongo.findById(awaiting.id, Dossier.class).status).isEqualTo(DossierStatus.AWAITING_COUNCIL);
        assertThat(mongo.findById(byOffice.id, Dossier.class).council).isNull();
    }

    Map<String, Object> decisionBody(String number, String signedOn, String... dossierIds) {
        return Map.of("number", number, "signedOn", signedOn, "issuingBody", "Ủy ban nhân dân xã 77001",
                "dossierIds", List.of(dossierIds));
    }

    TestHttp.Response issue(Map<String, Object> body, String token) {
        return http.post("/api/v1/decisions", body).token(token).header("Accept-Language", "en").send();
    }

    @Test
    void onlyADecisionSignerWhoPreparedNoneOfTheDossiersSignsTheDecision() {
        long before = mongo.count(new org.springframework.data.mongodb.core.query.Query(), Decision.class);
        Dossier approved = communeGiayKhen("xa.canbo", DossierStatus.APPROVED);
        refusedBy(issue(decisionBody("1/QĐ-UBND", "2026-11-20", approved.id), preparer), "signer-required");
        refusedBy(issue(decisionBody("1/QĐ-UBND", "2026-11-20", approved.id), provinceAdmin), "signer-required");
        Dossier chairmansOwn = communeGiayKhen("xa.chutich", DossierStatus.APPROVED);
        refusedBy(issue(decisionBody("1/QĐ-UBND", "2026-11-20", approved.id, chairmansOwn.id), chairman),
                "preparer-cannot-sign");
        // A name typed in for a signer is not the signer.
        Map<String, Object> named = new java.util.HashMap<>(decisionBody("1/QĐ-UBND", "2026-11-20", approved.id));
        named.put("signerName", "Chủ tịch UBND xã");
        var typed = issue(named, chairman);
        assertThat(typed.status()).as(typed.text()).isEqualTo(400);
        assertThat(typed.json().path("errors").get(0).path("field").asString()).isEqualTo("signerName");
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), Decision.class))
                .isEqualTo(before);
    }

    @Test
    void aDecisionNumberIsUniquePerIssuingBodyAndYear() {
        Decision stored = decision("77001", "12/QĐ-UBND", LocalDate.of(2026, 3, 1), List.of());
        var taken = issue(decisionBody("12/QĐ-UBND", "2026-11-20", "000000000000000000000000"), chairman);
        assertThat(taken.status()).as(taken.text()).isEqualTo(409);
        assertThat(taken.json().path("code").asString()).isEqualTo("decision-number-taken");
        assertThat(taken.json().path("detail").asString()).contains("12/QĐ-UBND").contains("77001").contains("2026");
        // The same number next year, or at the province, is another decision (here refused only for its dossier).
        var nextYear = issue(decisionBody("12/QĐ-UBND", "2027-01-05", "000000000000000000000000"), chairman);
        assertThat(nextYear.json().path("code").asString()).isEqualTo("batch-refused");
        var province = issue(decisionBody("12/QĐ-UBND", "2026-11-20", "000000000000000000000000"), provinceSigner);
        assertThat(province.json().path("code").asString()).isEqualTo("batch-refused");
        // The unique index decides between two signers at the same moment.
        assertThatThrownBy(() -> decision("77001", "12/QĐ-UBND", LocalDate.of(2026, 12, 1), List.of()))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(decision("77001", "12/QĐ-UBND", LocalDate.of(2025, 12, 1), List.of()).year).isEqualTo(2025);
        assertThat(stored.year).isEqualTo(2026);
    }

    @Test
    void whoPreparedADossierCannotPublishItsDecisionAndTheChairmanDoes() {
        Dossier decided = communeGiayKhen("xa.canbo", DossierStatus.DECIDED);
        Decision issued = decision("77001", "30/QĐ-UBND", LocalDate.of(2026, 11, 1), List.of(decided.id));
        decided.decisionId = issued.id;
        decided.decisionNumber = issued.number;
        mongo.save(decided);
        String path = "/api/v1/decisions/" + issued.id + "/publication";
        refusedBy(http.post(path, Map.of()).token(preparer).header("Accept-Language", "en").send(),
                "preparer-cannot-publish");
        refusedBy(http.post(path, Map.of()).token(otherOfficer).header("Accept-Language", "en").send(),
                "preparer-cannot-publish");
        assertThat(mongo.findById(issued.id, Decision.class).status).isEqualTo(Decision.Status.ISSUED);
        var published = http.post(path, Map.of()).token(chairman).send();
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        assertThat(mongo.findById(decided.id, Dossier.class).status).isEqualTo(DossierStatus.PUBLISHED);
    }

    Decision decision(String unit, String number, LocalDate signedOn, List<String> dossierIds) {
        Decision d = new Decision();
        d.id = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        d.tenant = "77";
        d.unitPath = List.of("77", unit);
        d.decidingUnitCode = unit;
        d.number = number;
        d.signedOn = signedOn;
        d.year = signedOn.getYear();
        d.issuingBody = "Ủy ban nhân dân xã 77001";
        d.signerName = "xa.chutich";
        d.signedBy = "xa.chutich";
        d.status = Decision.Status.ISSUED;
        d.createdAt = Instant.now();
        for (String id : dossierIds) {
            d.awardees.add(new Decision.Awardee(id, "HOUSEHOLD", "Hộ ông Lò Văn Pản", "011090000009", null, unit,
                    "GIAY_KHEN_CHU_TICH_UBND_XA", "Giấy khen", 0L, "—"));
        }
        return mongo.insert(d);
    }
}
