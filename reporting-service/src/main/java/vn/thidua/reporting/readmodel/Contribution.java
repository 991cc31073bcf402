package vn.thidua.reporting.readmodel;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one feed item adds to the counters (đóng góp của một bản ghi): +n per counter. Stored with the item, so that
 * when the item comes again its earlier contribution can be taken back before the new one is added.
 */
public record Contribution(Map<CounterKey, Long> counts) {

    public static final Contribution NONE = new Contribution(Map.of());

    public Contribution {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** +1 on every counter of a metric/value along the whole path, the last unit marked as the item's own. */
    public static Builder builder(String feed, List<String> path, String campaignId, int year) {
        return new Builder(feed, path, campaignId, year);
    }

    /** The counter changes that turn {@code before} into {@code after}; counters that do not change are left out. */
    public static Map<CounterKey, Long> change(Contribution before, Contribution after) {
        Map<CounterKey, Long> delta = new HashMap<>();
        after.counts.forEach((key, n) -> delta.merge(key, n, Long::sum));
        before.counts.forEach((key, n) -> delta.merge(key, -n, Long::sum));
        delta.values().removeIf(n -> n == 0);
        return delta;
    }

    public static final class Builder {
        private final String feed;
        private final List<String> path;
        private final String campaignId;
        private final int year;
        private final Map<CounterKey, Long> counts = new LinkedHashMap<>();

        private Builder(String feed, List<String> path, String campaignId, int year) {
            this.feed = feed;
            this.path = List.copyOf(path);
            this.campaignId = campaignId;
            this.year = year;
        }

        /**
         * +1 at every unit of the path, in three slices so that a dashboard reads few counters whatever its
         * filters: this campaign and year, every campaign of the year ({@link CounterKey#ALL_CAMPAIGNS}), every
         * campaign of every year ({@link CounterKey#ALL_YEARS}). A campaign alone is summed over its years.
         */
        public Builder count(String metric, String value) {
            Set<List<Object>> slices = new LinkedHashSet<>();
            slices.add(List.of(campaignId == null ? "" : campaignId, year));
            slices.add(List.of(CounterKey.ALL_CAMPAIGNS, year));
            slices.add(List.of(CounterKey.ALL_CAMPAIGNS, CounterKey.ALL_YEARS));
            for (List<Object> slice : slices) {
                for (int depth = 0; depth < path.size(); depth++) {
                    boolean leaf = depth == path.size() - 1;
                    counts.put(new CounterKey(feed, metric, value, (String) slice.get(0), (Integer) slice.get(1),
                            leaf, path.subList(0, depth + 1)), 1L);
                }
            }
            return this;
        }

        public Builder countIf(boolean condition, String metric, String value) {
            return condition ? count(metric, value) : this;
        }

        public Contribution build() {
            return new Contribution(counts);
        }
    }
}
