package vn.thidua.registration;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;

/**
 * The service over real HTTP, the production security chain and a MongoDB wire-protocol server (real dataset
 * imported at start-up), with the server's clock pinned to 23 November 2026, 10:00 in Vietnam. Change feeds serve
 * at once (settle lag 0) so that a test reads what it just wrote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({PlatformTestSupport.class, PinnedClock.class})
public abstract class PlatformWebTest {

    public static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "registrations-test");
        registry.add("thidua.sync.settle-lag", () -> "0s");
        // No campaign-service in these tests: calls to it fail fast (503), never reach another service.
        registry.add("thidua.services.campaign", () -> "http://127.0.0.1:9");
    }

    @LocalServerPort
    protected int port;

    protected TestHttp http;

    @BeforeEach
    void setUpHttp() {
        http = new TestHttp("http://localhost:" + port);
    }
}
