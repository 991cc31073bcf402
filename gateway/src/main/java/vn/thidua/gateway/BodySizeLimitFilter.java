package vn.thidua.gateway;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The edge's ceiling on declared request sizes, before any token is parsed or a byte is forwarded: 413 problem+json.
 * File uploads (multipart) get the larger ceiling of the largest service upload; every other body the services'
 * own ceiling. Chunked bodies (no declared length) are measured by the services ({@code RequestBodyLimitFilter}).
 */
@Component
public class BodySizeLimitFilter implements WebFilter, Ordered {

    private final long maxBody;
    private final long maxUpload;
    private final Problems problems;

    public BodySizeLimitFilter(@Value("${thidua.limits.max-body:1MB}") DataSize maxBody,
            @Value("${thidua.limits.max-upload:41MB}") DataSize maxUpload, Problems problems) {
        this.maxBody = maxBody.toBytes();
        this.maxUpload = maxUpload.toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        boolean upload = type != null && type.getType().toLowerCase(Locale.ROOT).equals("multipart");
        long ceiling = upload ? maxUpload : maxBody;
        if (declared > ceiling) {
            exchange.getResponse().getHeaders().set("Connection", "close");
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "request-too-large", ceiling / 1024);
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        // Before the token-less limit and Spring Security's chain.
        return -210;
    }
}
