package vn.thidua.campaign.awards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A quota and its split by proposing level: "mỗi huyện đạt chuẩn nông thôn mới 20 cá nhân (cấp tỉnh 05 cá nhân,
 * cấp huyện 15 cá nhân)". Plain Java.
 */
public final class QuotaSplit {

    private final int total;
    private final Map<String, Integer> shares;

    private QuotaSplit(int total, Map<String, Integer> shares) {
        this.total = total;
        this.shares = shares;
    }

    public static QuotaSplit of(AwardRule rule) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        List<QuotaShare> split = rule.split() == null ? List.of() : rule.split();
        split.forEach(s -> shares.merge(s.proposedAtLevel(), s.count(), Integer::sum));
        return new QuotaSplit(rule.maxCount() == null ? 0 : rule.maxCount(), shares);
    }

    /** Without a split, the whole quota may be proposed at any level; with one, the shares must add up. */
    public boolean sumsToTotal() {
        return shares.isEmpty() || shares.values().stream().mapToInt(Integer::intValue).sum() == total;
    }

    /** How many a level may still propose in one scope, given how many it (and everyone) already proposed. */
    public int remaining(String level, int usedByLevel, int usedInTotal) {
        int leftInTotal = Math.max(0, total - usedInTotal);
        if (shares.isEmpty()) {
            return leftInTotal;
        }
        int share = shares.getOrDefault(level, 0);
        return Math.min(leftInTotal, Math.max(0, share - usedByLevel));
    }

    public int total() {
        return total;
    }
}
