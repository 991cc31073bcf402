package vn.thidua.shared.error;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An error the caller can act on. The message is looked up by {@code code} in the caller's language
 * ({@code Accept-Language}: Vietnamese by default, English on request) and answered as RFC 9457 problem details.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Object[] args;
    private final List<FieldViolation> violations;
    private final Map<String, Object> properties;

    public ProblemException(HttpStatus status, String code, Object... args) {
        this(status, code, List.of(), Map.of(), args);
    }

    public ProblemException(HttpStatus status, String code, List<FieldViolation> violations,
            Map<String, Object> properties, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.violations = List.copyOf(violations);
        this.properties = Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** One wrong field: its JSON path and a message code with arguments. */
    public record FieldViolation(String field, String code, Object... args) {
    }

    public static ProblemException notFound(String resource, Object id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", resource, id);
    }

    public static ProblemException invalid(String field, String code, Object... args) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input",
                List.of(new FieldViolation(field, code, args)), Map.of());
    }

    public static ProblemException invalid(List<FieldViolation> violations) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", violations, Map.of());
    }

    public static ProblemException forbidden(String code, Object... args) {
        return new ProblemException(HttpStatus.FORBIDDEN, code, args);
    }

    public static ProblemException conflict(String code, Object... args) {
        return new ProblemException(HttpStatus.CONFLICT, code, args);
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(HttpStatus.PRECONDITION_REQUIRED, "if-match-required");
    }

    public static ProblemException preconditionFailed(Object current) {
        return new ProblemException(HttpStatus.PRECONDITION_FAILED, "version-mismatch", current);
    }

    public static ProblemException unprocessable(String code, Object... args) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, code, args);
    }
}
