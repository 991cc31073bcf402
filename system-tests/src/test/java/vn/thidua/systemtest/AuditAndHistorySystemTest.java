package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.test.TestHttp;

/**
 * The audit trail and the award history through the gateway with real Keycloak tokens: who may read the trail,
 * that the chains verify, and that an award made through the whole dossier → decision → publication flow is found
 * by citizen id and by unit across the 2025 merger (new Xã Bình Lư 03390 ← old Xã Bình Lư 03412, Thị trấn Tam
 * Đường 03390, Xã Sơn Bình 03413). Re-runnable: every run makes its own campaign, dossiers and decision.
 */
class AuditAndHistorySystemTest {

    static final TestHttp GATEWAY = Stack.GATEWAY_HTTP;
    /**
     * Where award-service's own paths are called: the gateway, unless {@code -Dthidua.award.url} aims them at
     * another instance of award-service wired to the same stack (used when the stack's copy cannot be redeployed).
     */
    static final TestHttp AWARD = new TestHttp(System.getProperty("thidua.award.url", Stack.GATEWAY));

    /** The id ({@code 12:n}) of a record of Lai Châu's chain; makes a dossier first when the chain is empty. */
    static synchronized String laiChauAuditRecordId() {
        if (verify("12").get("records").asLong() == 0) {
            var created = AWARD.post("/api/v1/dossiers", DossierFixtures.isolationDossierBody())
                    .token(Stack.token("laichau.admin")).send();
            assertThat(created.status()).as(created.text()).isEqualTo(201);
        }
        assertThat(verify("12").get("records").asLong()).as("Lai Châu audit records").isPositive();
        return "12:1";
    }

    private static JsonNode verify(String tenant) {
        var response = AWARD.get("/api/v1/audit/verify?tenant=" + tenant).token(Stack.token("national.inspector"))
                .send();
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    @Test
    void onlyInspectorsAndAdministratorsReadTheTrailAndEveryChainVerifies() {
        String recordId = laiChauAuditRecordId();
        // A commune officer of Lai Châu: no audit role.
        for (String path : List.of("/api/v1/audit/verify", "/api/v1/audit?tenant=12", "/api/v1/audit/" + recordId)) {
            var refused = AWARD.get(path).token(Stack.token("laichau.commune")).send();
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.json().get("code").asString()).isEqualTo("forbidden");
        }
        // The national inspector reads every chain, the province admin its own.
        var record = AWARD.get("/api/v1/audit/" + recordId).token(Stack.token("national.inspector")).send();
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.json().get("sequence").asLong()).isEqualTo(1);
        assertThat(record.json().get("previousHash").asString()).isEqualTo("0".repeat(64));
        assertThat(record.json().get("hash").asString()).hasSize(64);
        assertThat(AWARD.get("/api/v1/audit/" + recordId).token(Stack.token("laichau.admin")).send().status())
                .isEqualTo(200);
        var page = AWARD.get("/api/v1/audit?tenant=12&size=5").token(Stack.token("national.inspector")).send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("totalItems").asLong()).isPositive();
        // Other provinces: Lai Châu's chain does not exist for them.
        for (String foreign : List.of("caobang.admin", "quangtri.admin", "caobang.commune")) {
            assertThat(AWARD.get("/api/v1/audit/" + recordId).token(Stack.token(foreign)).send().status())
                    .as(foreign).isEqualTo(404);
            assertThat(AWARD.get("/api/v1/audit/verify?tenant=12").token(Stack.token(foreign)).send().status())
                    .as(foreign).isEqualTo(404);
        }
        for (String tenant : List.of("12", "04", "44", "national")) {
            JsonNode verdict = verify(tenant);
            assertThat(verdict.get("valid").asBoolean()).as(tenant + ": " + verdict).isTrue();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAwardIsFoundByCitizenIdAndByUnitAcrossTheMerger() {
        // An official of Xã Bình Lư (03390) and one of Sở Nông nghiệp và Môi trường, awarded through the real flow.
        // (Individuals, not the commune itself: the commune's emulation flag is once only, and this test re-runs.)
        Map<String, Object> ofBinhLu = new java.util.LinkedHashMap<>(DossierFixtures.individual(2024, "12-SNNMT"));
        Map<String, Object> nominee = new java.util.LinkedHashMap<>((Map<String, Object>) ofBinhLu.get("nominee"));
        nominee.put("unitCode", "03390");
        nominee.put("workplace", "Ủy ban nhân dân xã Bình Lư");
        ofBinhLu.put("nominee", nominee);
        String unitDossier = approvedDossier(ofBinhLu);
        Map<String, Object> official = DossierFixtures.individual(2024, "12-SNNMT");
        String personalId = ((Map<?, ?>) official.get("nominee")).get("personalId").toString();
        String personDossier = approvedDossier(official);
        String decisionId = publishDecision(List.of(unitDossier, personDossier));

        String admin = Stack.token("laichau.admin");
        JsonNode byId = lookup("personalId=" + personalId, admin);
        assertThat(byId.get("totalItems").asLong()).isEqualTo(1);
        JsonNode personal = byId.get("items").get(0);
        assertThat(personal.get("dossierId").asString()).isEqualTo(personDossier);
        assertThat(personal.get("decisionId").asString()).isEqualTo(decisionId);
        assertThat(personal.get("personalId").asString()).isEqualTo(personalId);
        assertThat(personal.get("revoked").asBoolean()).isFalse();

        // Asked under today's code: the award is the unit's own.
        JsonNode today = find(newest("unitCode=03390", admin), unitDossier);
        assertThat(today.get("relation").asString()).isEqualTo("SAME");
        assertThat(today.get("awardedUnitName").asString()).isEqualTo("Xã Bình Lư");
        // Asked under an old commune merged into it: the award was made under its successor.
        for (String old : List.of("03412", "03413")) {
            JsonNode fromOld = find(newest("unitCode=" + old, admin), unitDossier);
            assertThat(fromOld.get("relation").asString()).as(old).isEqualTo("SUCCESSOR");
            assertThat(fromOld.get("awardedUnitCode").asString()).isEqualTo("03390");
        }
        // A commune of another merger does not see it; other provinces see nothing of Lai Châu's.
        assertThat(ids(newest("unitCode=03430", admin))).doesNotContain(unitDossier);
        assertThat(lookup("personalId=" + personalId, Stack.token("caobang.admin")).get("totalItems").asLong())
                .isZero();
        assertThat(lookup("personalId=" + personalId, Stack.token("national.inspector")).get("totalItems")
                .asLong()).isEqualTo(1);
        // Revoked (thu hồi): the award stays in the history, marked with the reason and the legal basis.
        var dossier = AWARD.get("/api/v1/dossiers/" + personDossier).token(admin).send();
        var revoked = AWARD.post("/api/v1/dossiers/" + personDossier + "/revocation", Map.of("reason",
                "Khai man thành tích (kiểm thử)", "legalBasis", "Điều 94 Luật Thi đua, khen thưởng 2022"))
                .token(admin).header("If-Match", dossier.header("ETag")).send();
        assertThat(revoked.status()).as("revocation: " + revoked.text()).isEqualTo(200);
        JsonNode after = lookup("personalId=" + personalId, admin).get("items").get(0);
        assertThat(after.get("revoked").asBoolean()).isTrue();
        assertThat(after.get("revocation").get("reason").asString()).isEqualTo("Khai man thành tích (kiểm thử)");
        assertThat(after.get("revocation").get("legalBasis").asString()).contains("Điều 94");
        // The publication and the revocation were audited in Lai Châu's chain, and the chain still verifies.
        var revocationTrail = AWARD.get("/api/v1/audit?tenant=12&subjectId=" + personDossier + "&size=50")
                .token(Stack.token("national.inspector")).send().json();
        List<String> actions = new ArrayList<>();
        revocationTrail.get("items").forEach(item -> actions.add(item.get("action").asString()));
        assertThat(actions).contains("SUBMIT", "REVOKE");
        assertThat(actions.get(actions.size() - 1)).isEqualTo("REVOKE");
        var trail = AWARD.get("/api/v1/audit?tenant=12&subjectId=" + decisionId)
                .token(Stack.token("national.inspector")).send().json();
        assertThat(trail.get("totalItems").asLong()).isPositive();
        assertThat(verify("12").get("valid").asBoolean()).isTrue();
    }

    /** Creates the dossier as Sở Nội vụ and takes it through submission, appraisal and the council's vote. */
    private static String approvedDossier(Map<String, Object> body) {
        String owner = Stack.token("laichau.admin");
        var created = AWARD.post("/api/v1/dossiers", body).token(owner).send();
        assertThat(created.status()).as("dossier: " + created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var moved = move("laichau.admin", id, created.header("ETag"), "SUBMIT", null);
        moved = move("laichau.appraiser", id, moved.header("ETag"), "APPRAISE", null);
        var voted = AWARD.post("/api/v1/dossiers/" + id + "/council-result", Map.of("members", 15, "present", 13,
                "votesFor", 12, "votesAgainst", 1, "abstentions", 0, "secretBallot", true, "meetingDate",
                LocalDate.now().toString())).token(Stack.token("laichau.appraiser"))
                .header("If-Match", moved.header("ETag")).send();
        assertThat(voted.status()).as("council: " + voted.text()).isEqualTo(200);
        return id;
    }

    private static TestHttp.Response move(String user, String id, String etag, String action, String reason) {
        Map<String, Object> body = reason == null ? Map.of("action", action) : Map.of("action", action, "reason",
                reason);
        var response = AWARD.post("/api/v1/dossiers/" + id + "/transitions", body).token(Stack.token(user))
                .header("If-Match", etag).send();
        assertThat(response.status()).as(user + " " + action + ": " + response.text()).isEqualTo(200);
        return response;
    }

    private static String publishDecision(List<String> dossierIds) {
        String signer = Stack.token("laichau.signer");
        var issued = AWARD.post("/api/v1/decisions", Map.of("number", "AH-" + UUID.randomUUID().toString()
                        .substring(0, 8) + "/QĐ-UBND", "signedOn", LocalDate.now().toString(), "issuingBody",
                        "Ủy ban nhân dân tỉnh Lai Châu", "dossierIds", dossierIds))
                .token(signer).send();
        assertThat(issued.status()).as("decision: " + issued.text()).isEqualTo(201);
        String id = issued.json().get("id").asString();
        var published = AWARD.post("/api/v1/decisions/" + id + "/publication", Map.of()).token(signer).send();
        assertThat(published.status()).as("publication: " + published.text()).isEqualTo(200);
        return id;
    }

    private static JsonNode lookup(String query, String token) {
        var response = AWARD.get("/api/v1/award-history?" + query).token(token).send();
        assertThat(response.status()).as(query + ": " + response.text()).isEqualTo(200);
        return response.json();
    }

    /**
     * The newest 100 items as one page (lists are oldest first; a stack that ran this before holds earlier runs'
     * awards, and awards of one day are ordered by dossier id).
     */
    private static JsonNode newest(String query, String token) {
        long total = lookup(query + "&size=1", token).get("totalItems").asLong();
        long last = Math.max(0, (total - 1) / 50);
        tools.jackson.databind.node.ArrayNode items = TestHttp.JSON.createArrayNode();
        for (long page = Math.max(0, last - 1); page <= last; page++) {
            lookup(query + "&size=50&page=" + page, token).get("items").forEach(items::add);
        }
        return TestHttp.JSON.createObjectNode().set("items", items);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("dossierId").asString()));
        return ids;
    }

    private static JsonNode find(JsonNode page, String dossierId) {
        for (JsonNode item : page.get("items")) {
            if (dossierId.equals(item.get("dossierId").asString())) {
                return item;
            }
        }
        throw new AssertionError("dossier " + dossierId + " not in " + page);
    }
}
