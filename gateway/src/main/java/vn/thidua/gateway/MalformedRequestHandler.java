package vn.thidua.gateway;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.error.ProblemFactory;
import vn.thidua.shared.security.ProblemSecurityHandlers;
import vn.thidua.shared.web.RequestScreening;

/**
 * The gateway's answers to requests it cannot even parse, as problem+json (issue 12): Reactor Netty answered a too
 * long request line (414), too large headers (431) or a malformed request (400) with an empty body, and a target
 * that is not a valid URI (a raw {@code %zz}, NUL, backslash or {@code |}) failed later in routing, where the route's
 * circuit breaker counted it as the service failing (503, and fifteen of them opened the breaker for every user).
 * Sits right after Netty's HTTP decoder, per connection; a refused request ends its connection (a lingering close).
 */
final class MalformedRequestHandler extends ChannelInboundHandlerAdapter {

    static final String NAME = "thidua.malformedRequests";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How long a refused connection keeps reading what the client still sends before it is closed. */
    private static final Duration LINGER = Duration.ofSeconds(2);

    private final ProblemFactory problems;
    private boolean refusing;

    MalformedRequestHandler(ProblemFactory problems) {
        this.problems = problems;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (refusing) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpRequest request) {
            ProblemException refusal = screen(request);
            if (refusal != null) {
                refusing = true;
                String language = request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE);
                ReferenceCountUtil.release(msg);
                refuse(ctx, refusal, language);
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    static ProblemException screen(HttpRequest request) {
        if (request.decoderResult().isFailure()) {
            Throwable cause = request.decoderResult().cause();
            if (cause instanceof TooLongHttpLineException) {
                return new ProblemException(HttpStatus.URI_TOO_LONG, "uri-too-long");
            }
            if (cause instanceof TooLongHttpHeaderException) {
                return new ProblemException(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large");
            }
            return new ProblemException(cause instanceof TooLongFrameException ? HttpStatus.CONTENT_TOO_LARGE
                    : HttpStatus.BAD_REQUEST, cause instanceof TooLongFrameException ? "payload-too-large"
                    : "bad-request");
        }
        String target = request.uri();
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        if (!RequestScreening.isCleanPath(path)) {
            return ProblemException.invalid("path", "bad-encoding");
        }
        if (question >= 0 && !RequestScreening.isCleanEncoded(target.substring(question + 1))) {
            return ProblemException.invalid("query", "bad-encoding");
        }
        try {
            new URI(target);
        } catch (URISyntaxException notAUri) {
            return ProblemException.invalid(question >= 0 && notAUri.getIndex() > question ? "query" : "path",
                    "bad-encoding");
        }
        return null;
    }

    private void refuse(ChannelHandlerContext ctx, ProblemException refusal, String language) {
        Locale locale = language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        ProblemDetail problem = problems.create(refusal, locale);
        byte[] body = JSON.writeValueAsString(ProblemSecurityHandlers.toMap(problem)).getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(refusal.status().value()), Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json");
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        response.headers().set(HttpHeaderNames.CONNECTION, "close");
        // A lingering close, as web servers do: the answer, then our side of the connection shut, then what the
        // client still sends read and dropped (channelRead above) until it closes or LINGER passes. Closing at once
        // with unread bytes made the kernel reset the connection and the client lost the answer.
        ctx.writeAndFlush(response).addListener(written -> {
            if (written.isSuccess() && ctx.channel() instanceof DuplexChannel duplex) {
                duplex.shutdownOutput();
                ctx.channel().config().setAutoRead(true);
                ctx.executor().schedule(() -> ctx.close(), LINGER.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                ctx.close();
            }
        });
    }
}
