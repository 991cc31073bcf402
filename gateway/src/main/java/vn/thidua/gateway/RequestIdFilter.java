package vn.thidua.gateway;

import io.micrometer.context.ContextRegistry;
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
        return chain.filter(withId).contextWrite(Context.of(RequestIds.MDC_KEY, requestId));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
