package vn.thidua.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where each route's circuit breaker sends a call that failed or was cut short: 503 problem+json naming the
 * service, answered at once, so the other routes and the caller's app keep working.
 */
@RestController
public class FallbackController {

    private final Problems problems;

    public FallbackController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{service}")
    public Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        String name = problems.message(exchange, "service." + service);
        exchange.getResponse().getHeaders().set("Retry-After", "5");
        exchange.getResponse().getHeaders().set("X-Unavailable-Service", service);
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", name);
    }
}
