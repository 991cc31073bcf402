package vn.thidua.reporting.feeds;

import java.util.List;
import vn.thidua.reporting.readmodel.Change;

/** One page read from a feed, its items already turned into {@link Change}s. */
record FeedPage(List<Change> changes, long nextCursor, boolean more, java.time.Instant newestChangeAt) {
}
