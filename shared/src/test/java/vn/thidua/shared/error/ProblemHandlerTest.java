package vn.thidua.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A store that does not answer is a 503 problem with Retry-After, in the caller's language; never a 500. */
class ProblemHandlerTest {

    final ProblemHandler handler = new ProblemHandler(new ProblemFactory(messages()));

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("thidua-problems");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aStoreThatDoesNotAnswerIsA503ProblemWithRetryAfter() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        ResponseEntity<ProblemDetail> answer = handler.handleStoreUnavailable(
                new DataAccessResourceFailureException("Timed out after 5000 ms while waiting for a server"));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "store-unavailable");
        assertThat(answer.getBody().getTitle()).isEqualTo("Data store unavailable");
    }

    @Test
    void aVietnameseCallerReadsItInVietnamese() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));

        ResponseEntity<ProblemDetail> answer = handler.handleStoreUnavailable(
                new DataAccessResourceFailureException("socket closed"));

        assertThat(answer.getBody().getTitle()).isEqualTo("Kho dữ liệu tạm ngừng");
        assertThat(answer.getBody().getDetail()).contains("thử lại");
    }
}
