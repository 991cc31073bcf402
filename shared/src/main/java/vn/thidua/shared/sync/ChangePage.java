package vn.thidua.shared.sync;

import java.util.List;

/**
 * One page of a change feed. {@code nextCursor} goes into the next call's {@code since}; while {@code more} is
 * true there is more to fetch now (or an item is about to settle).
 */
public record ChangePage<T>(List<T> items, long since, long nextCursor, boolean more) {
}
