package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.thidua.shared.error.ProblemFactory;

/** A declared body above the ceiling is 413 problem+json at the edge; uploads have their own, larger ceiling. */
class BodySizeLimitFilterTest {

    final AtomicInteger forwarded = new AtomicInteger();
    final WebFilterChain chain = exchange -> {
        forwarded.incrementAndGet();
        return Mono.empty();
    };

    final BodySizeLimitFilter filter = new BodySizeLimitFilter(DataSize.ofKilobytes(1), DataSize.ofKilobytes(8),
            new Problems(new ProblemFactory(messages())));

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("thidua-problems");
        messages.setDefaultEncoding("UTF-8");
        return messages;
    }

    static MockServerWebExchange post(long length, String type) {
        return MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/dossiers")
                .header("Content-Type", type).header("Accept-Language", "en").contentLength(length));
    }

    @Test
    void aBodyAboveTheCeilingIs413ProblemAndIsNotForwarded() {
        MockServerWebExchange over = post(1025, "application/json");
        filter.filter(over, chain).block();
        assertThat(over.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(over.getResponse().getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(over.getResponse().getBodyAsString().block()).contains("request-too-large");
        assertThat(forwarded).hasValue(0);
    }

    @Test
    void uploadsUpToTheirCeilingAndSmallBodiesAreForwarded() {
        filter.filter(post(1024, "application/json"), chain).block();
        filter.filter(post(8 * 1024, "multipart/form-data; boundary=x"), chain).block();
        assertThat(forwarded).hasValue(2);
        MockServerWebExchange over = post(8 * 1024 + 1, "multipart/form-data; boundary=x");
        filter.filter(over, chain).block();
        assertThat(over.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }
}
