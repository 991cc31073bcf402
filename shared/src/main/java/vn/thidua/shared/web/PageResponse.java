package vn.thidua.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.thidua.shared.error.ProblemException;

/**
 * One page of a list. Every list is paginated with a hard maximum so a phone never pulls a whole province.
 * {@code totalItems} is exact when {@code totalExact}; otherwise it is the count cap (the list has more, and
 * counting them all would read a whole tenant). {@code next} is the cursor of the following page ({@code after=}),
 * null on the last page; it is written even when null so a client can test it.
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, boolean totalExact,
        @JsonInclude(JsonInclude.Include.ALWAYS) String next) {

    public static final int MAX_SIZE = 100;

    /** A page of a short list, counted exactly, without a cursor (the shape every list had before issue 15). */
    public PageResponse(List<T> items, int page, int size, long totalItems) {
        this(items, page, size, totalItems, true, null);
    }

    /** The same page with other items (a controller mapping stored documents to views keeps the counts and cursor). */
    public <U> PageResponse<U> withItems(List<U> other) {
        return new PageResponse<>(other, page, size, totalItems, totalExact, next);
    }

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
