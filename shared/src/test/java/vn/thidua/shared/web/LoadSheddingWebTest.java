package vn.thidua.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * Load shedding over real HTTP with the platform's whole auto-configuration (security, problem handler, store):
 * a cap of 2 requests in flight; a third, once both are held in a controller, is 503 problem+json {@code overloaded}
 * with Retry-After within the short wait; health probes still answer; under the cap requests pass.
 */
@SpringBootTest(classes = LoadSheddingWebTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=load-shedding-test", "thidua.load.max-concurrent=2",
                "thidua.load.max-wait=50ms"})
@Import(PlatformTestSupport.class)
class LoadSheddingWebTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(SlowApi.class)
    static class App {
    }

    /** {@code /api/v1/slow} holds its request until the test opens the gate. */
    @RestController
    static class SlowApi {
        static volatile CountDownLatch gate = new CountDownLatch(0);
        static final AtomicInteger inside = new AtomicInteger();

        @GetMapping("/api/v1/slow")
        String slow() throws InterruptedException {
            inside.incrementAndGet();
            try {
                gate.await(20, TimeUnit.SECONDS);
                return "{\"done\":true}";
            } finally {
                inside.decrementAndGet();
            }
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "load-shedding-test");
    }

    @LocalServerPort
    int port;

    private final String token = TestTokens.token("load-test", "12", "12", UnitLevel.PROVINCE,
            PlatformRole.PROVINCE_ADMIN);
    private final ExecutorService clients = Executors.newFixedThreadPool(4);
    private TestHttp http;

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    @AfterEach
    void tearDown() {
        SlowApi.gate.countDown();
        clients.shutdownNow();
    }

    @Test
    void beyondTheCapA503OverloadedProblemWithRetryAfterAndProbesStillAnswer() throws Exception {
        SlowApi.gate = new CountDownLatch(1);
        List<Future<TestHttp.Response>> held = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            held.add(clients.submit(() -> http.get("/api/v1/slow").token(token).send()));
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (SlowApi.inside.get() < 2 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(SlowApi.inside.get()).as("requests held in the controller").isEqualTo(2);

        long started = System.nanoTime();
        TestHttp.Response refused = http.get("/api/v1/slow").token(token).header("Accept-Language", "en").send();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("load shedding: cap 2 held, third request answered %d in %d ms%n", refused.status(), millis);
        assertThat(refused.status()).isEqualTo(503);
        assertThat(millis).as("refused in %d ms", millis).isLessThan(2000);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.header(RequestIds.HEADER)).isNotBlank();
        assertThat(refused.json().get("code").asString()).isEqualTo("overloaded");
        assertThat(refused.json().get("title").asString()).isEqualTo("Service busy");
        assertThat(refused.json().get("status").asInt()).isEqualTo(503);

        TestHttp.Response vietnamese = http.get("/api/v1/slow").token(token).send();
        assertThat(vietnamese.status()).isEqualTo(503);
        assertThat(vietnamese.json().get("title").asString()).isEqualTo("Dịch vụ đang quá tải");

        // Probes are never shed: a busy service is neither dead nor restarted.
        assertThat(http.get("/actuator/health/liveness").send().status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/readiness").send().status()).isEqualTo(200);

        SlowApi.gate.countDown();
        for (Future<TestHttp.Response> response : held) {
            assertThat(response.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
    }

    @Test
    void underTheCapRequestsPass() throws Exception {
        SlowApi.gate = new CountDownLatch(0);
        // Two at a time, the cap, several rounds: none refused.
        for (int round = 0; round < 5; round++) {
            Future<TestHttp.Response> first = clients.submit(() -> http.get("/api/v1/slow").token(token).send());
            Future<TestHttp.Response> second = clients.submit(() -> http.get("/api/v1/slow").token(token).send());
            assertThat(first.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
            assertThat(second.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        assertThat(http.get("/api/v1/slow").send().status()).as("no token: security still answers").isEqualTo(401);
    }
}
