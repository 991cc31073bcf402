package vn.thidua.reporting.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * The report's problems over real HTTP with the production security chain: bad input names the field; an
 * unreachable dependency is a 503 naming it. Both services are ports nothing listens on (no stand-ins of our own
 * services); the 404 for a campaign out of scope and the reports themselves run against the real services in
 * ReportsSystemTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class RegistrationReportErrorsTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "reporting-report-test");
        registry.add("thidua.services.campaign", () -> "http://127.0.0.1:9");
        registry.add("thidua.services.registration", () -> "http://127.0.0.1:9");
    }

    @LocalServerPort
    int port;

    private TestHttp.Response get(String query) {
        String token = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN);
        return new TestHttp("http://localhost:" + port).get("/api/v1/reports/registrations" + query).token(token)
                .header("Accept-Language", "en").send();
    }

    @Test
    void missingCampaignAndYearAre400NamingBoth() {
        var response = get("");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("campaignId");
        assertThat(response.json().get("errors").get(1).get("field").asString()).isEqualTo("year");
    }

    @Test
    void aYearThatIsNoNumberAndAnUnknownFormatAre400NamingThem() {
        var response = get("?campaignId=c1&year=abc&format=docx");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
        assertThat(response.json().get("errors").get(1).get("field").asString()).isEqualTo("format");
        assertThat(response.json().get("errors").get(1).get("message").asString()).contains("json, xlsx, pdf");
    }

    @Test
    void anUnreachableCampaignServiceGives503NamingIt() {
        var response = get("?campaignId=c1&year=2025&format=pdf");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("service-unavailable");
        assertThat(response.json().get("detail").asString()).contains("campaign-service");
    }
}
