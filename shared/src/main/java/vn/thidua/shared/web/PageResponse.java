package vn.thidua.shared.web;

import java.util.List;
import vn.thidua.shared.error.ProblemException;

/** One page of a list. Every list is paginated with a hard maximum so a phone never pulls a whole province. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {

    public static final int MAX_SIZE = 100;

    /** Checks page and size from the query string, naming the wrong parameter. */
    public static void validate(int page, int size) {
        if (page < 0) {
            throw ProblemException.invalid("page", "out-of-range", 0, Integer.MAX_VALUE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalid("size", "out-of-range", 1, MAX_SIZE);
        }
    }
}
