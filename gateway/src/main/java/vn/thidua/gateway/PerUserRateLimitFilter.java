package vn.thidua.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.thidua.shared.security.PlatformAuthentication;

/**
 * A token bucket per user (token subject) in this gateway instance: above the rate, 429 problem+json with
 * Retry-After. Buckets of idle users are dropped after ten minutes. With several gateway replicas each keeps its own
 * buckets, so the effective limit scales with replicas; that is acceptable for abuse protection.
 */
@Component
public class PerUserRateLimitFilter implements GlobalFilter, Ordered {

    private final GatewayProperties.RateLimit limits;
    private final Problems problems;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();

    public PerUserRateLimitFilter(GatewayProperties properties, Problems problems) {
        this.limits = properties.getRateLimit();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(PlatformAuthentication.class::isInstance)
                .cast(PlatformAuthentication.class)
                .map(auth -> Optional.of(bucketFor(auth).tryConsumeAndReturnRemaining(1)))
                // No platform principal (open paths): not limited here. Exactly one of the two branches runs.
                .defaultIfEmpty(Optional.empty())
                .flatMap(probe -> probe.isEmpty() || probe.get().isConsumed() ? chain.filter(exchange)
                        : reject(exchange, probe.get()));
    }

    private Mono<Void> reject(ServerWebExchange exchange, ConsumptionProbe probe) {
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
    }

    private Bucket bucketFor(PlatformAuthentication auth) {
        String client = auth.getToken().getClaimAsString("azp");
        int perSecond = client == null ? limits.getRequestsPerSecond()
                : limits.getClientOverrides().getOrDefault(client, limits.getRequestsPerSecond());
        String key = auth.getToken().getSubject() + "|" + perSecond;
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(Math.max(limits.getBurst(), perSecond))
                        .refillGreedy(perSecond, Duration.ofSeconds(1))
                        .build())
                .build());
    }

    @Override
    public int getOrder() {
        // Before routing and the circuit breakers, after security has set the principal.
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
