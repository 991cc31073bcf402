package vn.thidua.gateway;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.shared.error.ProblemFactory;
import vn.thidua.shared.security.ProblemSecurityHandlers;

/** Problem details written by the gateway itself (401, 403, 429, 503), in the caller's language. */
@Component
public class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

    private final ProblemFactory factory;

    public Problems(ProblemFactory factory) {
        this.factory = factory;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, Object... args) {
        ProblemDetail problem = factory.create(status, code, locale(exchange), args);
        String requestId = exchange.getAttribute(RequestIdFilter.ATTRIBUTE);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = JSON.writeValueAsString(ProblemSecurityHandlers.toMap(problem)).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    public String message(ServerWebExchange exchange, String key) {
        return factory.message(key, locale(exchange), new Object[0], key);
    }

    public static Locale locale(ServerWebExchange exchange) {
        List<Locale.LanguageRange> ranges;
        try {
            ranges = exchange.getRequest().getHeaders().getAcceptLanguage();
        } catch (IllegalArgumentException unreadable) {
            // A malformed Accept-Language must not turn the answer to it into a 500 (issue 12).
            ranges = List.of();
        }
        Locale best = ranges.isEmpty() ? null : Locale.lookup(ranges, SUPPORTED);
        return best != null ? best : Locale.forLanguageTag("vi");
    }
}
