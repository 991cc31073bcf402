package vn.thidua.reporting.feeds;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Every feed follower, polled one after the other under one lock (a rebuild waits for a poll to end and the other
 * way round), with the freshness of each: the Micrometer gauges {@code thidua.reporting.feed.lag} (seconds since
 * the feed was last read to its end; NaN before the first time) and {@code thidua.reporting.feed.cursor}.
 */
public class Followers {

    private final List<FeedFollower> followers;
    private final FeedPositions positions;
    private final Clock clock;
    private final Duration settleLag;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, FeedPosition> latest = new ConcurrentHashMap<>();

    public Followers(List<FeedFollower> followers, FeedPositions positions, Clock clock, Duration settleLag,
            MeterRegistry meters) {
        this.followers = List.copyOf(followers);
        this.positions = positions;
        this.clock = clock;
        this.settleLag = settleLag;
        for (FeedFollower follower : followers) {
            String feed = follower.feed();
            latest.put(feed, positions.load(feed));
            Gauge.builder("thidua.reporting.feed.lag", this, f -> f.lagSeconds(feed)).tag("feed", feed)
                    .baseUnit("seconds").description("Seconds since the feed was last read to its end")
                    .register(meters);
            Gauge.builder("thidua.reporting.feed.cursor", this, f -> f.latest.get(feed).cursor()).tag("feed", feed)
                    .description("The stored position in the feed").register(meters);
        }
    }

    /** One round over every feed; returns the items applied. */
    public long pollAll() {
        lock.lock();
        try {
            long applied = 0;
            for (FeedFollower follower : followers) {
                applied += follower.poll();
                latest.put(follower.feed(), positions.load(follower.feed()));
            }
            return applied;
        } finally {
            lock.unlock();
        }
    }

    /** A full rebuild: every read model dropped and every feed read again from 0 (by the next polls). */
    public void rebuild() {
        lock.lock();
        try {
            for (FeedFollower follower : followers) {
                follower.reset();
                latest.put(follower.feed(), positions.load(follower.feed()));
            }
        } finally {
            lock.unlock();
        }
    }

    public List<FeedPosition> positions() {
        List<FeedPosition> all = new ArrayList<>();
        followers.forEach(f -> all.add(latest.get(f.feed())));
        return all;
    }

    public Duration settleLag() {
        return settleLag;
    }

    double lagSeconds(String feed) {
        FeedPosition p = latest.get(feed);
        if (p == null || p.caughtUpAt() == null) {
            return Double.NaN;
        }
        return Duration.between(p.caughtUpAt(), clock.instant()).toMillis() / 1000.0;
    }
}
