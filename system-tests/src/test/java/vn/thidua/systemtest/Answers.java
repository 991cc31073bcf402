package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import vn.thidua.shared.test.TestHttp;

/**
 * What every answer of the platform must be, whatever the input (issue 11: "no 5xx on any path"): a success, or a
 * 4xx RFC 9457 problem that carries its status and a stable code.
 */
final class Answers {

    private Answers() {
    }

    /**
     * What is wrong with an answer, or null when it is a success or a proper problem: for tests that drive many calls
     * and report every breach at the end.
     */
    static String breach(String what, TestHttp.Response answer) {
        if (answer.status() >= 500) {
            return "5xx: " + what + " → " + answer.status() + " " + answer.text();
        }
        if (answer.status() >= 400) {
            String type = answer.header("Content-Type");
            if (type == null || !type.contains("application/problem+json")
                    || answer.json().path("status").asInt() != answer.status()
                    || answer.json().path("code").asString("").isBlank()) {
                return "4xx without a problem document: " + what + " → " + answer.status() + " " + type + " "
                        + answer.text();
            }
        }
        return null;
    }

    /** Fails the test on a 5xx, or on a 4xx that is not a problem document; returns the answer. */
    static TestHttp.Response checked(String what, TestHttp.Response answer) {
        assertThat(answer.status()).as("%s answered a server error: %s", what, answer.text()).isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.header("Content-Type")).as("%s: a %d is application/problem+json: %s", what,
                    answer.status(), answer.text()).contains("application/problem+json");
            assertThat(answer.json().path("status").asInt()).as("%s: the problem's status", what)
                    .isEqualTo(answer.status());
            assertThat(answer.json().path("code").asString("")).as("%s: the problem's code", what).isNotBlank();
        }
        return answer;
    }
}
