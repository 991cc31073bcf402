package vn.thidua.launcher.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The key encoding orders values as mongo-java-server's ValueComparator does, both directions, and compounds. */
class IndexKeyCodecTest {

    private final Random random = new Random(15);

    @Test
    void singleValuesSortLikeValueComparator() {
        List<Object> values = randomValues(600);
        for (Object a : values) {
            for (Object b : values) {
                int expected = Integer.signum(ValueComparator.asc().compare(a, b));
                assertEquals(expected, Integer.signum(Arrays.compareUnsigned(IndexKeyCodec.encode(a, true),
                        IndexKeyCodec.encode(b, true))), () -> describe(a) + " vs " + describe(b));
                assertEquals(-expected, Integer.signum(Arrays.compareUnsigned(IndexKeyCodec.encode(a, false),
                        IndexKeyCodec.encode(b, false))), () -> "descending " + describe(a) + " vs " + describe(b));
            }
        }
    }

    @Test
    void compoundKeysSortComponentByComponent() {
        List<Object> values = randomValues(120);
        for (int n = 0; n < 20_000; n++) {
            Object a1 = pick(values);
            Object a2 = pick(values);
            Object b1 = random.nextBoolean() ? a1 : pick(values);
            Object b2 = pick(values);
            boolean asc1 = random.nextBoolean();
            boolean asc2 = random.nextBoolean();
            int first = ValueComparator.asc().compare(a1, b1) * (asc1 ? 1 : -1);
            int expected = Integer.signum(first != 0 ? first : ValueComparator.asc().compare(a2, b2) * (asc2 ? 1 : -1));
            IndexKeyCodec.Sink a = new IndexKeyCodec.Sink();
            IndexKeyCodec.encode(a, a1, asc1);
            IndexKeyCodec.encode(a, a2, asc2);
            IndexKeyCodec.Sink b = new IndexKeyCodec.Sink();
            IndexKeyCodec.encode(b, b1, asc1);
            IndexKeyCodec.encode(b, b2, asc2);
            assertEquals(expected, Integer.signum(Arrays.compareUnsigned(a.toArray(), b.toArray())),
                    () -> describe(a1) + "," + describe(a2) + " vs " + describe(b1) + "," + describe(b2));
        }
    }

    @Test
    void positionsReadBackAsTheSameObject() {
        for (Object position : List.of(new ObjectId(), "dossier-1", "Hà Nội", 42, 42L, 3.5, java.util.UUID.randomUUID())) {
            assertEquals(position, IndexKeyCodec.decodePosition(IndexKeyCodec.encodePosition(position)));
        }
    }

    private Object pick(List<Object> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String describe(Object v) {
        return v == null ? "null" : v + " (" + v.getClass().getSimpleName() + ")";
    }

    /**
     * The types the services store, with many equal values across Java types and shared string prefixes. Not
     * longs beyond ±2^62 beside huge doubles: ValueComparator compares a long with a double through
     * {@code Double.longValue()}, which saturates (it finds Long.MAX_VALUE equal to Double.MAX_VALUE); the codec
     * orders them by value, as MongoDB does.
     */
    private List<Object> randomValues(int n) {
        String[] words = {"", "a", "ab", "abc", "b", "Hà", "Hà Nội", "Hải", "\u0000", "z\u0000", "\uFFFF", "\uD83D\uDE00",
            "\uE000", "106", "106.01", "1060", "12"};
        List<Object> values = new ArrayList<>(List.of(Missing.getInstance(), 0, 0L, 0.0, -0.0, Long.MAX_VALUE / 2,
                Long.MIN_VALUE / 2, Integer.MAX_VALUE, (long) Integer.MAX_VALUE + 1, 1L << 53, (1L << 53) + 1,
                (double) (1L << 53), Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, true, false));
        values.add(null);
        values.addAll(List.of(words));
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(8)) {
                case 0 -> values.add(random.nextInt(200) - 100);
                case 1 -> values.add((long) (random.nextInt(200) - 100));
                case 2 -> values.add((random.nextInt(400) - 200) / 2.0);
                case 3 -> values.add(words[random.nextInt(words.length)] + (char) ('a' + random.nextInt(3)));
                case 4 -> values.add(Instant.ofEpochMilli(1_600_000_000_000L + random.nextInt(1000) * 86_400_000L));
                case 5 -> values.add(new ObjectId(String.format("%024x", random.nextLong() & 0xFFFFFL)));
                case 6 -> values.add(random.nextBoolean());
                default -> values.add(Instant.ofEpochSecond(random.nextInt(1000) - 500, random.nextInt(3) * 1000));
            }
        }
        return values;
    }
}
