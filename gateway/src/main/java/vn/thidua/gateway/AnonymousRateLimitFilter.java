package vn.thidua.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A separate, lower limit for requests without a token (open paths, API docs, requests that will get 401): a token
 * bucket per client address, checked before the security chain parses anything, so a flood of anonymous or
 * token-less requests costs a map lookup and gets 429 problem+json with Retry-After. Requests with a token are
 * limited per user by {@link PerUserRateLimitFilter}. Behind a proxy the address is the proxy's unless the gateway is
 * told to trust forwarded headers ({@code server.forward-headers-strategy}).
 */
@Component
public class AnonymousRateLimitFilter implements WebFilter, Ordered {

    private final GatewayProperties.RateLimit.Anonymous limits;
    private final Problems problems;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    public AnonymousRateLimitFilter(GatewayProperties properties, Problems problems) {
        this.limits = properties.getRateLimit().getAnonymous();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            return chain.filter(exchange);
        }
        ConsumptionProbe probe = bucketFor(clientOf(exchange)).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return chain.filter(exchange);
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
    }

    static String clientOf(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private Bucket bucketFor(String client) {
        return buckets.get(client, k -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(Math.max(limits.getBurst(), limits.getRequestsPerSecond()))
                        .refillGreedy(limits.getRequestsPerSecond(), Duration.ofSeconds(1))
                        .build())
                .build());
    }

    @Override
    public int getOrder() {
        // Before Spring Security's web filter chain (-100): nothing is parsed for a request over the limit.
        return -200;
    }
}
