package vn.thidua.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.error.ProblemFactory;
import vn.thidua.shared.error.ProblemResponses;

/**
 * Refuses a malformed request before any code of ours runs, so it is a 4xx problem and can write nothing (issue 12):
 * a path or query that is not valid percent-encoded UTF-8 or carries control characters (400), a header the platform
 * reads that is not visible ASCII (400 naming it), a body whose Content-Type cannot be parsed (415) or a multipart
 * one without a boundary (400), and a write whose Accept admits no JSON (406: decided here, before the write, because
 * Spring decides it only when the answer is rendered, after the change was saved). The rules are in
 * {@link RequestScreening}.
 */
public class RequestScreeningFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ProblemFactory problems;

    public RequestScreeningFilter(ProblemFactory problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemException refusal = screen(request);
        if (refusal != null) {
            ProblemResponses.write(response, problems.create(refusal, ProblemResponses.locale(request)));
            return;
        }
        chain.doFilter(request, response);
    }

    private static ProblemException screen(HttpServletRequest request) {
        if (!RequestScreening.isCleanPath(request.getRequestURI())) {
            return ProblemException.invalid("path", "bad-encoding");
        }
        if (request.getQueryString() != null && !RequestScreening.isCleanEncoded(request.getQueryString())) {
            return ProblemException.invalid("query", "bad-encoding");
        }
        try {
            request.getParameterMap();
        } catch (RuntimeException unreadable) {
            return ProblemException.invalid("query", "bad-encoding");
        }
        for (String header : RequestScreening.ASCII_HEADERS) {
            String value = request.getHeader(header);
            if (value != null && !RequestScreening.isVisibleAscii(value)) {
                return ProblemException.invalid(header, "bad-encoding");
            }
        }
        boolean writes = !SAFE.contains(request.getMethod());
        String contentType = request.getContentType();
        if (writes && contentType != null) {
            MediaType type = RequestScreening.parse(contentType);
            if (type == null) {
                return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
            }
            if (type.getType().equals("multipart") && !RequestScreening.hasBoundary(type)) {
                return ProblemException.invalid("Content-Type", "multipart-boundary");
            }
        }
        if (writes) {
            List<MediaType> accepted = RequestScreening.parseAll(request.getHeader("Accept"));
            if (accepted == null) {
                return ProblemException.invalid("Accept", "bad-encoding");
            }
            if (!RequestScreening.admitsJson(accepted)) {
                return new ProblemException(HttpStatus.NOT_ACCEPTABLE, "not-acceptable");
            }
        }
        return null;
    }
}
