package vn.thidua.reporting.feeds;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.reporting.readmodel.ApplyPlan;
import vn.thidua.reporting.readmodel.Change;
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
    private final int batchItems;

    /** Items applied as one batch (one read of their kept copies, one bulk write of the counters). */
    public static final int DEFAULT_BATCH = 1000;

    public FeedFollower(FeedSpec spec, FeedClient client, ReadModelStore store, FeedPositions positions, Clock clock,
            int pageSize, int maxPages, int batchItems) {
        this.spec = spec;
        this.client = client;
        this.store = store;
        this.positions = positions;
        this.clock = clock;
        this.pageSize = pageSize;
        this.maxPages = maxPages;
        this.batchItems = batchItems;
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
            int pages = 0;
            boolean end = false;
            boolean stop = false;
            while (pages < maxPages && !stop) {
                // Several pages are applied as one batch: counters shared by its items (the province's, the
                // national ones) are written once per batch instead of once per page.
                List<Change> batch = new ArrayList<>();
                long cursor = position.cursor();
                Instant newest = position.newestChangeAt();
                while (pages < maxPages && batch.size() < batchItems) {
                    FeedPage page = client.read(spec, cursor, pageSize);
                    pages++;
                    batch.addAll(page.changes());
                    cursor = page.nextCursor();
                    newest = page.newestChangeAt() == null ? newest : page.newestChangeAt();
                    end = !page.more();
                    if (end || page.changes().isEmpty()) {
                        // The end, or more is coming that has not settled yet: the next round reads it.
                        stop = true;
                        break;
                    }
                }
                Instant caughtUp = end ? clock.instant() : position.caughtUpAt();
                long batchApplied = 0;
                if (!batch.isEmpty()) {
                    positions.save(withDirty(position, true));
                    applying = true;
                    ApplyPlan plan = store.apply(spec.name(), batch);
                    applying = false;
                    batchApplied = plan.applied();
                    applied += batchApplied;
                }
                position = new FeedPosition(spec.name(), cursor, newest, caughtUp, attempt, null,
                        position.applied() + batchApplied, false);
                positions.save(position);
            }
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
