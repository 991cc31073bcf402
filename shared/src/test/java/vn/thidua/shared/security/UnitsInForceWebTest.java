package vn.thidua.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * The filter in a service with the platform's whole auto-configuration, over real HTTP, with the service's clock
 * moved across the reform: before 1 July 2025 a district officer writes; from that day a write is 403 problem
 * {@code unit-not-in-force} and reaches no controller, while reads still answer and other units still write.
 */
@SpringBootTest(classes = UnitsInForceWebTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=units-in-force-test")
@Import(PlatformTestSupport.class)
class UnitsInForceWebTest {

    static final AtomicReference<Instant> NOW = new AtomicReference<>();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(Api.class)
    static class App {
        /** The service's clock, which the test moves. */
        @Bean
        Clock clock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return Clock.fixed(NOW.get(), zone);
                }

                @Override
                public Instant instant() {
                    return NOW.get();
                }
            };
        }
    }

    @RestController
    static class Api {
        static final AtomicInteger writes = new AtomicInteger();

        @GetMapping("/api/v1/history")
        Map<String, Object> history() {
            return Map.of("items", 1);
        }

        @PostMapping("/api/v1/things")
        Map<String, Object> write(@RequestBody Map<String, Object> body) {
            return Map.of("written", writes.incrementAndGet());
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "units-in-force-test");
    }

    @LocalServerPort
    int port;

    private final String district = TestTokens.token("d-77", "77", "770", UnitLevel.DISTRICT,
            PlatformRole.DISTRICT_OFFICER);
    private final String commune = TestTokens.token("c-77", "77", "77001", UnitLevel.COMMUNE,
            PlatformRole.COMMUNE_OFFICER);
    private TestHttp http;

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    @Test
    void beforeTheReformADistrictOfficerWrites() {
        NOW.set(Instant.parse("2025-06-30T16:00:00Z")); // 23:00 on 30 June in Hà Nội
        int before = Api.writes.get();
        var written = http.post("/api/v1/things", Map.of("x", 1)).token(district).send();
        assertThat(written.status()).as(written.text()).isEqualTo(200);
        assertThat(Api.writes.get()).isEqualTo(before + 1);
    }

    @Test
    void afterTheReformADistrictOfficerReadsButWritesNothing() {
        NOW.set(Instant.parse("2025-06-30T17:00:00Z")); // 00:00 on 1 July in Hà Nội
        int before = Api.writes.get();
        var refused = http.post("/api/v1/things", Map.of("x", 1)).token(district).header("Accept-Language", "en")
                .send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString()).endsWith("unit-not-in-force");
        assertThat(refused.json().path("detail").asString()).contains("770").contains("2025-07-01");
        var vietnamese = http.post("/api/v1/things", Map.of("x", 1)).token(district).send();
        assertThat(vietnamese.json().path("title").asString()).isEqualTo("Đơn vị không còn tồn tại");
        assertThat(Api.writes.get()).as("no controller reached").isEqualTo(before);

        assertThat(http.get("/api/v1/history").token(district).send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/things", Map.of("x", 1)).token(commune).send().status()).isEqualTo(200);
    }

    @Test
    void withoutATokenItIsStill401NotTheUnitRule() {
        NOW.set(Instant.parse("2026-12-07T00:00:00Z"));
        assertThat(http.post("/api/v1/things", Map.of("x", 1)).send().status()).isEqualTo(401);
    }
}
