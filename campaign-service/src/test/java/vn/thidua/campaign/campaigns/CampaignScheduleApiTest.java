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

/** GET /campaigns/{id}/schedule?year=: a Quảng Trị plan's calendar for 2024 and 2025, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class CampaignScheduleApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "campaign-schedule-test");
    }

    @LocalServerPort
    int port;

    TestHttp http;
    final String quangTri = TestTokens.token("qt-admin", "44", "44", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String quangTriCommune = TestTokens.token("qt-commune", "44", "19186", UnitLevel.COMMUNE, COMMUNE_OFFICER);
    final String caoBang = TestTokens.token("cb-admin", "04", "04", UnitLevel.PROVINCE, PROVINCE_ADMIN);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    static Map<String, Object> step(int order, String from, String to, int day, int month, String late,
            String validFrom, String validTo) {
        Map<String, Object> step = new HashMap<>(Map.of("order", order, "from", List.of(Map.of("level", from)),
                "to", Map.of("level", to), "deadline", Map.of("day", day, "month", month), "yearOffset", 1,
                "lateSubmission", late));
        if (validFrom != null) {
            step.put("validFrom", validFrom);
        }
        if (validTo != null) {
            step.put("validTo", validTo);
        }
        return step;
    }

    String launchedPlan() {
        Map<String, Object> plan = new HashMap<>(Map.of("code", "QT-" + UUID.randomUUID(), "name",
                "Phong trào thi đua giảm nghèo", "level", "PROVINCE", "kind", "THEMATIC", "startYear", 2024,
                "endYear", 2026, "standingAgencyCode", "44-SLDTBXH"));
        plan.put("intakeWindows", List.of(Map.of("kind", "DOSSIER", "forYear", 2024, "opensOn", "2025-01-02",
                "closesOn", "2025-01-25", "outsidePolicy", "FLAG")));
        plan.put("calendar", Map.of("appraisalWorkingDays", 15,
                "milestones", List.of(Map.of("code", "BAO_CAO", "kind", "ANNUAL_REPORT",
                        "yearlyBy", Map.of("day", 29, "month", 2))),
                "chains", List.of(Map.of("kind", "DOSSIER", "steps", List.of(
                        step(1, "COMMUNE", "DISTRICT", 10, 1, "FLAG", null, "2025-06-30"),
                        step(2, "DISTRICT", "PROVINCE", 20, 1, "REFUSE", null, "2025-06-30"),
                        step(1, "COMMUNE", "PROVINCE", 25, 1, "REFUSE", "2025-07-01", null))))));
        var created = http.post("/api/v1/campaigns", plan).token(quangTri).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var launched = http.post("/api/v1/campaigns/" + id + "/transitions", Map.of("transition", "LAUNCH"))
                .token(quangTri).send();
        assertThat(launched.status()).as(launched.text()).isEqualTo(200);
        return id;
    }

    @Test
    void theScheduleOfAYearHasItsStepsWithIsoDeadlinesAndADefaultedChainForTheKindNotWritten() {
        String id = launchedPlan();
        var of2024 = http.get("/api/v1/campaigns/" + id + "/schedule?year=2024").token(quangTriCommune).send();
        assertThat(of2024.status()).as(of2024.text()).isEqualTo(200);
        var json = of2024.json();
        assertThat(json.get("campaignId").asString()).isEqualTo(id);
        assertThat(json.get("campaignVersion").asLong()).isEqualTo(1);
        assertThat(json.get("timeZone").asString()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(json.get("tenant").asString()).isEqualTo("44");
        assertThat(json.at("/chains/0/kind").asString()).isEqualTo("REGISTRATION");
        assertThat(json.at("/chains/0/defaulted").asBoolean()).isTrue();
        assertThat(json.at("/chains/0/steps/0/to/unitCode").asString()).isEqualTo("44-SLDTBXH");
        assertThat(json.at("/chains/0/steps/1/to/level").asString()).isEqualTo("PROVINCE");
        assertThat(json.at("/chains/1/defaulted").asBoolean()).isFalse();
        assertThat(json.at("/chains/1/steps/0/deadline").asString()).isEqualTo("2025-01-10");
        assertThat(json.at("/chains/1/steps/1/deadline").asString()).isEqualTo("2025-01-20");
        assertThat(json.at("/chains/1/steps/1/latePolicy").asString()).isEqualTo("REFUSE");
        assertThat(json.at("/intakeWindows/0/outsidePolicy").asString()).isEqualTo("FLAG");
        assertThat(json.at("/milestones/0/date").asString()).isEqualTo("2024-02-29");
        assertThat(json.at("/appraisal/workingDays").asInt()).isEqualTo(15);

        var of2025 = http.get("/api/v1/campaigns/" + id + "/schedule?year=2025").token(quangTri).send().json();
        assertThat(of2025.at("/chains/1/steps").size()).isEqualTo(1);
        assertThat(of2025.at("/chains/1/steps/0/deadline").asString()).isEqualTo("2026-01-25");
        assertThat(of2025.at("/milestones/0/date").asString()).isEqualTo("2025-02-28");
        assertThat(of2025.get("intakeWindows").size()).isZero();
    }

    @Test
    void withoutAYearOrOutsideThePeriodIs400NamingYearAndAnotherProvinceGets404() {
        String id = launchedPlan();
        for (String query : List.of("", "?year=2023", "?year=2027", "?year=abc")) {
            var response = http.get("/api/v1/campaigns/" + id + "/schedule" + query).token(quangTri).send();
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("year");
        }
        assertThat(http.get("/api/v1/campaigns/" + id + "/schedule?year=2024").token(caoBang).send().status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/campaigns/nope/schedule?year=2024").token(quangTri).send().status())
                .isEqualTo(404);
    }

    @Test
    void aPlanWithoutACalendarUsesTheConfiguredAppraisalLimitWithItsLegalBasis() {
        Map<String, Object> plan = new HashMap<>(Map.of("code", "QT-" + UUID.randomUUID(), "name", "Dự thảo",
                "level", "PROVINCE", "startYear", 2024, "endYear", 2024));
        String id = http.post("/api/v1/campaigns", plan).token(quangTri).send().json().get("id").asString();
        var json = http.get("/api/v1/campaigns/" + id + "/schedule?year=2024").token(quangTri).send().json();
        assertThat(json.at("/appraisal/workingDays").asInt()).isEqualTo(10);
        assertThat(json.at("/appraisal/legalBasis").asString()).contains("06/2022/QH15");
        assertThat(json.at("/chains/1/steps/0/from/0/level").asString()).isEqualTo("ANY");
        assertThat(json.at("/chains/1/steps/0/to/level").asString()).isEqualTo("PROVINCE");
    }
}
