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
        for (String header : RequestScreening.ASCII_HEADERS) {
            String value = request.getHeader(header);
            if (value != null && !RequestScreening.isVisibleAscii(value)) {
                return ProblemException.invalid(header, "bad-encoding");
            }
        }
        // Control characters in any header (a UTF-8 value read as ISO-8859-1 shows C1 controls): Spring Security's
        // firewall refused them with an empty 400 and then failed again on the error page; refused here first.
        for (var names = request.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            for (var values = request.getHeaders(name); values.hasMoreElements(); ) {
                if (values.nextElement().chars().anyMatch(c -> c != '\t' && RequestScreening.isControl(c))) {
                    return ProblemException.invalid(name, "bad-encoding");
                }
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
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            // Parameters parsed now, where a failure is the client's (Tomcat throws on what it cannot decode);
            // a multipart body is parsed later, by the multipart resolver, whose errors are 400s too.
            try {
                request.getParameterMap();
            } catch (RuntimeException unreadable) {
                return ProblemException.invalid(contentType == null ? "query" : "body", "bad-encoding");
            }
        }
        // An Accept Spring cannot parse broke its own error handling (the problem could not be rendered: 500).
        List<MediaType> accepted = RequestScreening.parseAll(request.getHeader("Accept"));
        if (accepted == null) {
            return ProblemException.invalid("Accept", "bad-encoding");
        }
        if (writes) {
            if (!RequestScreening.admitsJson(accepted)) {
                return new ProblemException(HttpStatus.NOT_ACCEPTABLE, "not-acceptable");
            }
        }
        return null;
    }
}
