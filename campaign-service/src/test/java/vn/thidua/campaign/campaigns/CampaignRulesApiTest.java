package vn.thidua.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/** Validation, lifecycle and the award catalogue over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class CampaignRulesApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "campaign-rules-test");
    }

    @LocalServerPort
    int port;

    TestHttp http;
    final String laiChau = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String caoBang = TestTokens.token("cb-admin", "04", "04", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String commune = TestTokens.token("lc-commune", "12", "03390", UnitLevel.COMMUNE, COMMUNE_OFFICER);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    static Map<String, Object> plan() {
        Map<String, Object> plan = new HashMap<>(Map.of("code", "LC-" + UUID.randomUUID(), "name", "Phong trào",
                "level", "PROVINCE", "kind", "FIVE_YEAR", "startYear", 2021, "endYear", 2025));
        plan.put("targets", List.of(Map.of("code", "NTM", "indicator", "COMMUNES_MEETING_NTM_STANDARD",
                "unitOfMeasure", "PERCENT", "targetValue", 57.5, "horizon", "2025-12-31", "progress", Map.of(
                        "method", "COUNT_OF_UNITS_MEETING", "population", Map.of("unitType", "COMMUNE"),
                        "unitCondition", Map.of("kind", "STATUS_FLAG", "flag", "NTM_STANDARD_MET"),
                        "thresholdPercent", 57.5))));
        plan.put("calendar", Map.of("milestones", List.of(Map.of("code", "MID", "kind", "MID_TERM_REVIEW",
                "year", 2023))));
        return plan;
    }

    long count(String token) {
        return http.get("/api/v1/campaigns").token(token).send().json().get("totalItems").asLong();
    }

    @Test
    void badPlansAre400NamingTheFieldAndWriteNothing() {
        long before = count(laiChau);
        var unknownForm = plan();
        unknownForm.put("offers", List.of(Map.of("formCode", "HUY_HIEU_TU_CHE")));
        var response = http.post("/api/v1/campaigns", unknownForm).token(laiChau).header("Accept-Language", "en")
                .send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("offers[0].formCode");

        var windowOutside = plan();
        windowOutside.put("intakeWindows", List.of(Map.of("kind", "DOSSIER", "opensOn", "2026-01-01",
                "closesOn", "2026-01-20")));
        response = http.post("/api/v1/campaigns", windowOutside).token(laiChau).send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("intakeWindows[0].opensOn");

        var noMethod = plan();
        noMethod.put("targets", List.of(Map.of("code", "X", "indicator", "X", "unitOfMeasure", "PERCENT",
                "targetValue", 1, "horizon", "2025-12-31", "progress", Map.of())));
        response = http.post("/api/v1/campaigns", noMethod).token(laiChau).send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("targets[0].progress.method");

        var badDeadline = plan();
        badDeadline.put("calendar", Map.of("chains", List.of(Map.of("kind", "DOSSIER", "steps", List.of(Map.of(
                "order", 1, "from", List.of(Map.of("level", "COMMUNE")), "to", Map.of("level", "DISTRICT"),
                "deadline", Map.of("day", 31, "month", 4), "lateSubmission", "FLAG"))))));
        response = http.post("/api/v1/campaigns", badDeadline).token(laiChau).send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("calendar.chains[0].steps[0].deadline");
        assertThat(count(laiChau)).isEqualTo(before);
    }

    static Map<String, Object> rule(String kind, Map<String, Object> extra) {
        Map<String, Object> rule = new HashMap<>(Map.of("kind", kind, "legalBasis", "06/2022/QH15",
                "validFrom", "2022-01-01"));
        rule.putAll(extra);
        return rule;
    }

    @Test
    void theNewPlanFieldsAreStoredAndABadValueIs400NamingItsPath() {
        var perYear = rule("QUOTA", Map.of("per", Map.of("unitType", "COMMUNE"), "maxCount", 3, "period", "YEAR"));
        var forLife = rule("ONCE_PER_NOMINEE", Map.of("onceScope", "LIFETIME"));
        var sustained = rule("THRESHOLD", Map.of("conditions", List.of(Map.of("kind", "RATE_SUSTAINED",
                "indicator", "POOR_HOUSEHOLD_RATE", "comparison", "AT_MOST", "value", 2.0, "consecutiveYears", 3,
                "referenceYear", 2020))));
        var good = plan();
        good.put("offers", List.of(Map.of("formCode", "BANG_KHEN_CAP_BO_TINH",
                "rules", List.of(perYear, forLife, sustained))));
        good.put("intakeWindows", List.of(Map.of("kind", "DOSSIER", "opensOn", "2025-01-01", "closesOn",
                "2025-01-20", "outsidePolicy", "FLAG")));
        good.put("calendar", Map.of("appraisalWorkingDays", 20, "milestones", List.of(Map.of("code", "KH",
                "kind", "LOWER_PLANS_DUE", "date", "2021-03-31", "expectedFrom", List.of(Map.of("level",
                        "DISTRICT"))))));
        var created = http.post("/api/v1/campaigns", good).token(laiChau).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        var json = created.json();
        assertThat(json.at("/offers/0/rules/0/period").asString()).isEqualTo("YEAR");
        assertThat(json.at("/offers/0/rules/1/onceScope").asString()).isEqualTo("LIFETIME");
        assertThat(json.at("/offers/0/rules/2/conditions/0/referenceYear").asInt()).isEqualTo(2020);
        assertThat(json.at("/intakeWindows/0/outsidePolicy").asString()).isEqualTo("FLAG");
        assertThat(json.at("/calendar/appraisalWorkingDays").asInt()).isEqualTo(20);
        assertThat(json.at("/calendar/milestones/0/expectedFrom/0/level").asString()).isEqualTo("DISTRICT");

        long before = count(laiChau);
        var unknownPeriod = plan();
        unknownPeriod.put("offers", List.of(Map.of("formCode", "BANG_KHEN_CAP_BO_TINH", "rules", List.of(forLife,
                rule("QUOTA", Map.of("per", Map.of("unitType", "COMMUNE"), "maxCount", 3, "period", "WEEK"))))));
        var response = http.post("/api/v1/campaigns", unknownPeriod).token(laiChau).send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("offers[0].rules[1].period");

        var misplaced = plan();
        misplaced.put("offers", List.of(Map.of("formCode", "BANG_KHEN_CAP_BO_TINH", "rules", List.of(perYear,
                rule("ONCE_PER_NOMINEE", Map.of("period", "YEAR"))))));
        response = http.post("/api/v1/campaigns", misplaced).token(laiChau).header("Accept-Language", "en").send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("offers[0].rules[1].period");
        assertThat(response.json().at("/errors/0/message").asString()).contains("ONCE_PER_NOMINEE");

        var tooLong = plan();
        tooLong.put("calendar", Map.of("appraisalWorkingDays", 91));
        response = http.post("/api/v1/campaigns", tooLong).token(laiChau).send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("calendar.appraisalWorkingDays");
        assertThat(count(laiChau)).isEqualTo(before);
    }

    @Test
    void launchNeedsTargetsAndACalendarAndOnlyTheOwnerLaunches() {
        var bare = new HashMap<>(Map.of("code", "LC-" + UUID.randomUUID(), "name", "Dự thảo", "level", "PROVINCE",
                "startYear", 2021, "endYear", 2025));
        String bareId = http.post("/api/v1/campaigns", bare).token(laiChau).send().json().get("id").asString();
        var refused = http.post("/api/v1/campaigns/" + bareId + "/transitions", Map.of("transition", "LAUNCH"))
                .token(laiChau).send();
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("campaign-not-launchable");

        String id = http.post("/api/v1/campaigns", plan()).token(laiChau).send().json().get("id").asString();
        assertThat(http.get("/api/v1/campaigns/" + id).token(commune).send().status()).isEqualTo(404);
        assertThat(http.post("/api/v1/campaigns/" + id + "/transitions", Map.of("transition", "LAUNCH"))
                .token(caoBang).send().status()).isEqualTo(404);
        // A commune officer moves only their own commune's plan; a province draft is not even visible to them.
        assertThat(http.post("/api/v1/campaigns/" + id + "/transitions", Map.of("transition", "LAUNCH"))
                .token(commune).send().status()).isEqualTo(404);
        assertThat(http.post("/api/v1/campaigns/" + id + "/transitions", Map.of("transition", "CLOSE"))
                .token(laiChau).send().status()).isEqualTo(409);
        assertThat(http.post("/api/v1/campaigns/" + id + "/transitions", Map.of("transition", "LAUNCH"))
                .token(laiChau).header("If-Match", "\"5\"").send().status()).isEqualTo(412);
        var launched = http.post("/api/v1/campaigns/" + id + "/transitions", Map.of("transition", "LAUNCH"))
                .token(laiChau).header("If-Match", "\"0\"").send();
        assertThat(launched.status()).as(launched.text()).isEqualTo(200);
        assertThat(launched.json().get("status").asString()).isEqualTo("LAUNCHED");
        assertThat(launched.json().at("/history/0/to").asString()).isEqualTo("LAUNCHED");
        // Launched: every unit of the province sees it; the draft before launch is kept as version 0.
        assertThat(http.get("/api/v1/campaigns/" + id).token(commune).send().status()).isEqualTo(200);
        assertThat(http.get("/api/v1/campaigns/" + id + "/versions/0").token(laiChau).send().json().get("status")
                .asString()).isEqualTo("DRAFT");
        // A launched plan cannot lose its targets.
        var withoutTargets = plan();
        withoutTargets.put("code", launched.json().get("code").asString());
        withoutTargets.remove("targets");
        var edit = http.put("/api/v1/campaigns/" + id, withoutTargets).token(laiChau).header("If-Match", "\"1\"")
                .send();
        assertThat(edit.status()).isEqualTo(400);
        assertThat(edit.json().at("/errors/0/field").asString()).isEqualTo("targets");
    }

    @Test
    void theCatalogueHasTheLawsFormsAndEachProvincesOwnAdditions() {
        var list = http.get("/api/v1/award-catalogue?size=100").token(commune).send();
        assertThat(list.status()).isEqualTo(200);
        List<String> codes = new java.util.ArrayList<>();
        list.json().get("items").forEach(i -> codes.add(i.get("code").asString()));
        assertThat(codes).contains("HUAN_CHUONG_LAO_DONG", "BANG_KHEN_THU_TUONG", "BANG_KHEN_CAP_BO_TINH",
                "GIAY_KHEN_CHU_TICH_UBND_XA", "CO_THI_DUA_CAP_BO_TINH", "LAO_DONG_TIEN_TIEN");
        var addition = Map.of("code", "BAN_NTM_TIEU_BIEU_LC", "name", "Bản nông thôn mới tiêu biểu", "kind", "TITLE",
                "level", "MINISTRY_OR_PROVINCE", "decidedBy", List.of("Chủ tịch Ủy ban nhân dân tỉnh"),
                "recipients", List.of("COLLECTIVE"), "legalBasis", "06/2022/QH15", "validFrom", "2022-01-01");
        var created = http.post("/api/v1/award-catalogue", addition).token(laiChau).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("tenant").asString()).isEqualTo("12");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        String path = created.header("Location");
        assertThat(http.get(path).token(caoBang).send().status()).isEqualTo(404);
        assertThat(http.get(path).token(commune).send().status()).isEqualTo(200);
        http.get("/api/v1/award-catalogue?size=100").token(caoBang).send().json().get("items")
                .forEach(i -> assertThat(i.path("tenant").isMissingNode() || "04".equals(i.get("tenant").asString()))
                        .isTrue());
        assertThat(http.post("/api/v1/award-catalogue", addition).token(commune).send().status()).isEqualTo(403);
        // Lai Châu may offer its own addition; Cao Bằng may not.
        var offering = plan();
        offering.put("offers", List.of(Map.of("formCode", "BAN_NTM_TIEU_BIEU_LC")));
        assertThat(http.post("/api/v1/campaigns", offering).token(laiChau).send().status()).isEqualTo(201);
        offering.put("code", "CB-" + UUID.randomUUID());
        var foreign = http.post("/api/v1/campaigns", offering).token(caoBang).send();
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().at("/errors/0/field").asString()).isEqualTo("offers[0].formCode");
    }
}
