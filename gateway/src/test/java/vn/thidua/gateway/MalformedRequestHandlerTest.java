package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.shared.error.ProblemFactory;

/**
 * What the gateway answers to requests Netty cannot parse or Spring could not turn into a URI: a problem+json with
 * the right status on a closed connection, never Netty's empty answer nor a routed request (issue 12).
 */
class MalformedRequestHandlerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ProblemFactory problems() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "thidua-problems");
        messages.setDefaultEncoding("UTF-8");
        return new ProblemFactory(messages);
    }

    /** The raw answer written for a request, or null when the request went on to the gateway. */
    private static String answer(String request) {
        EmbeddedChannel channel = new EmbeddedChannel(new io.netty.handler.codec.http.HttpResponseEncoder(),
                new HttpRequestDecoder(4096, 8192, 8192),
                new MalformedRequestHandler(problems()));
        channel.writeInbound(Unpooled.copiedBuffer(request, StandardCharsets.ISO_8859_1));
        Object passed = channel.readInbound();
        if (passed != null) {
            boolean isRequest = passed instanceof HttpRequest;
            ReferenceCountUtil.release(passed);
            assertThat(isRequest).isTrue();
            return null;
        }
        StringBuilder written = new StringBuilder();
        for (Object out; (out = channel.readOutbound()) != null; ) {
            if (out instanceof ByteBuf buffer) {
                written.append(buffer.toString(StandardCharsets.UTF_8));
            } else {
                written.append(out);
            }
            ReferenceCountUtil.release(out);
        }
        return written.toString();
    }

    private static void assertProblem(String request, int status) {
        String written = answer(request);
        assertThat(written).as(request).isNotNull().contains(" " + status + " ").contains("application/problem+json");
        JsonNode body = JSON.readTree(written.substring(written.indexOf('{')));
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("code").asString()).isNotBlank();
    }

    @Test
    void aWellFormedRequestGoesOn() {
        assertThat(answer("GET /api/v1/units/03390?size=20&name=X%C3%A3 HTTP/1.1\r\nHost: x\r\n\r\n")).isNull();
    }

    @Test
    void badTargetsAre400Problems() {
        for (String target : new String[] {"/api/v1/dossiers/a%00b", "/api/v1/dossiers/a\\b", "/api/v1/dossiers/%zz",
                "/api/v1/campaigns?a=%zz", "/api/v1/campaigns?a=%C3%28", "/api/v1/campaigns?a={|}",
                "/api/v1/campaigns?a=%1B"}) {
            assertProblem("GET " + target + " HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\n\r\n", 400);
        }
    }

    @Test
    void tooLongLinesAndHeadersAre414And431Problems() {
        assertProblem("GET /api/v1/campaigns?a=" + "q".repeat(5_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414);
        assertProblem("GET /api/v1/campaigns HTTP/1.1\r\nHost: x\r\nX-Big: " + "h".repeat(10_000) + "\r\n\r\n", 431);
    }
}
