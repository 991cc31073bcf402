package vn.thidua.award.attachments;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.thidua.shared.error.ProblemFactory;

/**
 * An upload far over the limit is refused by the multipart parser before any controller sees it (so the file's
 * name is not known yet): answered as the same localized 413 problem, instead of the generic one.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitProblems {

    private final ProblemFactory problems;
    private final DataSize maxSize;

    UploadLimitProblems(ProblemFactory problems, @Value("${thidua.attachments.max-size:10MB}") DataSize maxSize) {
        this.problems = problems;
        this.maxSize = maxSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException exception) {
        ProblemDetail problem = problems.create(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large",
                LocaleContextHolder.getLocale(), maxSize.toMegabytes() + " MB");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
