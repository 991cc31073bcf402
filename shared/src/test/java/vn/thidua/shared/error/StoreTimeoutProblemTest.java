package vn.thidua.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoQueryException;
import com.mongodb.ServerAddress;
import java.util.Locale;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A query over its time limit answers 503 {@code store-timeout} with Retry-After, however it reaches the handler;
 * a store that cannot be found stays {@code store-unavailable}; other store errors stay 500 (issue 15).
 */
class StoreTimeoutProblemTest {

    final ProblemHandler handler = new ProblemHandler(new ProblemFactory(ProblemHandlerTest.messages()));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void maxTimeMsExpiredTranslatedBySpringDataIsA503StoreTimeout() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        var serverSide = new MongoExecutionTimeoutException(50, "operation exceeded time limit");

        ResponseEntity<ProblemDetail> answer = handler.handleStoreTimeout(
                new UncategorizedMongoDbException(serverSide.getMessage(), serverSide));

        assertStoreTimeout(answer);
        assertThat(answer.getBody().getTitle()).isEqualTo("Data store too slow");
    }

    @Test
    void theDriversOperationTimeoutUntranslatedIsA503StoreTimeoutInVietnamese() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));

        ResponseEntity<ProblemDetail> answer = handler.handleUnexpected(
                new MongoOperationTimeoutException("Timeout while receiving message"));

        assertStoreTimeout(answer);
        assertThat(answer.getBody().getTitle()).isEqualTo("Kho dữ liệu xử lý quá lâu");
    }

    @Test
    void aServerErrorWithCode50AndSpringsQueryTimeoutAreStoreTimeoutsToo() {
        var code50 = new MongoQueryException(BsonDocument.parse("{ok: 0, code: 50, errmsg: 'MaxTimeMSExpired'}"),
                new ServerAddress());

        assertStoreTimeout(handler.handleStoreTimeout(new UncategorizedMongoDbException("expired", code50)));
        assertStoreTimeout(handler.handleStoreTimeout(new QueryTimeoutException("expired")));
    }

    @Test
    void noServerFoundInTimeStaysStoreUnavailable() {
        // What driver 5.6.5 throws with the operation timeout set and no store listening (measured).
        var noServer = new MongoOperationTimeoutException(
                "Timed out while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}");

        ResponseEntity<ProblemDetail> raw = handler.handleUnexpected(noServer);
        ResponseEntity<ProblemDetail> translated = handler.handleStoreTimeout(
                new UncategorizedMongoDbException(noServer.getMessage(), noServer));

        for (ResponseEntity<ProblemDetail> answer : java.util.List.of(raw, translated)) {
            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getBody().getProperties()).containsEntry("code", "store-unavailable");
        }
    }

    @Test
    void anotherUncategorizedStoreErrorIsStillAnInternalError() {
        var other = new MongoQueryException(BsonDocument.parse("{ok: 0, code: 2, errmsg: 'BadValue'}"),
                new ServerAddress());

        ResponseEntity<ProblemDetail> answer = handler.handleStoreTimeout(new UncategorizedMongoDbException("x", other));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "internal");
    }

    private static void assertStoreTimeout(ResponseEntity<ProblemDetail> answer) {
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "store-timeout");
    }
}
