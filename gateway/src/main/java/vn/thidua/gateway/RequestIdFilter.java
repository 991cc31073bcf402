package vn.thidua.gateway;

import io.micrometer.context.ContextRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import vn.thidua.shared.web.RequestIds;

/**
 * Gives every request an id (the caller's, when sane), passes it to the services as {@code X-Request-Id}, answers
 * it in the response, and puts it in the MDC of every gateway log line through the reactor context.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

    static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    /** The access log; set {@code logging.level.vn.thidua.gateway.access=WARN} to silence it. */
    private static final Logger ACCESS = LoggerFactory.getLogger("vn.thidua.gateway.access");

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(RequestIds.MDC_KEY,
                () -> MDC.get(RequestIds.MDC_KEY),
                value -> MDC.put(RequestIds.MDC_KEY, value),
                () -> MDC.remove(RequestIds.MDC_KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(h -> h.set(RequestIds.HEADER, requestId))
                .build();
        exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
        ServerWebExchange withId = exchange.mutate().request(request).build();
        withId.getAttributes().put(ATTRIBUTE, requestId);
        long started = System.nanoTime();
        return chain.filter(withId)
                .doFinally(signal -> {
                    // One access line per request, with the id in the log context like every other line.
                    try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestIds.MDC_KEY, requestId)) {
                        ACCESS.info("{} {} {} {} ms", request.getMethod(), request.getURI().getRawPath(),
                                withId.getResponse().getStatusCode() == null ? "-"
                                        : withId.getResponse().getStatusCode().value(),
                                (System.nanoTime() - started) / 1_000_000);
                    }
                })
                .contextWrite(Context.of(RequestIds.MDC_KEY, requestId));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
