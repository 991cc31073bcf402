package vn.thidua.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import vn.thidua.shared.error.ProblemFactory;

/**
 * Holds a report reader to {@link ReportReaderAccess} before any controller runs: 403 problem otherwise, so nothing
 * is read or written. Runs after the security filter chain (the principal is known) on every servlet service.
 */
public class ReportReaderFilter extends OncePerRequestFilter {

    private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

    private final ProblemFactory problems;

    public ReportReaderFilter(ProblemFactory problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof PlatformAuthentication platform
                && ReportReaderAccess.applies(platform.platformPrincipal())
                && !ReportReaderAccess.permits(request.getMethod(), PATHS.getPathWithinApplication(request))) {
            ProblemSecurityHandlers.accessDenied(problems).handle(request, response, null);
            return;
        }
        chain.doFilter(request, response);
    }
}
