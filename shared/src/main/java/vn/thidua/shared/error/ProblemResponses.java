package vn.thidua.shared.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to the servlet response, for answers given before Spring MVC runs (filters, the error
 * path): whatever the client's Accept says, an error is {@code application/problem+json}.
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        write(response, problem.getStatus(), toMap(problem));
    }

    /** RFC 9457 members first, then the extension members (code, errors, …). */
    public static Map<String, Object> toMap(ProblemDetail problem) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    static void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
        response.flushBuffer();
    }

    /**
     * The answer's language from Accept-Language, read by hand (Spring's locale handling has not run yet): English
     * when asked for, otherwise the platform's default, Vietnamese.
     */
    public static Locale locale(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return locale(header);
    }

    static Locale locale(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : VIETNAMESE;
    }

    /** The problem code for a status the container or the framework answers by itself. */
    public static String codeFor(int status) {
        return ProblemFactory.codeForStatus(status);
    }
}
