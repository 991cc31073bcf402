package vn.thidua.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a well-formed path, query, header and media type are for the platform (issue 12's fuzz findings). */
class RequestScreeningTest {

    @Test
    void aPathOrQueryMustBeValidPercentEncodedUtf8WithoutControlCharacters() {
        assertThat(RequestScreening.isCleanEncoded("/api/v1/units/03390")).isTrue();
        assertThat(RequestScreening.isCleanEncoded("name=X%C3%A3%20S%C6%A1n%20B%C3%ACnh&size=20")).isTrue();
        assertThat(RequestScreening.isCleanEncoded("a=%zz")).as("not hex").isFalse();
        assertThat(RequestScreening.isCleanEncoded("a=%")).as("cut short").isFalse();
        assertThat(RequestScreening.isCleanEncoded("a=%C3%28")).as("invalid UTF-8").isFalse();
        assertThat(RequestScreening.isCleanEncoded("a=%00")).as("NUL").isFalse();
        assertThat(RequestScreening.isCleanEncoded("a=%1B%5B31m")).as("escape").isFalse();
        assertThat(RequestScreening.isCleanEncoded("a=%C2%85")).as("C1 control").isFalse();
    }

    @Test
    void aPathMayNotHoldABackslashRawOrEncoded() {
        assertThat(RequestScreening.isCleanPath("/api/v1/dossiers/a\\b")).isFalse();
        assertThat(RequestScreening.isCleanPath("/api/v1/dossiers/a%5cb")).isFalse();
        assertThat(RequestScreening.isCleanPath("/api/v1/dossiers/6755a1")).isTrue();
    }

    @Test
    void headersThePlatformParsesAreVisibleAscii() {
        assertThat(RequestScreening.isVisibleAscii("demo-key-1")).isTrue();
        assertThat(RequestScreening.isVisibleAscii("khóa")).isFalse();
        assertThat(RequestScreening.isVisibleAscii("a\u0001b")).isFalse();
    }

    @Test
    void aContentTypeMustParseNameAKnownCharsetAndAMultipartOneABoundary() {
        assertThat(RequestScreening.parse("application/json; charset=UTF-8")).isNotNull();
        assertThat(RequestScreening.parse("application/json; charset=klingon")).isNull();
        assertThat(RequestScreening.parse("ệ/ệ")).isNull();
        assertThat(RequestScreening.hasBoundary(RequestScreening.parse("multipart/form-data; boundary=abc"))).isTrue();
        assertThat(RequestScreening.hasBoundary(RequestScreening.parse("multipart/form-data"))).isFalse();
        assertThat(RequestScreening.hasBoundary(RequestScreening.parse("multipart/form-data; boundary=\"\""))).isFalse();
    }

    @Test
    void aWriteMustAcceptJsonOrAProblem() {
        assertThat(RequestScreening.admitsJson(RequestScreening.parseAll(null))).isTrue();
        assertThat(RequestScreening.admitsJson(RequestScreening.parseAll("application/json"))).isTrue();
        assertThat(RequestScreening.admitsJson(RequestScreening.parseAll("application/problem+json"))).isTrue();
        assertThat(RequestScreening.admitsJson(RequestScreening.parseAll("text/html, */*;q=0.1"))).isTrue();
        assertThat(RequestScreening.admitsJson(RequestScreening.parseAll("text/html"))).isFalse();
        assertThat(RequestScreening.admitsJson(RequestScreening.parseAll("application/json;q=0"))).isFalse();
        assertThat(RequestScreening.parseAll("*/*;q=abc")).as("unparseable").isNull();
    }
}
