package vn.thidua.registration.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import vn.thidua.shared.client.PlatformClients;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformJwtConverter;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.TestTokens;
import vn.thidua.shared.units.UnitDirectory;
import vn.thidua.shared.units.UnitRegistryApi;

/**
 * The shared client other services use ({@link UnitDirectory}) against this real registry, reached through a
 * small forwarding proxy that can play "registry unavailable" (answers 503) without stopping the service.
 */
class UnitDirectoryTest extends RegistryWebTest {

    @Autowired
    PlatformClients clients;

    HttpServer proxy;
    final AtomicBoolean registryUp = new AtomicBoolean(true);
    final AtomicInteger forwarded = new AtomicInteger();
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T03:00:00Z"));
    UnitDirectory directory;

    @BeforeEach
    void startProxy() throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", exchange -> {
            try (exchange) {
                if (!registryUp.get()) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                forwarded.incrementAndGet();
                HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + exchange.getRequestURI()));
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                response.headers().firstValue("Content-Type")
                        .ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
                exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1
                        : response.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        proxy.start();
        UnitRegistryApi api = clients.create(UnitRegistryApi.class,
                "http://127.0.0.1:" + proxy.getAddress().getPort(), Duration.ofSeconds(2));
        directory = new UnitDirectory(api, clients, Duration.ofMinutes(10), 1000, clock);
    }

    @AfterEach
    void stopProxy() {
        proxy.stop(0);
        SecurityContextHolder.clearContext();
    }

    /** The caller whose token is relayed, as the production converter makes it. */
    static void callAs(String token) {
        JwtDecoder decoder = TestTokens.trustedIssuers().decoderFor(TestTokens.ISSUER);
        SecurityContextHolder.getContext().setAuthentication(new PlatformJwtConverter().convert(decoder.decode(token)));
    }

    @Test
    void readsNamesAndPathsThroughTheCache_andKeepsAnsweringFromItWhileTheRegistryIsAway() {
        callAs(TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN));
        LocalDate before = LocalDate.parse("2025-01-01");
        assertThat(directory.nameOf("44", before)).isEqualTo("Tỉnh Quảng Bình");
        assertThat(directory.nameOf("44", LocalDate.parse("2025-07-01"))).isEqualTo("Tỉnh Quảng Trị");
        assertThat(directory.pathOf("19597", before)).containsExactly("45", "468", "19597");
        assertThat(directory.find("45", LocalDate.parse("2025-07-01"))).isEmpty();
        int reads = forwarded.get();

        // Within the time-to-live: no call at all.
        assertThat(directory.nameOf("44", before)).isEqualTo("Tỉnh Quảng Bình");
        assertThat(directory.find("45", LocalDate.parse("2025-07-01"))).isEmpty();
        assertThat(forwarded.get()).isEqualTo(reads);

        // Expired and the registry away: the last value read is answered, however old.
        registryUp.set(false);
        clock.advance(Duration.ofMinutes(11));
        assertThat(directory.nameOf("44", before)).isEqualTo("Tỉnh Quảng Bình");
        assertThat(directory.pathOf("19597", before)).containsExactly("45", "468", "19597");
        // A code never read before cannot be answered: 503 naming the registry.
        assertThatThrownBy(() -> directory.find("04", null)).isInstanceOfSatisfying(ProblemException.class,
                problem -> {
                    assertThat(problem.status().value()).isEqualTo(503);
                    assertThat(problem.args()).containsExactly("registration-service");
                });

        // Back: read again.
        registryUp.set(true);
        assertThat(directory.nameOf("04", null)).isEqualTo("Tỉnh Cao Bằng");
        assertThat(forwarded.get()).isGreaterThan(reads);
    }

    @Test
    void registeredUnitsAreCachedPerTenant_soNoTenantGetsAnotherTenantsAnswer() {
        String laiChau = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN);
        String code = "12-SCT" + Long.toHexString(System.nanoTime()).toUpperCase();
        var created = http.post("/api/v1/units", Map.of("code", code, "level", "AGENCY", "name",
                "Sở Công Thương tỉnh Lai Châu", "parentCode", "12", "validFrom", "2025-07-01")).token(laiChau).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        callAs(laiChau);
        assertThat(directory.nameOf(code, null)).isEqualTo("Sở Công Thương tỉnh Lai Châu");
        assertThat(directory.pathOf(code, null)).containsExactly("12", code);
        callAs(TestTokens.token("cb-admin", "04", "04", UnitLevel.PROVINCE, PROVINCE_ADMIN));
        assertThat(directory.find(code, null)).isEmpty();
        callAs(TestTokens.token("nat", null, "VN", UnitLevel.NATIONAL, NATIONAL_ADMIN));
        assertThat(directory.nameOf(code, null)).isEqualTo("Sở Công Thương tỉnh Lai Châu");
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now;

        MutableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            MutableClock outer = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return outer.withZone(other);
                }

                @Override
                public Instant instant() {
                    return outer.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
