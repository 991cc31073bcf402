package vn.thidua.reporting.overview;

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
 * When campaign-service cannot be reached, the report answers a 503 problem naming it, quickly, instead of a
 * 500 or a hang: the outbound client's timeout, retry and breaker fallback at work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class OverviewUnavailableDependencyTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "reporting-test");
        // Nothing listens on port 9: the connection is refused at once.
        registry.add("thidua.services.campaign", () -> "http://127.0.0.1:9");
    }

    @LocalServerPort
    int port;

    @Test
    void anUnreachableCampaignServiceGives503NamingIt() {
        String token = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN);
        var response = new TestHttp("http://localhost:" + port).get("/api/v1/reports/overview").token(token)
                .header("Accept-Language", "en").send();

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("service-unavailable");
        assertThat(response.json().get("detail").asString()).contains("campaign-service");
    }
}
