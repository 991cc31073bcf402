package vn.thidua.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thidua.shared.error.ProblemFactory;

/**
 * Applies {@link UnitsInForce} to every request of a servlet service, after authentication and before any
 * controller, so no write path can forget it: a caller whose unit is not in force today gets 403 problem
 * {@code unit-not-in-force} on anything but a read, and nothing is written.
 */
public class UnitsInForceFilter extends OncePerRequestFilter {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Clock clock;
    private final ProblemFactory problems;

    public UnitsInForceFilter(Clock clock, ProblemFactory problems) {
        this.clock = clock;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof PlatformAuthentication platform) {
            Optional<Object[]> refused = UnitsInForce.refusal(platform.platformPrincipal(), request.getMethod(),
                    UnitsInForce.today(clock));
            if (refused.isPresent()) {
                ProblemSecurityHandlers.write(response, problems.create(HttpStatus.FORBIDDEN,
                        UnitsInForce.PROBLEM_CODE, locale(request), refused.get()));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static Locale locale(HttpServletRequest request) {
        // Before the DispatcherServlet's locale handling: read the header as the load-shedding filter does, else
        // the platform's default language (spring.web.locale: vi), not the JVM's.
        String header = request.getHeader("Accept-Language");
        return header != null && header.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : VIETNAMESE;
    }
}
