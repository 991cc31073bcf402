package vn.thidua.shared.web;

import vn.thidua.shared.error.ProblemException;

/**
 * Optimistic concurrency over HTTP: a versioned resource answers {@code ETag: "<version>"}; an update must send
 * {@code If-Match} with it (missing → 428, stale → 412, raised by the repository's version check).
 */
public final class Versions {

    public static final String IF_MATCH = "If-Match";

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static long requireIfMatch(String header) {
        if (header == null || header.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw ProblemException.invalid(IF_MATCH, "type-mismatch", header);
        }
    }

    /** Compares the version the caller read with the stored one, before any change is made. */
    public static void check(long expected, Long current) {
        if (current == null || expected != current) {
            throw ProblemException.preconditionFailed(current);
        }
    }
}
