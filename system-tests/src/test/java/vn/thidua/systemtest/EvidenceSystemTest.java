package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.test.TestHttp;

/**
 * Issue 12, item 3, through the gateway with real Keycloak tokens: evidence nobody can bend, and personal data.
 * <ul>
 * <li>A commune cannot switch off a legal quota with a status value of its own: its unconfirmed 0 leaves the
 * quota applied (the second dossier is refused 5/5-style); the commune cannot confirm its own value; once the
 * province (the level above a commune since 1 July 2025) confirms the 0, the quota no longer applies.</li>
 * <li>The nominee's citizen id, birth date and address are shown in full to the proposing commune and Sở Nội vụ,
 * masked to the standing agency the dossier passes through and to the national inspector, and every read in
 * full is in the audit trail with who and when.</li>
 * </ul>
 * Each run works on a plan of its own (a launched copy of Lai Châu's plan) with a status flag of its own.
 */
class EvidenceSystemTest {

    static final TestHttp GATEWAY = Stack.GATEWAY_HTTP;
    static final String COMMUNE = ReservationFaultsSystemTest.COMMUNE;
    static final String ADMIN = ReservationFaultsSystemTest.ADMIN;

    static String plan(String name, Map<String, Object> offer) {
        return TestCampaigns.launchedLaiChauCopy(GATEWAY, "ST-EVD-", "Phong trào kiểm thử minh chứng: " + name,
                body -> body.set("offers", TestHttp.JSON.valueToTree(List.of(offer))));
    }

    static List<String> codes(JsonNode findings) {
        List<String> codes = new ArrayList<>();
        findings.forEach(f -> codes.add(f.path("code").asString("") + " " + f.path("outcome").asString("")));
        return codes;
    }

    @Test
    void aCommunesOwnUnconfirmedValueDoesNotSwitchOffAQuotaAndTheProvincesConfirmationDoes() {
        String flag = "ST_EVD_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        String plan = plan("quota", ReservationFaultsSystemTest.offer("BANG_KHEN_CAP_BO_TINH",
                ReservationFaultsSystemTest.flaggedQuota("COMMUNE", flag, 1)));
        // The commune says it does not hold the status: nobody above has looked at it.
        var declared = Answers.checked("declare", GATEWAY.post("/api/v1/progress", Map.of("unitCode", "03390",
                "indicator", flag, "value", 0, "unitOfMeasure", "FLAG", "measuredOn", "2026-06-30"))
                .token(Stack.token(COMMUNE)).header("Idempotency-Key", "st-evd-" + UUID.randomUUID()).send());
        assertThat(declared.status()).as(declared.text()).isEqualTo(201);
        assertThat(declared.json().get("standing").asString()).isEqualTo("DECLARED");
        String valueId = declared.json().get("id").asString();

        String first = ReservationFaultsSystemTest.submitted(ReservationFaultsSystemTest.dossier(plan, 2026,
                "BANG_KHEN_CAP_BO_TINH", ReservationFaultsSystemTest.official()), "12-SNNMT");
        assertThat(codes(ReservationFaultsSystemTest.checks(COMMUNE, first)))
                .contains("quota.status-not-confirmed WARN", "quota.within PASS");
        String second = ReservationFaultsSystemTest.draft(ReservationFaultsSystemTest.dossier(plan, 2026,
                "BANG_KHEN_CAP_BO_TINH", ReservationFaultsSystemTest.official())).json().get("id").asString();
        var refused = Answers.checked("second submit", ReservationFaultsSystemTest.move(COMMUNE, second, "SUBMIT",
                null));
        assertThat(refused.status()).as("the quota still applies: " + refused.text()).isEqualTo(422);
        assertThat(refused.text()).contains("quota.exceeded");

        // The commune cannot vouch for itself; the province can.
        Map<String, Object> confirm = Map.of("decision", "CONFIRM", "source", "Biên bản kiểm tra của Sở NN&MT");
        var own = Answers.checked("own confirmation", GATEWAY.post("/api/v1/progress/" + valueId + "/confirmation",
                confirm).token(Stack.token(COMMUNE)).header("If-Match", "\"0\"").send());
        assertThat(own.status()).isEqualTo(403);
        var confirmed = Answers.checked("confirmation", GATEWAY.post("/api/v1/progress/" + valueId
                + "/confirmation", confirm).token(Stack.token(ADMIN)).header("If-Match", "\"0\"").send());
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.json().get("standing").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().at("/confirmation/byUnit").asString()).isEqualTo("12");

        var accepted = Answers.checked("submit after confirmation", ReservationFaultsSystemTest.move(COMMUNE, second,
                "SUBMIT", null));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(codes(accepted.json().get("findings"))).contains("quota.status-not-held PASS")
                .doesNotContain("quota.exceeded FAIL");
    }

    @Test
    void personalDataInFullOnlyForThoseWhoPrepareAndAppraiseAndEveryFullReadIsAudited() {
        String plan = plan("personal data", ReservationFaultsSystemTest.offer("BANG_KHEN_CAP_BO_TINH",
                ReservationFaultsSystemTest.once()));
        String personalId = DossierFixtures.personalId();
        Map<String, Object> nominee = new LinkedHashMap<>(ReservationFaultsSystemTest.official());
        nominee.put("personalId", personalId);
        nominee.put("birthDate", "1985-03-02");
        nominee.put("address", "Bản Nà Sẳng, xã Bình Lư, tỉnh Lai Châu");
        String id = ReservationFaultsSystemTest.submitted(ReservationFaultsSystemTest.dossier(plan, 2026,
                "BANG_KHEN_CAP_BO_TINH", nominee), "12-SNNMT");

        JsonNode ofCommune = read("laichau.commune", id);
        assertThat(ofCommune.get("personalId").asString()).isEqualTo(personalId);
        assertThat(ofCommune.get("birthDate").asString()).isEqualTo("1985-03-02");
        assertThat(ofCommune.get("masked").asBoolean()).isFalse();
        assertThat(read(ADMIN, id).get("personalId").asString()).isEqualTo(personalId);
        for (String user : List.of("laichau.standing", "national.inspector")) {
            JsonNode masked = read(user, id);
            assertThat(masked.get("masked").asBoolean()).as(user).isTrue();
            assertThat(masked.get("personalId").asString()).as(user)
                    .isEqualTo(personalId.charAt(0) + "x".repeat(personalId.length() - 4)
                            + personalId.substring(personalId.length() - 3));
            assertThat(masked.get("birthDate").asString()).isEqualTo("1985-xx-xx");
            assertThat(masked.get("address").asString()).isEqualTo("xxx, tỉnh Lai Châu");
            assertThat(masked.toString()).doesNotContain(personalId).doesNotContain("Nà Sẳng");
        }
        // Lists never carry it in full.
        var list = GATEWAY.get("/api/v1/dossiers?campaignId=" + plan).token(Stack.token(ADMIN)).send();
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).doesNotContain(personalId);

        var audit = Answers.checked("audit", GATEWAY.get("/api/v1/audit?subjectId=" + id + "&size=100")
                .token(Stack.token(ADMIN)).send());
        assertThat(audit.status()).as(audit.text()).isEqualTo(200);
        List<String> readers = new ArrayList<>();
        audit.json().get("items").forEach(r -> {
            if ("PERSONAL_DATA_READ".equals(r.get("action").asString())) {
                readers.add(r.get("actorUsername").asString());
                assertThat(r.at("/details/fields").asString()).isEqualTo("personalId,birthDate,address");
                assertThat(r.get("at").asString()).isNotBlank();
            }
        });
        // The commune read it while submitting and once more above; Sở Nội vụ once; nobody else in full.
        assertThat(readers).contains("laichau.commune", ADMIN).containsOnly("laichau.commune", ADMIN);
        var verified = GATEWAY.get("/api/v1/audit/verify?tenant=12").token(Stack.token(ADMIN)).send();
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("valid").asBoolean()).as("the chain still verifies").isTrue();
    }

    static JsonNode read(String user, String id) {
        var read = ReservationFaultsSystemTest.dossierRead(user, id);
        return read.json().get("nominee");
    }
}
