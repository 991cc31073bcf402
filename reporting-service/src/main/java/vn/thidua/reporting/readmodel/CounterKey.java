package vn.thidua.reporting.readmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One counter of the read model (bộ đếm): a metric and its value (e.g. {@code dossiers}/{@code IN_REVIEW}), for a
 * campaign and year, at one unit reached along {@code path} (the root {@link #NATIONAL}, then the province and the
 * units below it, as the item recorded them at the time). {@code leaf} marks the item's own unit: roll-ups across
 * the reform start from leaves only, so an item is never counted once per ancestor.
 *
 * <p>The id encodes every field, so a stored contribution (a list of ids) is enough to subtract it again.
 *
 * @param campaignId the campaign, {@link #ALL_CAMPAIGNS} for the slice of every campaign, empty when the item has none
 * @param year       the year, {@link #ALL_YEARS} for the slice of every year
 */
public record CounterKey(String feed, String metric, String value, String campaignId, int year, boolean leaf,
        List<String> path) {

    /** The root of every path: the national board above all provinces (toàn quốc). */
    public static final String NATIONAL = "VN";
    /** The slice of every campaign. */
    public static final String ALL_CAMPAIGNS = "*";
    /** The slice of every year (and the only one of counters that are not per year). */
    public static final int ALL_YEARS = 0;
    private static final String FIELD = "|";
    private static final String STEP = ">";

    public CounterKey {
        Objects.requireNonNull(feed);
        Objects.requireNonNull(metric);
        value = clean(value);
        campaignId = clean(campaignId);
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("A counter needs a path");
        }
    }

    public String unit() {
        return path.getLast();
    }

    /** The unit above (null for the national root). */
    public String parent() {
        return path.size() < 2 ? null : path.get(path.size() - 2);
    }

    public int depth() {
        return path.size() - 1;
    }

    /** The province the counter belongs to (null for the national root). */
    public String tenant() {
        return path.size() < 2 ? null : path.get(1);
    }

    public String id() {
        return String.join(FIELD, feed, metric, value, campaignId, Integer.toString(year), leaf ? "L" : "N",
                String.join(STEP, path));
    }

    public static CounterKey parse(String id) {
        String[] f = id.split("\\" + FIELD, -1);
        if (f.length != 7) {
            throw new IllegalArgumentException("Not a counter id: " + id);
        }
        return new CounterKey(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), f[5].equals("L"),
                List.of(f[6].split(STEP)));
    }

    /**
     * The path of an item: the national root, then its unit path (root first) without repeating the root; codes
     * with a separator in them are cleaned so an id always parses back.
     */
    public static List<String> pathOf(List<String> unitPath) {
        List<String> path = new ArrayList<>();
        path.add(NATIONAL);
        if (unitPath != null) {
            for (String code : unitPath) {
                String clean = clean(code);
                if (!clean.isEmpty() && !path.contains(clean)) {
                    path.add(clean);
                }
            }
        }
        return path;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace(FIELD, "_").replace(STEP, "_");
    }

    /** The slice a counter is in: one campaign of one year, or summed over campaigns and/or years. */
    public boolean allCampaigns() {
        return ALL_CAMPAIGNS.equals(campaignId);
    }
}
