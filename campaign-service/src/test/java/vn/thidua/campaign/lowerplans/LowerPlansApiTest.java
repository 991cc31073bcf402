package vn.thidua.campaign.lowerplans;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.DISTRICT_OFFICER;
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
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * Lower units' own plans over HTTP: a Lai Châu district and commune issue their plans implementing the province's,
 * and the province tracks who issued by the date. (The registry is off in these tests: the milestones name units
 * by code; levels resolved through the registry are covered by the system tests.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({PlatformTestSupport.class, LowerPlansApiTest.BeforeTheReform.class})
class LowerPlansApiTest {

    /**
     * The district officers below write their own plans: that was before 1 July 2025, when districts still existed
     * (after it they write nothing: UnitsInForce). The service's clock runs from 15 June 2025 here.
     */
    @org.springframework.boot.test.context.TestConfiguration
    static class BeforeTheReform {
        @org.springframework.context.annotation.Bean
        java.time.Clock clock() {
            java.time.Instant then = java.time.Instant.parse("2025-06-15T03:00:00Z");
            return java.time.Clock.offset(java.time.Clock.systemUTC(),
                    java.time.Duration.between(java.time.Instant.now(), then));
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "campaign-lower-plans-test");
    }

    @LocalServerPort
    int port;

    TestHttp http;
    final String laiChau = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String caoBang = TestTokens.token("cb-admin", "04", "04", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String district106 = TestTokens.token("lc-106", "12", "106", UnitLevel.DISTRICT, DISTRICT_OFFICER);
    final String district107 = TestTokens.token("lc-107", "12", "107", UnitLevel.DISTRICT, DISTRICT_OFFICER);
    final String commune = TestTokens.token("lc-03390", "12", "03390", UnitLevel.COMMUNE, COMMUNE_OFFICER);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    static Map<String, Object> plan(String level, int start, int end, Map<String, Object> extra) {
        Map<String, Object> plan = new HashMap<>(Map.of("code", "KH-" + UUID.randomUUID(), "name",
                "Kế hoạch thực hiện phong trào", "level", level, "kind", "BY_PERIOD", "startYear", start,
                "endYear", end, "calendar", Map.of("milestones", List.of(Map.of("code", "SO_KET",
                        "kind", "MID_TERM_REVIEW", "year", start)))));
        plan.putAll(extra);
        return plan;
    }

    String created(Map<String, Object> plan, String token) {
        var response = http.post("/api/v1/campaigns", plan).token(token).send();
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    void launch(String id, String token) {
        var response = http.post("/api/v1/campaigns/" + id + "/transitions", Map.of("transition", "LAUNCH"))
                .token(token).send();
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    String provincePlan(int start, int end, String due, List<String> expected) {
        var calendar = Map.of("milestones", List.of(Map.of("code", "KH_CAP_DUOI", "kind", "LOWER_PLANS_DUE",
                "name", "Các huyện xây dựng kế hoạch", "date", due,
                "expectedFrom", expected.stream().map(code -> Map.of("unitCode", code)).toList())));
        String id = created(plan("PROVINCE", start, end, Map.of("calendar", calendar)), laiChau);
        launch(id, laiChau);
        return id;
    }

    String field(TestHttp.Response response) {
        return response.json().at("/errors/0/field").asString();
    }

    @Test
    void aDistrictOfficerIssuesTheirOwnPlanOnlyUnderALaunchedPlanOfTheirProvince() {
        String province = provincePlan(2021, 2025, "2022-09-30", List.of("106"));
        String draft = created(plan("PROVINCE", 2021, 2025, Map.of()), laiChau);
        String foreign = created(plan("PROVINCE", 2021, 2025, Map.of()), caoBang);
        launch(foreign, caoBang);

        var noParent = http.post("/api/v1/campaigns", plan("DISTRICT", 2021, 2025, Map.of())).token(district106)
                .send();
        assertThat(noParent.status()).isEqualTo(400);
        assertThat(field(noParent)).isEqualTo("parentCampaignId");
        for (String parent : List.of(draft, foreign, "no-such-plan")) {
            var refused = http.post("/api/v1/campaigns", plan("DISTRICT", 2021, 2025,
                    Map.of("parentCampaignId", parent))).token(district106).send();
            assertThat(refused.status()).as(parent).isEqualTo(400);
            assertThat(field(refused)).isEqualTo("parentCampaignId");
        }
        var otherUnit = http.post("/api/v1/campaigns", plan("DISTRICT", 2021, 2025,
                Map.of("parentCampaignId", province, "ownerUnitCode", "105"))).token(district106).send();
        assertThat(otherUnit.status()).isEqualTo(400);
        assertThat(field(otherUnit)).isEqualTo("ownerUnitCode");
        assertThat(http.post("/api/v1/campaigns", plan("PROVINCE", 2021, 2025, Map.of())).token(district106).send()
                .status()).isEqualTo(403);
        assertThat(http.post("/api/v1/campaigns", plan("COMMUNE", 2021, 2025, Map.of("parentCampaignId", province)))
                .token(district106).send().status()).isEqualTo(403);

        String own = created(plan("DISTRICT", 2021, 2025, Map.of("parentCampaignId", province)), district106);
        JsonNode read = http.get("/api/v1/campaigns/" + own).token(district106).send().json();
        assertThat(read.get("ownerUnitCode").asString()).isEqualTo("106");
        assertThat(read.get("level").asString()).isEqualTo("DISTRICT");
        // Another district neither sees nor moves it; the province's secretariat may.
        assertThat(http.post("/api/v1/campaigns/" + own + "/transitions", Map.of("transition", "LAUNCH"))
                .token(district107).send().status()).isEqualTo(404);
        launch(own, district106);
        assertThat(http.post("/api/v1/campaigns/" + own + "/transitions",
                Map.of("transition", "START_MID_TERM_REVIEW")).token(laiChau).send().status()).isEqualTo(200);
    }

    @Test
    void theProvinceSeesWhoIssuedTheirPlanByTheDateWhoIsLateAndWhoStillHasTime() {
        String province = provincePlan(2021, 2025, "2022-09-30", List.of("105", "106", "107", "03390"));
        launch(created(plan("DISTRICT", 2021, 2025, Map.of("parentCampaignId", province, "issuingDocument",
                Map.of("number", "45/KH-UBND", "date", "2022-09-20"))), district106), district106);
        // Issued after the date.
        launch(created(plan("COMMUNE", 2021, 2025, Map.of("parentCampaignId", province, "issuingDocument",
                Map.of("number", "12/KH-UBND", "date", "2022-11-02"))), commune), commune);
        // A draft is not an issued plan.
        created(plan("DISTRICT", 2021, 2025, Map.of("parentCampaignId", province)), district107);
        // The province may enter a district's plan for it, but not as the province's own.
        var asProvince = http.post("/api/v1/campaigns", plan("DISTRICT", 2021, 2025,
                Map.of("parentCampaignId", province))).token(laiChau).send();
        assertThat(asProvince.status()).isEqualTo(400);
        assertThat(field(asProvince)).isEqualTo("ownerUnitCode");

        var response = http.get("/api/v1/campaigns/" + province + "/lower-plans").token(laiChau).send();
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode due = response.json().at("/milestones/0");
        assertThat(response.json().get("timeZone").asString()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(due.get("dueDate").asString()).isEqualTo("2022-09-30");
        assertThat(due.at("/counts/expected").asInt()).isEqualTo(4);
        assertThat(due.at("/counts/issued").asInt()).isEqualTo(1);
        assertThat(due.at("/counts/late").asInt()).isEqualTo(3);
        Map<String, String> states = new HashMap<>();
        due.get("units").forEach(u -> states.put(u.get("unitCode").asString(), u.get("state").asString()));
        assertThat(states).containsEntry("106", "ISSUED").containsEntry("03390", "LATE")
                .containsEntry("105", "LATE").containsEntry("107", "LATE");
        assertThat(due.at("/units/0/issuedOn").asString()).isEqualTo("2022-11-02");
        // Units are listed by code; everyone who reads the plan may ask; another province may not.
        assertThat(http.get("/api/v1/campaigns/" + province + "/lower-plans").token(district107).send().status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/campaigns/" + province + "/lower-plans").token(caoBang).send().status())
                .isEqualTo(404);
    }

    @Test
    void beforeTheDateAUnitWithoutAPlanIsPending() {
        String province = provincePlan(2026, 2030, "2030-06-30", List.of("03390"));
        JsonNode due = http.get("/api/v1/campaigns/" + province + "/lower-plans").token(commune).send().json()
                .at("/milestones/0");
        assertThat(due.at("/units/0/state").asString()).isEqualTo("PENDING");
        assertThat(due.at("/counts/pending").asInt()).isEqualTo(1);
    }
}
