package vn.thidua.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.thidua.shared.error.ClientFaults;
import vn.thidua.shared.error.ProblemFactory;

/**
 * Errors the gateway answers itself (no route for the path, a method or media type WebFlux refuses, a malformed
 * request found while routing) as problem+json instead of Boot's default JSON (issue 12); before Boot's handler.
 */
@Component
@Order(-2)
class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

    private final Problems problems;

    ProblemErrorWebExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        int status;
        if (failure instanceof ResponseStatusException refused) {
            status = refused.getStatusCode().value();
        } else if (ClientFaults.isClientFault(failure)) {
            status = 400;
        } else {
            log.error("Unexpected error at the gateway", failure);
            status = 500;
        }
        if (status >= 500 && ClientFaults.isClientFault(failure)) {
            status = 400;
        }
        HttpStatus resolved = HttpStatus.resolve(status) != null ? HttpStatus.valueOf(status) : HttpStatus.BAD_REQUEST;
        return problems.write(exchange, resolved, ProblemFactory.codeForStatus(resolved.value()));
    }
}
