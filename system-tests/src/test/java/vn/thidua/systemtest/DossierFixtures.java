package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.thidua.shared.test.TestHttp;

/**
 * Award dossiers of this run: a launched Lai Châu campaign made from the demo plan of seed 004 (same categories,
 * offers, quotas and DOSSIER chain, own code, period 2021–2027 so that year-2026 dossiers are on time), and
 * dossier bodies for it. One campaign per run, so quotas and counts start from zero on a stack holding data.
 */
final class DossierFixtures {

    static final TestHttp GATEWAY = Stack.GATEWAY_HTTP;
    static final String OWNER = "laichau.admin";
    private static String campaignId;
    private static String approvedDossierId;

    private DossierFixtures() {
    }

    static synchronized String campaignId() {
        if (campaignId == null) {
            campaignId = TestCampaigns.launchedLaiChauCopy(GATEWAY, "ST-DOS-", "Phong trào kiểm thử hồ sơ khen thưởng (system test)");
        }
        return campaignId;
    }

    static String personalId() {
        return String.format("0%011d", ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
    }

    /** An official (cán bộ) of the proposing unit for a Bằng khen of the Chairman of the province. */
    static Map<String, Object> individual(int year, String proposingUnitCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaignId());
        body.put("year", year);
        body.put("occasion", "ANNUAL");
        body.put("nominee", Map.of("type", "INDIVIDUAL", "name", "Cán bộ kiểm thử " + UUID.randomUUID().toString()
                .substring(0, 6), "personalId", personalId(), "birthDate", "1985-03-02", "position",
                "Công chức Văn phòng – Thống kê"));
        body.put("categoryCode", "OFFICIALS");
        body.put("awardFormCode", "BANG_KHEN_CAP_BO_TINH");
        if (proposingUnitCode != null) {
            body.put("proposingUnitCode", proposingUnitCode);
        }
        body.put("achievementSummary", "Hoàn thành xuất sắc nhiệm vụ xây dựng nông thôn mới năm " + year);
        return body;
    }

    /** A commune proposed for the province's emulation flag (Cờ thi đua, tặng 01 lần for an NTM commune). */
    static Map<String, Object> flagFor(String communeCode, String name) {
        return Map.of("campaignId", campaignId(), "year", 2024, "occasion", "ON_ACHIEVEMENT",
                "nominee", Map.of("type", "UNIT", "name", name, "unitCode", communeCode),
                "categoryCode", "COMMUNES", "awardFormCode", "CO_THI_DUA_CAP_BO_TINH",
                "achievementSummary", "Xã đạt chuẩn nông thôn mới năm 2024", "achievementKey", "NTM-2024");
    }

    /** The isolation test's dossier: Sở Nội vụ enters one of the standing agency's staff (route: appraisal). */
    static Map<String, Object> isolationDossierBody() {
        return individual(2024, "12-SNNMT");
    }

    /** The isolation test's decision: for one approved dossier of this run, with a fresh number. */
    static Map<String, Object> isolationDecisionBody() {
        return decisionBody(approvedDossierId());
    }

    /** A decision of the province for one approved dossier, with a number of its own. */
    static Map<String, Object> decisionBody(String dossierId) {
        return Map.of("number", "ST-" + UUID.randomUUID().toString().substring(0, 8) + "/QĐ-UBND",
                "signedOn", LocalDate.now().toString(), "issuingBody", "Ủy ban nhân dân tỉnh Lai Châu",
                "dossierIds", List.of(dossierId));
    }

    /** A dossier taken to APPROVED (appraisal, council) once per run, for the decision fixture. */
    static synchronized String approvedDossierId() {
        if (approvedDossierId == null) {
            approvedDossierId = newApprovedDossierId();
        }
        return approvedDossierId;
    }

    /** A new dossier taken to APPROVED (appraisal, council). */
    static String newApprovedDossierId() {
        var created = GATEWAY.post("/api/v1/dossiers", individual(2024, "12-SNNMT")).token(Stack.token(OWNER))
                .send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var moved = move(OWNER, id, created.header("ETag"), "SUBMIT", null);
        moved = move("laichau.appraiser", id, moved.header("ETag"), "APPRAISE", null);
        var voted = GATEWAY.post("/api/v1/dossiers/" + id + "/council-result", Map.of("members", 15, "present",
                13, "votesFor", 12, "votesAgainst", 1, "abstentions", 0, "secretBallot", true, "meetingDate",
                LocalDate.now().toString())).token(Stack.token("laichau.appraiser"))
                .header("If-Match", moved.header("ETag")).send();
        assertThat(voted.status()).as(voted.text()).isEqualTo(200);
        return id;
    }

    static TestHttp.Response move(String user, String id, String etag, String action, String reason) {
        Map<String, Object> body = reason == null ? Map.of("action", action) : Map.of("action", action, "reason",
                reason);
        var response = GATEWAY.post("/api/v1/dossiers/" + id + "/transitions", body).token(Stack.token(user))
                .header("If-Match", etag).send();
        assertThat(response.status()).as(user + " " + action + ": " + response.text()).isEqualTo(200);
        return response;
    }

    /** Posts a status flag of a unit to registration-service's progress (as the province admin). */
    static void status(String unitCode, String flag) {
        var posted = GATEWAY.post("/api/v1/progress", Map.of("unitCode", unitCode, "indicator", flag, "value", 1,
                "unitOfMeasure", "FLAG", "measuredOn", "2024-12-01")).token(Stack.token(OWNER)).send();
        assertThat(posted.status()).as("progress " + unitCode + ": " + posted.text()).isIn(200, 201);
    }
}
