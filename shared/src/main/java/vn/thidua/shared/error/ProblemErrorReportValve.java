package vn.thidua.shared.error;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error answers (a request line, path or header it refuses before any application code, e.g. "Invalid
 * character found in the request target") as problem+json instead of Tomcat's HTML page (issue 12). It runs outside
 * Spring, so its messages come from the same bundle ({@code thidua-problems}) through {@link ResourceBundle}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == 501) {
            // A method nobody implements (TRACE, FOO): the client's mistake, answered as the 405 it is for us.
            status = 405;
        } else if (status >= 500 && ClientFaults.isClientFault(throwable)) {
            status = 400;
        }
        String code = ProblemResponses.codeFor(status);
        Locale locale = ProblemResponses.locale(request.getHeader("Accept-Language"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemFactory.TYPE_PREFIX + code);
        body.put("title", message(locale, "problem." + code + ".title", code));
        body.put("status", status);
        body.put("detail", message(locale, "problem." + code + ".detail", null));
        body.put("code", code);
        try {
            response.resetBuffer();
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(body));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer already started: nothing more can be said.
        }
    }

    private static String message(Locale locale, String key, String fallback) {
        try {
            return ResourceBundle.getBundle("thidua-problems", locale).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
