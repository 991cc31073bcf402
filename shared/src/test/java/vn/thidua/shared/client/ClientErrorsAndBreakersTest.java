package vn.thidua.shared.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

/**
 * A 4xx from another service is the request's fault: it passes through the real Resilience4j breaker untouched,
 * is not retried and never opens the breaker (issue 12: fifteen bad ids opened it for every user); 5xx still do.
 */
class ClientErrorsAndBreakersTest {

    private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
            .slidingWindowSize(4).minimumNumberOfCalls(4).failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(30)).build());
    private final Resilience4JCircuitBreakerFactory breakers = new Resilience4JCircuitBreakerFactory(registry,
            TimeLimiterRegistry.of(TimeLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(5)).build()), null,
            new Resilience4JConfigurationProperties());
    private final PlatformClients clients = new PlatformClients(RestClient.builder(), breakers);

    {
        breakers.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(registry.getDefaultConfig())
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(5)).build()).build());
    }

    @Test
    void clientErrorsPassThroughUnretriedAndNeverOpenTheBreaker() {
        AtomicInteger attempts = new AtomicInteger();
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> clients.<String>read("units", () -> {
                attempts.incrementAndGet();
                throw HttpClientErrorException.create(HttpStatus.BAD_REQUEST, "Bad Request", null, null, null);
            }, failure -> "fallback")).isInstanceOf(HttpClientErrorException.class);
        }
        assertThat(attempts.get()).as("not retried").isEqualTo(20);
        assertThat(registry.circuitBreaker("units").getState().name()).isEqualTo("CLOSED");
        String answer = clients.read("units", () -> "answer", failure -> "fallback");
        assertThat(answer).isEqualTo("answer");
        assertThatThrownBy(() -> clients.<String>call("units", () -> {
            throw HttpClientErrorException.create(HttpStatus.NOT_FOUND, "Not Found", null, null, null);
        }, failure -> "fallback")).isInstanceOf(HttpClientErrorException.NotFound.class);
    }

    @Test
    void serverErrorsStillCountAndFallBack() {
        for (int i = 0; i < 4; i++) {
            String answer = clients.<String>call("awards", () -> {
                throw HttpServerErrorException.create(HttpStatus.INTERNAL_SERVER_ERROR, "boom", null, null, null);
            }, failure -> "fallback");
            assertThat(answer).isEqualTo("fallback");
        }
        assertThat(registry.circuitBreaker("awards").getState().name()).isEqualTo("OPEN");
    }
}
