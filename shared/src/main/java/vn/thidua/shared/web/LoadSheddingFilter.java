package vn.thidua.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.shared.error.ProblemFactory;
import vn.thidua.shared.security.ProblemSecurityHandlers;

/**
 * Admission control per service: at most {@code thidua.load.max-concurrent} requests in flight; one more waits
 * up to {@code thidua.load.max-wait} for a slot, then gets 503 problem {@code overloaded} with {@code Retry-After: 1}.
 *
 * <p>Why: with virtual threads nothing else limits how many requests a service works on at once, so a burst of
 * slow requests (a long list on a slow store) piles up until every one of them times out together; refusing the
 * excess at once keeps the admitted ones fast and tells clients to come back (issue 15). Actuator endpoints are
 * never shed: a saturated service must still answer its probes, or an orchestrator would restart a busy service.
 * Runs before authentication, so a refused request costs no token validation.
 */
public class LoadSheddingFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Semaphore slots;
    private final long maxWaitNanos;
    private final ProblemFactory problems;
    private final AtomicLong shed = new AtomicLong();

    public LoadSheddingFilter(int maxConcurrent, Duration maxWait, ProblemFactory problems) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("thidua.load.max-concurrent must be at least 1, was " + maxConcurrent);
        }
        this.slots = new Semaphore(maxConcurrent, true);
        this.maxWaitNanos = maxWait.toNanos();
        this.problems = problems;
    }

    /** Requests refused since start (for logs and tests). */
    public long shedCount() {
        return shed.get();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = slots.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            shed.incrementAndGet();
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var problem = problems.create(HttpStatus.SERVICE_UNAVAILABLE, "overloaded", locale(request));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(ProblemSecurityHandlers.toMap(problem)));
    }

    private static Locale locale(HttpServletRequest request) {
        // Runs before Spring's locale handling: read Accept-Language as the security handlers do; otherwise the
        // platform's default language (spring.web.locale: vi), not the JVM's.
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return header != null && header.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : VIETNAMESE;
    }
}
