package vn.thidua.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.thidua.shared.error.ProblemException;

class VersionsTest {

    @Test
    void ifMatchAcceptsStrongWeakAndBareVersions() {
        assertThat(Versions.requireIfMatch("\"3\"")).isEqualTo(3);
        assertThat(Versions.requireIfMatch("W/\"3\"")).isEqualTo(3);
        assertThat(Versions.requireIfMatch("3")).isEqualTo(3);
        assertThat(Versions.etag(3)).isEqualTo("\"3\"");
    }

    @Test
    void missingIfMatchIs428AndGarbageIs400NamingTheHeader() {
        assertThatThrownBy(() -> Versions.requireIfMatch(null))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> Versions.requireIfMatch("\"abc\""))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(p.violations().get(0).field()).isEqualTo("If-Match");
                });
    }

    @Test
    void aStaleVersionIs412() {
        assertThatThrownBy(() -> Versions.check(2, 3L)).isInstanceOfSatisfying(ProblemException.class,
                p -> assertThat(p.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED));
    }

    @Test
    void requestIdsKeepASaneCallerIdAndReplaceAnythingElse() {
        assertThat(RequestIds.acceptOrCreate("phone-42:abc")).isEqualTo("phone-42:abc");
        assertThat(RequestIds.acceptOrCreate("bad id\nwith newline")).hasSize(36);
        assertThat(RequestIds.acceptOrCreate(null)).hasSize(36);
    }
}
