package vn.thidua.reporting.feeds;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.reporting.readmodel.ApplyPlan;
import vn.thidua.reporting.readmodel.ReadModelStore;

/**
 * Follows one feed from its stored position (theo dõi một luồng thay đổi): reads pages after the cursor, applies
 * each ({@link ReadModelStore#apply}), stores the new position after each page. Bounded: at most
 * {@code maxPages} pages per call, so a long catch-up after downtime goes on at the next tick and never holds the
 * service. A page interrupted by a crash leaves the position {@code dirty}: the feed is then read again from the
 * start (its counters and copies dropped first), because which of the page's counter writes landed is unknown.
 */
public class FeedFollower {

    private static final Logger log = LoggerFactory.getLogger(FeedFollower.class);

    private final FeedSpec spec;
    private final FeedClient client;
    private final ReadModelStore store;
    private final FeedPositions positions;
    private final Clock clock;
    private final int pageSize;
    private final int maxPages;

    public FeedFollower(FeedSpec spec, FeedClient client, ReadModelStore store, FeedPositions positions, Clock clock,
            int pageSize, int maxPages) {
        this.spec = spec;
        this.client = client;
        this.store = store;
        this.positions = positions;
        this.clock = clock;
        this.pageSize = pageSize;
        this.maxPages = maxPages;
    }

    public String feed() {
        return spec.name();
    }

    /** @return the number of items applied (changed something) in this call */
    public long poll() {
        FeedPosition position = positions.load(spec.name());
        if (position.dirty()) {
            log.warn("Feed {}: a page was interrupted at cursor {}; reading the feed again from the start",
                    spec.name(), position.cursor());
            reset();
            position = positions.load(spec.name());
        }
        long applied = 0;
        Instant attempt = clock.instant();
        boolean applying = false;
        try {
            for (int pages = 0; pages < maxPages; pages++) {
                FeedPage page = client.read(spec, position.cursor(), pageSize);
                Instant newest = page.newestChangeAt() == null ? position.newestChangeAt() : page.newestChangeAt();
                if (!page.changes().isEmpty()) {
                    positions.save(withDirty(position, true));
                    applying = true;
                    ApplyPlan plan = store.apply(spec.name(), page.changes());
                    applying = false;
                    applied += plan.applied();
                    position = new FeedPosition(spec.name(), page.nextCursor(), newest, position.caughtUpAt(),
                            attempt, null, position.applied() + plan.applied(), false);
                }
                if (!page.more()) {
                    position = new FeedPosition(spec.name(), page.nextCursor(), newest, clock.instant(), attempt,
                            null, position.applied(), false);
                    break;
                }
                if (page.changes().isEmpty()) {
                    // More is coming but has not settled yet: the next tick reads it.
                    break;
                }
            }
            positions.save(new FeedPosition(position.feed(), position.cursor(), position.newestChangeAt(),
                    position.caughtUpAt(), attempt, null, position.applied(), false));
        } catch (RuntimeException failure) {
            // Said once per new error, not at every tick while a service stays away.
            if (!String.valueOf(failure.getMessage()).equals(position.lastError())) {
                log.warn("Feed {} not read at cursor {}: {}", spec.name(), position.cursor(), failure.toString());
            }
            // A failure while a page was being applied leaves it dirty: part of its counters may have landed.
            positions.save(new FeedPosition(position.feed(), position.cursor(), position.newestChangeAt(),
                    position.caughtUpAt(), attempt, failure.getMessage(), position.applied(), applying));
        }
        return applied;
    }

    /** Drop what this feed put in the read model and start it again at cursor 0. */
    public void reset() {
        store.reset(spec.name());
        positions.save(FeedPosition.start(spec.name()));
    }

    private static FeedPosition withDirty(FeedPosition p, boolean dirty) {
        return new FeedPosition(p.feed(), p.cursor(), p.newestChangeAt(), p.caughtUpAt(), p.lastAttemptAt(),
                p.lastError(), p.applied(), dirty);
    }
}
