package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.shared.test.TestHttp;

/**
 * The foundation as a client sees it: a real token from the real Keycloak, each of the four services answering
 * through the gateway, 401 without a token, the request id end to end, the per-user rate limit, and a stopped
 * service answered by its circuit breaker with 503 problem+json while the other routes keep working.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewaySystemTest {

    static final TestHttp GATEWAY = Stack.GATEWAY_HTTP;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/campaigns", "/api/v1/registrations", "/api/v1/dossiers", "/api/v1/reports/overview"})
    @Order(1)
    void eachServiceAnswersThroughTheGatewayWithARealToken(String path) {
        var response = GATEWAY.get(path).token(Stack.token("laichau.admin")).send();
        assertThat(response.status()).as(path + " → " + response.text()).isEqualTo(200);
        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/campaigns", "/api/v1/registrations", "/api/v1/dossiers", "/api/v1/reports/overview"})
    @Order(2)
    void withoutATokenTheGatewayAnswers401ProblemDetails(String path) {
        var response = GATEWAY.get(path).header("Accept-Language", "en").send();
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).isEqualTo("Unauthorized");
    }

    @Test
    @Order(3)
    void aTamperedTokenIs401() {
        String token = Stack.token("laichau.admin");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(GATEWAY.get("/api/v1/campaigns").token(tampered).send().status()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void aRealTokenFromAnUntrustedIssuerIs401() {
        // Keycloak's own master realm is a real issuer, but not one the platform trusts.
        String foreign = Stack.loginTo("master", "admin-cli", "admin", "admin");
        var response = GATEWAY.get("/api/v1/campaigns").token(foreign).send();
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("unauthorized");
    }

    @Test
    @Order(4)
    void theCallersRequestIdTravelsToTheServiceAndBack() {
        String id = "sys-" + UUID.randomUUID();
        var response = GATEWAY.get("/api/v1/campaigns").token(Stack.token("laichau.admin"))
                .header("X-Request-Id", id).send();
        assertThat(response.headers().allValues("X-Request-Id")).containsExactly(id);
    }

    @Test
    @Order(5)
    void demoDataIsVisibleByTenant() {
        var laiChau = GATEWAY.get("/api/v1/campaigns?size=100").token(Stack.token("laichau.admin")).send().json();
        List<String> codes = new ArrayList<>();
        laiChau.get("items").forEach(item -> {
            codes.add(item.get("code").asString());
            // Lai Châu's own campaigns, and launched national ones (no tenant): never another province's.
            if (item.hasNonNull("tenant")) {
                assertThat(item.get("tenant").asString()).isEqualTo("12");
            } else {
                assertThat(item.get("level").asString()).isEqualTo("NATIONAL");
            }
        });
        assertThat(codes).contains("LC-NTM-2021-2025");
        var national = GATEWAY.get("/api/v1/campaigns?size=100").token(Stack.token("national.admin")).send().json();
        assertThat(national.get("totalItems").asLong()).isGreaterThanOrEqualTo(6);
    }

    @Test
    @Order(6)
    void aCreateThroughTheGatewayIsIdempotent() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("code", "SYS-" + key.substring(0, 8), "name", "Phong trào kiểm thử hệ thống",
                "level", "PROVINCE", "startYear", 2026, "endYear", 2030);
        String token = Stack.token("caobang.admin");
        var first = GATEWAY.post("/api/v1/campaigns", body).token(token).header("Idempotency-Key", key).send();
        var retry = GATEWAY.post("/api/v1/campaigns", body).token(token).header("Idempotency-Key", key).send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        var other = GATEWAY.get(first.header("Location")).token(Stack.token("laichau.admin")).send();
        assertThat(other.status()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void aUserAboveTheRateLimitGets429ProblemDetails() throws Exception {
        String token = Stack.token("quangtri.appraiser");
        // 300 requests, 32 at a time: far above one user's burst (40) and sustained rate (20/s) by default.
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<TestHttp.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                calls.add(pool.submit(() -> GATEWAY.get("/api/v1/campaigns?size=1").token(token).send()));
            }
            List<TestHttp.Response> limited = new ArrayList<>();
            for (Future<TestHttp.Response> call : calls) {
                TestHttp.Response response = call.get(60, TimeUnit.SECONDS);
                assertThat(response.status()).isIn(200, 429);
                if (response.status() == 429) {
                    limited.add(response);
                }
            }
            assertThat(limited).as("429 answers among 300 simultaneous requests").isNotEmpty();
            assertThat(limited.get(0).header("Retry-After")).isNotBlank();
            assertThat(limited.get(0).header("Content-Type")).startsWith("application/problem+json");
            assertThat(limited.get(0).json().get("code").asString()).isEqualTo("too-many-requests");
        } finally {
            pool.shutdownNow();
        }
        // Another user is not affected by this one's limit.
        assertThat(GATEWAY.get("/api/v1/campaigns?size=1").token(Stack.token("quangtri.admin")).send().status())
                .isEqualTo(200);
    }

    @Test
    @Order(100)
    void aStoppedServiceAnswers503ProblemWithinTwoSecondsWhileOthersKeepAnswering() {
        assertThat(Stack.launcher("stop", "award-service")).isZero();
        try {
            String token = Stack.token("laichau.appraiser");
            long started = System.nanoTime();
            var down = GATEWAY.get("/api/v1/dossiers").token(token).header("Accept-Language", "en").send();
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(down.status()).isEqualTo(503);
            assertThat(millis).as("answered in %d ms", millis).isLessThan(2000);
            assertThat(down.header("Content-Type")).startsWith("application/problem+json");
            assertThat(down.json().get("detail").asString()).contains("award service");
            for (String path : List.of("/api/v1/campaigns", "/api/v1/registrations", "/api/v1/reports/overview")) {
                assertThat(GATEWAY.get(path).token(token).send().status()).as(path).isEqualTo(200);
            }
        } finally {
            assertThat(Stack.launcher("up")).isZero();
        }
        assertThat(GATEWAY.get("/api/v1/dossiers").token(Stack.token("laichau.appraiser")).send().status())
                .isEqualTo(200);
    }
}
