package vn.thidua.shared.error;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds localized problem details; shared by the servlet handler, security handlers and the gateway. */
public class ProblemFactory {

    public static final String TYPE_PREFIX = "/problems/";

    private final MessageSource messages;

    public ProblemFactory(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail create(HttpStatusCode status, String code, Locale locale, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(message("problem." + code + ".title", locale, new Object[0], code));
        problem.setDetail(message("problem." + code + ".detail", locale, args, null));
        problem.setProperty("code", code);
        return problem;
    }

    public ProblemDetail create(ProblemException exception, Locale locale) {
        ProblemDetail problem = create(exception.status(), exception.code(), locale, exception.args());
        if (!exception.violations().isEmpty()) {
            List<Map<String, Object>> errors = new ArrayList<>();
            for (ProblemException.FieldViolation violation : exception.violations()) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("field", violation.field());
                error.put("code", violation.code());
                error.put("message", message("field." + violation.code(), locale, violation.args(),
                        violation.code()));
                errors.add(error);
            }
            problem.setProperty("errors", errors);
            String fields = String.join(", ", errors.stream().map(e -> (String) e.get("field")).toList());
            problem.setDetail(message("problem.invalid-input.detail", locale, new Object[] {fields}, null));
        }
        exception.properties().forEach(problem::setProperty);
        return problem;
    }

    public String message(String key, Locale locale, Object[] args, String fallback) {
        return messages.getMessage(key, args, fallback, locale);
    }

    /**
     * The problem code for a status the container, the framework or the gateway answers by itself (no code of ours
     * chose one): one code per status, with its message in the bundles (issue 12).
     */
    public static String codeForStatus(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found-path";
            case 405, 501 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 408 -> "request-timeout";
            case 411 -> "length-required";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 431 -> "headers-too-large";
            default -> status >= 500 ? "internal" : "bad-request";
        };
    }
}
