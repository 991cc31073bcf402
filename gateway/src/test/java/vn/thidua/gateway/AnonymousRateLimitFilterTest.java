package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.thidua.shared.error.ProblemFactory;

/** Token-less requests have their own, lower limit per client address; requests with a token are not counted here. */
class AnonymousRateLimitFilterTest {

    final AtomicInteger passed = new AtomicInteger();
    final WebFilterChain chain = exchange -> {
        passed.incrementAndGet();
        return Mono.empty();
    };

    AnonymousRateLimitFilter filter(int perSecond, int burst) {
        GatewayProperties properties = new GatewayProperties();
        properties.getRateLimit().getAnonymous().setRequestsPerSecond(perSecond);
        properties.getRateLimit().getAnonymous().setBurst(burst);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("thidua-problems");
        messages.setDefaultEncoding("UTF-8");
        return new AnonymousRateLimitFilter(properties, new Problems(new ProblemFactory(messages)));
    }

    static MockServerWebExchange request(String address, String authorization) {
        MockServerHttpRequest.BaseBuilder<?> builder = MockServerHttpRequest.get("/api/v1/dossiers")
                .remoteAddress(new InetSocketAddress(address, 40000));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return MockServerWebExchange.from(builder);
    }

    @Test
    void beyondTheBurstATokenlessClientGets429ProblemWithRetryAfter() {
        AnonymousRateLimitFilter filter = filter(1, 3);
        for (int i = 0; i < 3; i++) {
            filter.filter(request("10.0.0.7", null), chain).block();
        }
        MockServerWebExchange over = request("10.0.0.7", null);
        filter.filter(over, chain).block();
        assertThat(passed).hasValue(3);
        assertThat(over.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(over.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(over.getResponse().getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(over.getResponse().getBodyAsString().block()).contains("\"status\":429");
    }

    @Test
    void eachAddressHasItsOwnBucket_andRequestsWithATokenAreLeftToThePerUserLimit() {
        AnonymousRateLimitFilter filter = filter(1, 1);
        filter.filter(request("10.0.0.8", null), chain).block();
        filter.filter(request("10.0.0.9", null), chain).block();
        for (int i = 0; i < 5; i++) {
            filter.filter(request("10.0.0.8", "Bearer x"), chain).block();
        }
        assertThat(passed).hasValue(7);
        MockServerWebExchange over = request("10.0.0.8", null);
        filter.filter(over, chain).block();
        assertThat(over.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(passed).hasValue(7);
    }
}
