package vn.thidua.launcher.store.equivalence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * The value domains of the generated documents and filters. Deliberately small, so that filters hit documents,
 * sort keys tie and indexes hold many entries per key; and full of MongoDB's awkward cases, where an index key
 * encoding or a range bound is most likely to disagree with the matcher: equal numbers of four types, null
 * against missing, empty and duplicate-holding arrays, arrays holding null, Vietnamese and other non-ASCII text,
 * the services' "\u0000none" tenant that matches nothing; longs beyond 2^53 beside the nearest double.
 *
 * <p>No NaN: the reference itself does not order it consistently (mongo-java-server 1.47.0's ValueComparator
 * compares NaN with a long beyond the int range as {@code 0L}, and with a double as the largest double, so
 * NaN &gt; Infinity &gt; 1e10L &gt; NaN), and its stable sort then answers depending on insertion order.
 */
final class Values {

    /** Stands for "leave the field out" wherever a value is drawn. */
    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    static final List<String> TENANTS = List.of("01", "79", "48", "\u0000none");
    static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "IN_REVIEW", "PUBLISHED", "");
    static final List<String> NAMES = List.of("", "Nguyễn Văn An", "Nguyen Van An", "Đặng Thị Bình", "đặng",
            "Ủy ban nhân dân", "Zoë", "a", "A", "ả", "日本", "😀 thi đua", "z");
    static final List<String> CODES = List.of("KH-01", "KH-02", "KH-10", "kh-01", "KH-01 ");
    static final List<Object> NUMBERS = List.of(1, 1L, 1.0, Decimal128.parse("1"), 2, 2L, 2.5,
            Decimal128.parse("2.50"), 0, -0.0, -1, 10_000_000_000L, 9_007_199_254_740_993L, 9_007_199_254_740_992.0,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    private static final long BASE_TIME = 1_767_225_600_000L; // 2026-01-01T00:00Z

    private final Random random;

    Values(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    String tenant() {
        return pick(TENANTS.subList(0, 3));
    }

    /** A unit code under a tenant: the tenant itself, a district or a commune, so paths nest. */
    String unit(String tenant) {
        int depth = random.nextInt(3);
        return depth == 0 ? tenant : depth == 1 ? tenant + ".D" + random.nextInt(3)
                : tenant + ".D" + random.nextInt(3) + ".C" + random.nextInt(3);
    }

    /** The unit and its ancestors, as the services store {@code unitPath}. */
    List<String> unitPath(String unit) {
        List<String> path = new ArrayList<>();
        String[] parts = unit.split("\\.");
        for (int i = 1; i <= parts.length; i++) {
            path.add(String.join(".", Arrays.copyOf(parts, i)));
        }
        return path;
    }

    /** Few distinct instants (ties are the point), one second apart. */
    Date date() {
        return new Date(BASE_TIME + 1000L * random.nextInt(12));
    }

    /** A value for fields that are sometimes absent or null: the draw, null or {@link #MISSING}. */
    Object maybe(Object value, int nullPercent, int missingPercent) {
        int roll = random.nextInt(100);
        return roll < nullPercent ? null : roll < nullPercent + missingPercent ? MISSING : value;
    }

    Object number() {
        return pick(NUMBERS);
    }

    /** Anything that may appear where an indexed scalar is expected: the type ordering across an index. */
    Object anyScalar() {
        return switch (random.nextInt(6)) {
            case 0 -> number();
            case 1 -> pick(NAMES);
            case 2 -> date();
            case 3 -> random.nextBoolean();
            case 4 -> null;
            default -> pick(CODES);
        };
    }

    /**
     * Tags: the awkward arrays (empty, duplicates, null inside, mixed types) or a bare scalar. No nested arrays:
     * there the reference is not MongoDB ({@code {tags: {$in: ["a"]}}} matches {@code [["a", "b"]]} in
     * mongo-java-server 1.47.0, not in MongoDB, while {@code {tags: "a"}} matches in neither), and an index that
     * follows MongoDB differs from it; reported to the lead rather than encoded here.
     */
    Object tags() {
        return switch (random.nextInt(9)) {
            case 0 -> List.of();
            case 1 -> Arrays.asList("a", "a");
            case 2 -> Arrays.asList("b", null);
            case 3 -> Arrays.asList("a", 1, 1.0);
            case 4 -> Arrays.asList("b", "KH-01", "a");
            case 5 -> "a";
            case 6 -> Arrays.asList(pick(NAMES), pick(CODES));
            case 7 -> MISSING;
            default -> null;
        };
    }

    /** Ids of two kinds, as stored: ObjectIds (derived from the seed, so runs repeat) and strings. */
    Object id(int n) {
        if (n % 4 == 3) {
            return "u-" + n;
        }
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return new ObjectId(bytes);
    }
}
