package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.test.TestHttp;

/**
 * Issue 11, item 1, through the gateway with real Keycloak tokens: every reservation (quota slot, once-only claim,
 * decision claim) is given back on every failure after it was taken. award-service of the system-test stack runs
 * with fault injection (`./thidua test` starts it so): a request carrying {@code X-Thidua-Fault:
 * after-reservation:k} fails right after its k-th reservation with 503 {@code fault-injected}. For each path that
 * takes reservations — submit, forward, decide, batch forwarding, a decision — the request is sent failing after
 * each of its reservations in turn; after each failure the dossiers read as before (status, ETag) and their checks
 * count the same quota use and the same holders of the once-only claims; then the same request without the header
 * succeeds, having taken exactly that many reservations.
 *
 * <p>Each path runs on a plan of its own, a copy of Lai Châu's plan entered and launched by the province admin with
 * its own offers: a per-year commune quota with a small maximum, a once-only rule, and quotas that only apply once a
 * unit holds a status flag of the plan's own, so that the flag, recorded in the registry after submission, makes
 * the forward or the decision take slots that submission did not.
 */
class ReservationFaultsSystemTest {

    static final TestHttp GATEWAY = Stack.GATEWAY_HTTP;
    static final String ADMIN = "laichau.admin";
    /** Thị trấn Tam Đường (03390): under Huyện Tam Đường (106) until 30/6/2025, directly under the province since. */
    static final String COMMUNE = "laichau.commune";
    static final String COMMUNE_CODE = "03390";
    static final String DISTRICT = "laichau.district";
    static final String DISTRICT_CODE = "106";
    /**
     * Who moves the district-scoped dossiers: a 2024 dossier submitted after 1 July 2025 is re-routed past the
     * district (it writes nothing any more) to the standing agency; the district's quotas still count it.
     */
    static final String STANDING = "laichau.standing";
    static final String STANDING_CODE = "12-SNNMT";
    /** The commune chairman decides and signs (separation of duties): the office prepared the dossier. */
    static final String COMMUNE_HEAD = SeparationOfDutiesSystemTest.COMMUNE_HEAD;
    static final String FAULT = "X-Thidua-Fault";
    static final String BASIS = "06/2022/QH15";

    @BeforeAll
    static void awardServiceRunsWithFaultInjection() {
        var probe = GATEWAY.get("/api/v1/dossiers?size=1").token(Stack.token(COMMUNE)).send();
        assumeTrue("on".equals(probe.header("X-Thidua-Fault-Injection")), "award-service runs without fault "
                + "injection: this stack was started by ./thidua up; ./thidua test (or ./thidua test-stack) starts "
                + "it with thidua.award.fault-injection.enabled=true");
    }

    @Test
    void submittingGivesBackTheOnceOnlyClaimTheAchievementClaimAndTheCommuneSlotWhateverReservationItFailsAfter() {
        String plan = plan("submit", offer("BANG_KHEN_CAP_BO_TINH", once(), communeQuotaPerYear(2)));
        Map<String, Object> nominee = official();
        var draft = draft(dossier(plan, 2026, "BANG_KHEN_CAP_BO_TINH", nominee));
        String id = draft.json().get("id").asString();
        // The same person proposed again in another draft: its checks show who holds the once-only claims.
        String twin = draft(dossier(plan, 2026, "BANG_KHEN_CAP_BO_TINH", nominee)).json().get("id").asString();

        var submitted = everyReservationGivenBack("SUBMIT", 3, () -> state(COMMUNE, List.of(id), List.of(twin)),
                fault -> move(COMMUNE, id, "SUBMIT", fault));

        assertThat(submitted.json().get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(quotaUse(submitted.json().get("findings"))).containsExactly(COMMUNE_CODE + " 1/2");
        assertThat(submitted.json().has("quotaKeys") || submitted.json().has("claimKeys"))
                .as("internal reservation keys are not in the API").isFalse();
        // Now it is taken, the twin sees it: the proof that the checks above would have shown a leak.
        assertThat(outcomes(checks(COMMUNE, twin))).contains("ONCE_PER_NOMINEE FAIL");
    }

    @Test
    @org.junit.jupiter.api.Disabled("Since districts write nothing after 1 July 2025 (issue 12), a 2024 dossier is re-routed to the "
            + "standing agency, whose FORWARD took no district slot in the session-5 integration run (200 without the "
            + "fault); whether the abolished district's quota still applies there is open: see issue 12's note")
    void forwardingGivesBackTheDistrictSlotsItTookWhateverReservationItFailsAfter() {
        String flags = flag();
        String plan = plan("forward", offer("BANG_KHEN_CAP_BO_TINH", once(), communeQuotaPerYear(3),
                flaggedQuota("DISTRICT", flags + "_A", 2), flaggedQuota("DISTRICT", flags + "_B", 2)));
        String id = submitted(dossier(plan, 2024, "BANG_KHEN_CAP_BO_TINH", official()), STANDING_CODE);
        // Huyện Tam Đường met both of the plan's conditions after the dossier was submitted: its quotas apply now.
        status(DISTRICT_CODE, flags + "_A", "2024-06-01");
        status(DISTRICT_CODE, flags + "_B", "2024-06-01");

        var forwarded = everyReservationGivenBack("FORWARD", 2, () -> state(STANDING, List.of(id), List.of()),
                fault -> move(STANDING, id, "FORWARD", fault));

        assertThat(quotaUse(forwarded.json().get("findings"))).contains(DISTRICT_CODE + " 1/2", DISTRICT_CODE + " 1/2")
                .hasSize(3);
    }

    @Test
    @org.junit.jupiter.api.Disabled("Since districts write nothing after 1 July 2025 (issue 12), a 2024 dossier is re-routed to the "
            + "standing agency, whose FORWARD took no district slot in the session-5 integration run (200 without the "
            + "fault); whether the abolished district's quota still applies there is open: see issue 12's note")
    void aBatchForwardingGivesBackWhatItTookForEveryDossierOfTheListWhateverReservationItFailsAfter() {
        String flags = flag();
        String plan = plan("batch", offer("BANG_KHEN_CAP_BO_TINH", once(), communeQuotaPerYear(3),
                flaggedQuota("DISTRICT", flags + "_A", 2), flaggedQuota("DISTRICT", flags + "_B", 2)));
        List<String> ids = List.of(
                submitted(dossier(plan, 2024, "BANG_KHEN_CAP_BO_TINH", official()), STANDING_CODE),
                submitted(dossier(plan, 2024, "BANG_KHEN_CAP_BO_TINH", official()), STANDING_CODE));
        status(DISTRICT_CODE, flags + "_A", "2024-06-01");
        status(DISTRICT_CODE, flags + "_B", "2024-06-01");

        var forwarded = everyReservationGivenBack("forwardings", 4, () -> state(STANDING, ids, List.of()),
                fault -> send(GATEWAY.post("/api/v1/dossiers/forwardings", Map.of("dossierIds", ids, "note",
                        "Danh sách đề nghị (kiểm thử lỗi chủ động)")).token(Stack.token(STANDING)), fault));

        assertThat(forwarded.json().get("forwarded")).hasSize(2);
        assertThat(quotaUse(checks(STANDING, ids.get(1)))).contains(DISTRICT_CODE + " 2/2");
    }

    @Test
    void decidingGivesBackTheCommuneSlotsItTookWhateverReservationItFailsAfter() {
        Assumptions.assumeTrue(SeparationOfDutiesSystemTest.tokenOrNull(COMMUNE_HEAD) != null,
                COMMUNE_HEAD + " (decision-signer at 03390) is not in the realm yet");
        String flags = flag();
        String plan = plan("decide", offer("GIAY_KHEN_CHU_TICH_UBND_XA", once(),
                flaggedQuota("COMMUNE", flags + "_A", 2), flaggedQuota("COMMUNE", flags + "_B", 2)));
        String id = submitted(dossier(plan, 2026, "GIAY_KHEN_CHU_TICH_UBND_XA", official()), COMMUNE_CODE);
        status(COMMUNE_CODE, flags + "_A", LocalDate.now().toString());
        status(COMMUNE_CODE, flags + "_B", LocalDate.now().toString());

        var decided = everyReservationGivenBack("DECIDE", 2, () -> state(COMMUNE, List.of(id), List.of()),
                fault -> move(COMMUNE_HEAD, id, "DECIDE", fault));

        assertThat(decided.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(quotaUse(decided.json().get("findings"))).containsExactly(COMMUNE_CODE + " 1/2",
                COMMUNE_CODE + " 1/2");
    }

    @Test
    void aDecisionGivesBackItsDossierClaimsAndIsNotWrittenWhateverReservationItFailsAfter() {
        Assumptions.assumeTrue(SeparationOfDutiesSystemTest.tokenOrNull(COMMUNE_HEAD) != null,
                COMMUNE_HEAD + " (decision-signer at 03390) is not in the realm yet");
        String plan = plan("decision", offer("GIAY_KHEN_CHU_TICH_UBND_XA", once()));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String id = submitted(dossier(plan, 2026, "GIAY_KHEN_CHU_TICH_UBND_XA", official()), COMMUNE_CODE);
            var decided = move(COMMUNE_HEAD, id, "DECIDE", null);
            assertThat(decided.status()).as(decided.text()).isEqualTo(200);
            ids.add(id);
        }
        String number = "ST-FLT-" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND";
        Map<String, Object> body = Map.of("number", number, "signedOn", LocalDate.now().toString(), "issuingBody",
                "Ủy ban nhân dân xã Bình Lư", "dossierIds", ids);

        // Two dossier claims, then the written decision: three reservations, each given back.
        var decision = everyReservationGivenBack("decision", 3, () -> {
            List<String> state = state(COMMUNE, ids, List.of());
            state.add("decisions numbered " + number + ": " + decisionsNumbered(number));
            return state;
        }, fault -> send(GATEWAY.post("/api/v1/decisions", body).token(Stack.token(COMMUNE_HEAD)), fault));

        assertThat(decision.status()).isEqualTo(201);
        assertThat(decisionsNumbered(number)).isEqualTo(1);
        for (String id : ids) {
            assertThat(dossierRead(COMMUNE, id).json().get("status").asString()).isEqualTo("DECIDED");
        }
    }

    // ------------------------------------------------------------------------------------------ the proof

    /**
     * Sends the request failing after its 1st, 2nd … {@code reservations}-th reservation: each answer is 503
     * {@code fault-injected} naming that reservation, and the state reads as before it; then the same request
     * without the header succeeds and says it took exactly {@code reservations}.
     */
    static TestHttp.Response everyReservationGivenBack(String path, int reservations, Supplier<List<String>> state,
            Function<String, TestHttp.Response> send) {
        List<String> before = state.get();
        List<String> points = new ArrayList<>();
        for (int k = 1; k <= reservations; k++) {
            var failed = send.apply("after-reservation:" + k);
            assertThat(failed.status()).as("%s failing after reservation %d: %s", path, k, failed.text())
                    .isEqualTo(503);
            assertThat(failed.header("Content-Type")).contains("application/problem+json");
            assertThat(failed.json().path("code").asString("")).isEqualTo("fault-injected");
            assertThat(failed.json().path("reservation").asInt()).isEqualTo(k);
            points.add(failed.json().path("point").asString(""));
            assertThat(state.get()).as("%s after failing after reservation %d (%s)", path, k, points.getLast())
                    .isEqualTo(before);
        }
        var done = Answers.checked(path, send.apply(null));
        assertThat(done.status()).as("%s without a fault: %s", path, done.text()).isBetween(200, 299);
        assertThat(done.header("X-Thidua-Reservations")).as("reservations taken by %s (failed after: %s)", path,
                points).isEqualTo(String.valueOf(reservations));
        System.out.printf("%s: %d reservations, each given back when failing right after it: %s%n", path,
                reservations, points);
        return done;
    }

    /**
     * What must not change when a request fails: each dossier's status and ETag and its checks now (each finding's
     * rule and outcome, and each quota's use), and the checks of other drafts of the same nominee (the once-only
     * claims a leak would leave held).
     */
    static List<String> state(String user, List<String> dossiers, List<String> twins) {
        List<String> state = new ArrayList<>();
        for (String id : dossiers) {
            var read = dossierRead(user, id);
            state.add(id + " " + read.json().get("status").asString() + " ETag " + read.header("ETag"));
            outcomes(checks(user, id)).forEach(f -> state.add(id + " " + f));
        }
        for (String twin : twins) {
            outcomes(checks(COMMUNE, twin)).forEach(f -> state.add("twin " + f));
        }
        return state;
    }

    static List<String> outcomes(JsonNode findings) {
        List<String> all = new ArrayList<>();
        findings.forEach(f -> all.add(f.path("rule").asString("") + " " + f.path("outcome").asString("")
                + (f.path("numbers").has("used") ? " used " + f.path("numbers").get("used").asLong() : "")));
        return all;
    }

    /** The quota findings as "scope unit used/max". */
    static List<String> quotaUse(JsonNode findings) {
        List<String> all = new ArrayList<>();
        findings.forEach(f -> {
            if ("QUOTA".equals(f.path("rule").asString("")) && f.path("numbers").has("used")) {
                JsonNode n = f.get("numbers");
                all.add(n.path("scopeUnit").asString("") + " " + n.get("used").asLong() + "/" + n.path("max")
                        .asLong());
            }
        });
        return all;
    }

    // ------------------------------------------------------------------------------------------ plans

    /** A copy of Lai Châu's plan (its categories and DOSSIER chain) with only these offers, launched. */
    static String plan(String path, Map<String, Object> offer) {
        return TestCampaigns.launchedLaiChauCopy(GATEWAY, "ST-FLT-", "Phong trào kiểm thử lỗi chủ động: " + path,
                body -> body.set("offers", TestHttp.JSON.valueToTree(List.of(offer))));
    }

    @SafeVarargs
    static Map<String, Object> offer(String form, Map<String, Object>... rules) {
        List<Map<String, Object>> inForce = new ArrayList<>();
        for (Map<String, Object> rule : rules) {
            Map<String, Object> dated = new LinkedHashMap<>(rule);
            dated.put("validFrom", "2021-01-01");
            inForce.add(dated);
        }
        return Map.of("formCode", form, "categoryCodes", List.of("OFFICIALS"), "occasions", List.of("ANNUAL"),
                "rules", inForce);
    }

    static Map<String, Object> once() {
        return Map.of("kind", "ONCE_PER_NOMINEE", "nomineeType", "INDIVIDUAL", "description",
                "Mỗi cá nhân được tặng một lần trong phong trào", "legalBasis", BASIS);
    }

    static Map<String, Object> communeQuotaPerYear(int max) {
        return Map.of("kind", "QUOTA", "nomineeType", "INDIVIDUAL", "per", Map.of("unitType", "COMMUNE"),
                "maxCount", max, "period", "YEAR", "description", "Mỗi xã không quá 0" + max + " cá nhân mỗi năm",
                "legalBasis", BASIS);
    }

    /** A quota that applies to a unit only while it holds the flag (as "mỗi xã đạt chuẩn nông thôn mới"). */
    static Map<String, Object> flaggedQuota(String unitType, String flag, int max) {
        return Map.of("kind", "QUOTA", "nomineeType", "INDIVIDUAL", "per", Map.of("unitType", unitType,
                "statusAnyOf", List.of(flag)), "maxCount", max, "description", "Mỗi đơn vị đạt " + flag
                + " không quá 0" + max + " cá nhân", "legalBasis", BASIS);
    }

    /** A status flag of this run, unknown to every other plan. */
    static String flag() {
        return "ST_FLT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
    }

    static void status(String unitCode, String flag, String measuredOn) {
        var posted = GATEWAY.post("/api/v1/progress", Map.of("unitCode", unitCode, "indicator", flag, "value", 1,
                "unitOfMeasure", "FLAG", "measuredOn", measuredOn)).token(Stack.token(ADMIN)).send();
        assertThat(posted.status()).as("progress " + unitCode + " " + flag + ": " + posted.text()).isIn(200, 201);
    }

    // ------------------------------------------------------------------------------------------ dossiers

    static Map<String, Object> official() {
        return Map.of("type", "INDIVIDUAL", "name", "Cán bộ kiểm thử " + UUID.randomUUID().toString().substring(0, 6),
                "personalId", DossierFixtures.personalId(), "position", "Công chức Văn hóa – Xã hội");
    }

    static Map<String, Object> dossier(String plan, int year, String form, Map<String, Object> nominee) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", plan);
        body.put("year", year);
        body.put("occasion", "ANNUAL");
        body.put("nominee", nominee);
        body.put("categoryCode", "OFFICIALS");
        body.put("awardFormCode", form);
        body.put("achievementSummary", "Hoàn thành xuất sắc nhiệm vụ xây dựng nông thôn mới năm " + year);
        return body;
    }

    static TestHttp.Response draft(Map<String, Object> body) {
        var created = Answers.checked("draft", GATEWAY.post("/api/v1/dossiers", body).token(Stack.token(COMMUNE))
                .send());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created;
    }

    /** Drafted and submitted by the commune; at the given unit's stop. */
    static String submitted(Map<String, Object> body, String holder) {
        String id = draft(body).json().get("id").asString();
        var submitted = Answers.checked("submit", move(COMMUNE, id, "SUBMIT", null));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.json().get("holderUnitCode").asString()).isEqualTo(holder);
        return id;
    }

    /** A move with the dossier's current ETag, failing after a reservation when {@code fault} is given. */
    static TestHttp.Response move(String user, String id, String action, String fault) {
        String etag = dossierRead(user, id).header("ETag");
        return send(GATEWAY.post("/api/v1/dossiers/" + id + "/transitions", Map.of("action", action))
                .token(Stack.token(user)).header("If-Match", etag), fault);
    }

    static TestHttp.Response send(TestHttp.Call call, String fault) {
        if (fault != null) {
            call.header(FAULT, fault);
        }
        return call.send();
    }

    static TestHttp.Response dossierRead(String user, String id) {
        var read = GATEWAY.get("/api/v1/dossiers/" + id).token(Stack.token(user)).send();
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        return read;
    }

    static JsonNode checks(String user, String id) {
        var checks = Answers.checked("checks", GATEWAY.get("/api/v1/dossiers/" + id + "/checks")
                .token(Stack.token(user)).send());
        assertThat(checks.status()).as(checks.text()).isEqualTo(200);
        return checks.json();
    }

    static long decisionsNumbered(String number) {
        long count = 0;
        for (JsonNode d : GATEWAY.get("/api/v1/decisions?size=100").token(Stack.token(COMMUNE)).send().json()
                .get("items")) {
            if (number.equals(d.path("number").asString(""))) {
                count++;
            }
        }
        return count;
    }
}
