package vn.thidua.reporting.feeds;

import java.time.Instant;

/**
 * Where reporting is in one feed (vị trí đọc): the cursor to pass as the next {@code since}, the newest change
 * applied, when the feed was last read to its end ({@code caughtUpAt}: everything changed before it, less the
 * feed's settle lag, is in the read model), the last attempt and its error, and {@code dirty} while a page is being
 * applied (still set after a crash: that feed is read again from the start).
 */
public record FeedPosition(String feed, long cursor, Instant newestChangeAt, Instant caughtUpAt,
        Instant lastAttemptAt, String lastError, long applied, boolean dirty) {

    static FeedPosition start(String feed) {
        return new FeedPosition(feed, 0, null, null, null, null, 0, false);
    }
}
