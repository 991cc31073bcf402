package vn.thidua.reporting.feeds;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * "Data as of" (số liệu tính đến) in every report answer: {@code asOf} is the oldest of the feeds' last reads to
 * their end, less the settle lag (every change before it is counted); per feed its cursor, newest change applied,
 * last read to its end, lag in seconds and last error. {@code complete} is false while a feed has never been read
 * to its end (after a rebuild, or while a service is away since start).
 */
public record Freshness(Instant asOf, boolean complete, List<Feed> feeds) {

    public record Feed(String feed, long cursor, Instant newestChangeAt, Instant caughtUpAt, Double lagSeconds,
            Instant lastAttemptAt, String lastError) {
    }

    public static Freshness of(List<FeedPosition> positions, Duration settleLag, Instant now) {
        Instant asOf = null;
        boolean complete = true;
        List<Feed> feeds = new java.util.ArrayList<>();
        for (FeedPosition p : positions) {
            if (p.caughtUpAt() == null) {
                complete = false;
            } else {
                Instant upTo = p.caughtUpAt().minus(settleLag);
                asOf = asOf == null || upTo.isBefore(asOf) ? upTo : asOf;
            }
            Double lag = p.caughtUpAt() == null ? null : Duration.between(p.caughtUpAt(), now).toMillis() / 1000.0;
            feeds.add(new Feed(p.feed(), p.cursor(), p.newestChangeAt(), p.caughtUpAt(), lag, p.lastAttemptAt(),
                    p.lastError()));
        }
        return new Freshness(complete ? asOf : null, complete, feeds);
    }
}
