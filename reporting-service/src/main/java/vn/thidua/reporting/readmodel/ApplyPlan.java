package vn.thidua.reporting.readmodel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Plain: how a page of feed items changes the read model (áp dụng một trang thay đổi), idempotently.
 * <ul>
 *   <li>an item at or below the sequence already applied for its id changes nothing (the same item twice → the
 *       same state; an older copy never overwrites a newer one);</li>
 *   <li>an item that comes again replaces its earlier contribution: the counters lose what its kept copy added
 *       and gain what it adds now;</li>
 *   <li>a tombstone takes its whole earlier contribution back and is remembered as deleted.</li>
 * </ul>
 * Items of one page are taken in order, so two versions of an item in one page end as the later one.
 *
 * @param counters the net change per counter (never zero)
 * @param facts    what to remember per item id after the page
 */
public record ApplyPlan(Map<CounterKey, Long> counters, Map<String, Fact> facts, int applied, int skipped) {

    /**
     * @param counts what a kept document counts (the feed's rule in {@link Projections})
     */
    public static ApplyPlan of(List<Change> page, Map<String, Fact> before,
            Function<Map<String, Object>, Contribution> counts) {
        Map<String, Fact> now = new HashMap<>(before);
        Map<String, Fact> written = new LinkedHashMap<>();
        Map<CounterKey, Long> counters = new HashMap<>();
        int applied = 0;
        int skipped = 0;
        for (Change change : page) {
            Fact previous = now.get(change.id());
            if (previous != null && previous.seq() >= change.seq()) {
                skipped++;
                continue;
            }
            Contribution earlier = previous == null || previous.deleted() ? Contribution.NONE
                    : counts.apply(previous.document());
            Contribution later = change.deleted() ? Contribution.NONE : counts.apply(change.document());
            Contribution.change(earlier, later).forEach((key, n) -> counters.merge(key, n, Long::sum));
            Fact fact = Fact.of(change);
            now.put(change.id(), fact);
            written.put(change.id(), fact);
            applied++;
        }
        counters.values().removeIf(n -> n == 0);
        return new ApplyPlan(counters, written, applied, skipped);
    }
}
