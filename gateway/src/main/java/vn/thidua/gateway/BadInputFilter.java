package vn.thidua.gateway;

import java.util.List;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.thidua.shared.web.RequestScreening;

/**
 * Refuses, before routing, what a service would refuse anyway but the gateway would otherwise carry or choke on
 * (issue 12): a header the platform reads that is not visible ASCII, a control character in any header, a write's
 * Content-Type that cannot be parsed (415) or a multipart one without a boundary, and a write whose Accept admits
 * no JSON (406, before the service saves anything). The same rules as the services' {@code RequestScreeningFilter}.
 */
@Component
class BadInputFilter implements WebFilter, Ordered {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Problems problems;

    BadInputFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var headers = exchange.getRequest().getHeaders();
        for (String name : RequestScreening.ASCII_HEADERS) {
            String value = headers.getFirst(name);
            if (value != null && !RequestScreening.isVisibleAscii(value)) {
                return refuse(exchange, HttpStatus.BAD_REQUEST, "bad-request");
            }
        }
        for (var header : headers.headerSet()) {
            for (String value : header.getValue()) {
                if (value.chars().anyMatch(c -> c != '\t' && RequestScreening.isControl(c))) {
                    return refuse(exchange, HttpStatus.BAD_REQUEST, "bad-request");
                }
            }
        }
        try {
            headers.getAcceptLanguage();
        } catch (IllegalArgumentException unreadable) {
            return refuse(exchange, HttpStatus.BAD_REQUEST, "bad-request");
        }
        if (!SAFE.contains(exchange.getRequest().getMethod().name())) {
            String contentType = headers.getFirst("Content-Type");
            if (contentType != null) {
                MediaType type = RequestScreening.parse(contentType);
                if (type == null) {
                    return refuse(exchange, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
                }
                if (type.getType().equals("multipart") && !RequestScreening.hasBoundary(type)) {
                    return refuse(exchange, HttpStatus.BAD_REQUEST, "bad-request");
                }
            }
            List<MediaType> accepted = RequestScreening.parseAll(headers.getFirst("Accept"));
            if (accepted == null) {
                return refuse(exchange, HttpStatus.BAD_REQUEST, "bad-request");
            }
            if (!RequestScreening.admitsJson(accepted)) {
                return refuse(exchange, HttpStatus.NOT_ACCEPTABLE, "not-acceptable");
            }
        }
        return chain.filter(exchange);
    }

    /** After the request id (so a refusal carries one), before security and routing. */
    /**
     * Reads (and drops) what the client is still sending before answering: an answer sent before the body was read
     * made the connection close with unread bytes, and the client got a TCP reset instead of the problem.
     */
    private Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, String code) {
        return exchange.getRequest().getBody().doOnNext(DataBufferUtils::release)
                .then(Mono.defer(() -> problems.write(exchange, status, code)));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
