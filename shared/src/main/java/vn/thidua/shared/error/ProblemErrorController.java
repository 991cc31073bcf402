package vn.thidua.shared.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error path ({@code /error}) as problem+json: what fails outside Spring MVC's handlers (a filter,
 * the container parsing parameters, a multipart body) reached Boot's default error controller, which answered its
 * own JSON or HTML (issue 12). A client's malformed request is a 400 here, never a 500.
 */
@org.springframework.stereotype.Controller
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ProblemFactory problems;

    public ProblemErrorController(ProblemFactory problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : response.getStatus();
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status == 501) {
            status = 405;
        } else if (status >= 500 && ClientFaults.isClientFault(failure)) {
            status = 400;
        } else if (status >= 500 || status < 400) {
            log.error("Unexpected error on the error path (status {})", status, failure);
            status = HttpStatus.INTERNAL_SERVER_ERROR.value();
        }
        ProblemResponses.write(response, problems.create(HttpStatus.valueOf(status), ProblemResponses.codeFor(status),
                ProblemResponses.locale(request)));
    }
}
