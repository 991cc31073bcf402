package vn.thidua.award.reservations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Fault injection for the system tests (issue 11: "every reservation is given back on every failure after it was
 * taken"): with {@code thidua.award.fault-injection.enabled=true}, a request carrying
 * {@code X-Thidua-Fault: after-reservation:<k>} fails right after its k-th reservation with 503
 * {@code fault-injected} ({@link FaultInjected}), so a test through the gateway can walk every reservation point of a
 * path and then find the dossier, the quota counters and the claims as they were.
 *
 * <p>Off by default (no bean: {@link Reservations} uses {@link FailurePoints#NONE}). Only the launcher's system-test
 * stack ({@code ./thidua test}) turns it on. Every answer of an enabled service says so
 * ({@value #ENABLED_HEADER}: on), and every answer of a request that took reservations says how many
 * ({@value #COUNT_HEADER}), so a test knows how many points a path has.
 *
 * <p>Refused under the {@code k8s} profile: the header comes from the caller and the gateway passes it on, so in
 * production any signed-in user could make any write of this service fail on demand (a denial of service, and a
 * probe of its internals). A deployment that sets the property by mistake must not start rather than run with it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "thidua.award.fault-injection.enabled", havingValue = "true")
public class FaultInjection implements WebMvcConfigurer {

    public static final String ENABLED_HEADER = "X-Thidua-Fault-Injection";
    public static final String COUNT_HEADER = "X-Thidua-Reservations";
    static final String ARMED = FaultInjection.class.getName() + ".armed";
    static final String COUNT = FaultInjection.class.getName() + ".count";

    private static final Logger log = LoggerFactory.getLogger(FaultInjection.class);

    public FaultInjection(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("k8s"))) {
            throw new IllegalStateException("thidua.award.fault-injection.enabled=true is for the system-test "
                    + "stack only and is refused under the k8s profile: it lets any caller fail requests on demand");
        }
        log.warn("Fault injection is ON ({} header): for the system-test stack only", FaultHeader.NAME);
    }

    @Bean
    RequestFaults requestFaults() {
        return new RequestFaults();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setHeader(ENABLED_HEADER, "on");
                // Read at the start: an unreadable header is a 400 before anything is taken.
                FaultHeader armed = FaultHeader.parse(request.getHeader(FaultHeader.NAME));
                if (armed != null) {
                    request.setAttribute(ARMED, armed);
                }
                return true;
            }
        });
    }

    /** The {@link FailurePoints} of an enabled service: counts the current request's reservations, fails at k. */
    public static final class RequestFaults implements FailurePoints {

        @Override
        public void reached(String point) {
            if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current)) {
                return; // not in a request (a background task): nothing to count or fail
            }
            Integer before = (Integer) current.getAttribute(COUNT, RequestAttributes.SCOPE_REQUEST);
            int count = before == null ? 1 : before + 1;
            current.setAttribute(COUNT, count, RequestAttributes.SCOPE_REQUEST);
            HttpServletResponse response = current.getResponse();
            if (response != null && !response.isCommitted()) {
                response.setHeader(COUNT_HEADER, String.valueOf(count));
            }
            FaultHeader armed = (FaultHeader) current.getAttribute(ARMED, RequestAttributes.SCOPE_REQUEST);
            if (armed != null && armed.afterReservation() == count) {
                log.info("Injected fault after reservation {} ({})", count, point);
                throw new FaultInjected(point, count);
            }
        }
    }
}
