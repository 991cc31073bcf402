package vn.thidua.shared.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error a service answers is RFC 9457 problem details, localized, naming the field at fault; never a stack
 * trace, never a 500 for bad input.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final ProblemFactory problems;

    public ProblemHandler(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    public ResponseEntity<ProblemDetail> handleProblem(ProblemException exception) {
        return respond(problems.create(exception, locale()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ResponseEntity<ProblemDetail> handleStaleVersion(OptimisticLockingFailureException exception) {
        return respond(problems.create(HttpStatus.PRECONDITION_FAILED, "version-mismatch", locale(), "?"));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    public ResponseEntity<ProblemDetail> handleDuplicate(DuplicateKeyException exception) {
        return respond(problems.create(HttpStatus.CONFLICT, "duplicate", locale()));
    }

    /**
     * The store did not answer (gone, out of memory, or no server selected in time): 503 with Retry-After, so a
     * client retries later instead of waiting on a request that hangs; never a 500 (issue 15).
     */
    @ExceptionHandler(DataAccessResourceFailureException.class)
    public ResponseEntity<ProblemDetail> handleStoreUnavailable(DataAccessResourceFailureException exception) {
        log.warn("Store unavailable: {}", exception.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.create(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", locale()));
    }

    /**
     * A query ran out of its time limit ({@code thidua.store.query-timeout}): 503 with Retry-After, so one heavy
     * query answers "try again" instead of holding a thread or the store until it finishes (issue 15). Spring Data
     * translates the driver's timeouts to these two; anything else of them is still an internal error.
     */
    @ExceptionHandler({QueryTimeoutException.class, UncategorizedDataAccessException.class})
    public ResponseEntity<ProblemDetail> handleStoreTimeout(Exception exception) {
        if (StoreTimeouts.isUnreachable(exception)) {
            return handleStoreUnavailable(new DataAccessResourceFailureException(exception.getMessage(), exception));
        }
        if (!StoreTimeouts.isTimeout(exception)) {
            return handleUnexpected(exception);
        }
        log.warn("Store query over its time limit: {}", exception.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.create(HttpStatus.SERVICE_UNAVAILABLE, "store-timeout", locale()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ProblemDetail> handleDenied(AccessDeniedException exception) {
        return respond(problems.create(HttpStatus.FORBIDDEN, "forbidden", locale()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException exception) {
        return handleProblem(ProblemException.invalid(exception.getName(), "type-mismatch",
                String.valueOf(exception.getValue())));
    }

    /**
     * A constraint failed but its message could not be built (a message with an EL expression, such as
     * {@code @DecimalMax}'s default, and no EL at run time): the input is still what failed, so 400 (issue 12).
     */
    @ExceptionHandler(jakarta.validation.ValidationException.class)
    public ResponseEntity<ProblemDetail> handleUnbuildableViolation(jakarta.validation.ValidationException exception) {
        log.warn("A constraint's message could not be built: {}", exception.getMessage());
        return respond(problems.create(HttpStatus.BAD_REQUEST, "bad-request", locale()));
    }

    /**
     * Another service refused a value this request passed on (a 4xx that the calling code did not turn into its
     * own problem): the value is the client's fault, so 400 (401 for an expired token), never a 5xx.
     */
    @ExceptionHandler(org.springframework.web.client.HttpClientErrorException.class)
    public ResponseEntity<ProblemDetail> handleRefusedDownstream(
            org.springframework.web.client.HttpClientErrorException exception) {
        if (exception.getStatusCode().value() == 401) {
            return respond(problems.create(HttpStatus.UNAUTHORIZED, "unauthorized", locale()));
        }
        log.debug("Another service refused a value of this request: {}", exception.getMessage());
        return respond(problems.create(HttpStatus.BAD_REQUEST, "bad-request", locale()));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> handleUnexpected(Exception exception) {
        if (StoreTimeouts.isTimeout(exception) || StoreTimeouts.isUnreachable(exception)) {
            // The driver's own timeout, not translated (a cursor read outside MongoTemplate's translation).
            return handleStoreTimeout(exception);
        }
        if (ClientFaults.isClientFault(exception)) {
            // A malformed request the container or framework could not read (issue 12): the client's fault, 400.
            log.debug("Unreadable request: {}", exception.toString());
            return respond(problems.create(HttpStatus.BAD_REQUEST, "bad-request", locale()));
        }
        log.error("Unexpected error", exception);
        return respond(problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "internal", locale()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ProblemException.FieldViolation> violations = new ArrayList<>();
        for (FieldError error : exception.getBindingResult().getFieldErrors()) {
            violations.add(new ProblemException.FieldViolation(error.getField(), "constraint",
                    error.getDefaultMessage()));
        }
        exception.getBindingResult().getGlobalErrors().forEach(error -> violations.add(
                new ProblemException.FieldViolation(error.getObjectName(), "constraint", error.getDefaultMessage())));
        return widen(handleProblem(ProblemException.invalid(violations)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ProblemException.FieldViolation> violations = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                violations.add(new ProblemException.FieldViolation(
                        result.getMethodParameter().getParameterName(), "constraint", error.getDefaultMessage()))));
        return widen(handleProblem(ProblemException.invalid(violations)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        Throwable cause = exception.getCause();
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JacksonException.Reference reference : jackson.getPath()) {
                if (reference.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            if (!path.isEmpty()) {
                field = path.toString();
            }
        }
        return widen(handleProblem(ProblemException.invalid(field, "unreadable")));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && problem.getProperties() == null) {
            problem.setProperty("code", "http-" + statusCode.value());
        }
        if (response != null) {
            // Problem+json whatever the Accept header says: without a preset type a 406 (or any error asked for as
            // text/html) was answered with an empty body (issue 12).
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(response.getBody());
        }
        return response;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
