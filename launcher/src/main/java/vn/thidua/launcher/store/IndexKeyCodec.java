package vn.thidua.launcher.store;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Order-preserving byte encoding of index values, so an H2 map of {@code byte[]} keys compared unsigned
 * ({@link org.h2.mvstore.type.ByteArrayDataType}) is ordered as mongo-java-server's {@code ValueComparator} orders
 * the values, type by type in MongoDB's comparison order.
 *
 * <p>Each value is one self-delimiting component (a type tag, then a fixed-length or terminated body), so a
 * compound key is the concatenation of its components and "all keys whose first values are v1, v2" is exactly
 * "all keys starting with those bytes". A descending key inverts the bytes of its component. Null and missing
 * share a tag (MongoDB treats them as equal). Numbers of every Java type are one type, ordered by value: the double
 * value, then (for longs a double cannot hold exactly) the remainder, so 5, 5L and 5.0 encode identically. Strings
 * are ordered by UTF-16 code units as {@code String.compareTo} orders them. Types the services do not index (embedded
 * documents, arrays inside arrays, binary, regular expressions…) are encoded by type and a canonical text, which keeps
 * equality of identical values but not MongoDB's order inside that type; {@link #isOrdered} tells the planner
 * which values it may use for ranges, and the index records which keys ever held such values.
 */
final class IndexKeyCodec {

    static final int MIN_KEY = 0x10;
    static final int EMPTY_ARRAY = 0x18;
    static final int NULL = 0x20;
    static final int NUMBER = 0x30;
    static final int STRING = 0x40;
    static final int DOCUMENT = 0x50;
    static final int LIST = 0x58;
    static final int BIN_DATA = 0x60;
    static final int LEGACY_UUID = 0x68;
    static final int UUID_TAG = 0x70;
    static final int OBJECT_ID = 0x80;
    static final int BOOLEAN = 0x90;
    static final int DATE = 0xA0;
    static final int TIMESTAMP = 0xB0;
    static final int REGEX = 0xC0;
    static final int OTHER = 0xE0;
    static final int MAX_KEY = 0xF0;

    /** Marks an empty array in an indexed field: the library's key expansion gives no entry for it at all. */
    static final Object EMPTY_ARRAY_VALUE = new Object();

    private IndexKeyCodec() {
    }

    /** A growable byte buffer that can invert the bytes of the component it just wrote. */
    static final class Sink {
        private byte[] bytes = new byte[48];
        private int length;

        void put(int b) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, length * 2);
            }
            bytes[length++] = (byte) b;
        }

        void putLong(long v) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                put((int) (v >>> shift));
            }
        }

        void putBytes(byte[] data) {
            for (byte b : data) {
                put(b);
            }
        }

        int length() {
            return length;
        }

        void invertFrom(int start) {
            for (int i = start; i < length; i++) {
                bytes[i] = (byte) ~bytes[i];
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, length);
        }
    }

    static void encode(Sink sink, Object value, boolean ascending) {
        int start = sink.length();
        encodeAscending(sink, value);
        if (!ascending) {
            sink.invertFrom(start);
        }
    }

    static byte[] encode(Object value, boolean ascending) {
        Sink sink = new Sink();
        encode(sink, value, ascending);
        return sink.toArray();
    }

    /** The type tag of a value, in MongoDB's comparison order of types. */
    static int tag(Object value) {
        if (value == EMPTY_ARRAY_VALUE) {
            return EMPTY_ARRAY;
        } else if (Missing.isNullOrMissing(value)) {
            return NULL;
        } else if (value instanceof Number) {
            return NUMBER;
        } else if (value instanceof String) {
            return STRING;
        } else if (value instanceof ObjectId) {
            return OBJECT_ID;
        } else if (value instanceof Boolean) {
            return BOOLEAN;
        } else if (value instanceof Instant) {
            return DATE;
        } else if (value instanceof Map) {
            return DOCUMENT;
        } else if (value instanceof Collection) {
            return LIST;
        } else if (value instanceof BinData) {
            return BIN_DATA;
        } else if (value instanceof LegacyUUID) {
            return LEGACY_UUID;
        } else if (value instanceof UUID) {
            return UUID_TAG;
        } else if (value instanceof BsonTimestamp) {
            return TIMESTAMP;
        } else if (value instanceof BsonRegularExpression) {
            return REGEX;
        } else if (value instanceof MinKey) {
            return MIN_KEY;
        } else if (value instanceof MaxKey) {
            return MAX_KEY;
        }
        return OTHER;
    }

    /** Values whose encoding follows ValueComparator's order inside their type (usable as range bounds). */
    static boolean isOrdered(Object value) {
        int tag = tag(value);
        return tag == NULL || tag == NUMBER || tag == STRING || tag == OBJECT_ID || tag == BOOLEAN || tag == DATE
                || tag == MIN_KEY || tag == MAX_KEY || tag == EMPTY_ARRAY;
    }

    private static void encodeAscending(Sink sink, Object value) {
        int tag = tag(value);
        sink.put(tag);
        switch (tag) {
            case NUMBER -> encodeNumber(sink, (Number) value);
            case STRING -> encodeString(sink, (String) value);
            case OBJECT_ID -> sink.putBytes(((ObjectId) value).toByteArray());
            case BOOLEAN -> sink.put((Boolean) value ? 1 : 0);
            case DATE -> {
                Instant instant = (Instant) value;
                sink.putLong(instant.getEpochSecond() ^ Long.MIN_VALUE);
                sink.putLong(instant.getNano());
            }
            case NULL, EMPTY_ARRAY, MIN_KEY, MAX_KEY -> {
            }
            // Equality only (see the class comment): a canonical text of the value.
            default -> encodeString(sink, canonicalText(value));
        }
    }

    private static String canonicalText(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder text = new StringBuilder("{");
            map.forEach((k, v) -> text.append(k).append(':').append(tag(v)).append(canonicalText(v)).append(','));
            return text.append('}').toString();
        } else if (value instanceof Collection<?> list) {
            StringBuilder text = new StringBuilder("[");
            list.forEach(v -> text.append(tag(v)).append(canonicalText(v)).append(','));
            return text.append(']').toString();
        } else if (value instanceof Number number) {
            double d = number.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e18 ? Long.toString((long) d) : Double.toString(d);
        }
        return String.valueOf(value);
    }

    /**
     * A double in sortable bits (Double.compare's order: -0.0 is normalised to 0.0 first, since MongoDB and
     * ValueComparator treat them as equal), then the part of a long that the double rounded away.
     */
    private static void encodeNumber(Sink sink, Number number) {
        double d = number.doubleValue();
        if (d == 0.0) {
            d = 0.0;
        }
        long bits = Double.doubleToLongBits(d);
        sink.putLong(bits < 0 ? ~bits : bits ^ Long.MIN_VALUE);
        long remainder = 0;
        if ((number instanceof Long || number instanceof java.util.concurrent.atomic.AtomicLong)
                && !Double.isInfinite(d) && Math.abs(d) < 0x1p63) {
            remainder = number.longValue() - (long) d;
        }
        sink.putLong(remainder ^ Long.MIN_VALUE);
    }

    /**
     * UTF-16 code units, each 1 to 3 bytes whose first byte says the length and is never 0, then a 0 terminator:
     * a string that is a prefix of another sorts first, as String.compareTo orders them.
     */
    private static void encodeString(Sink sink, String s) {
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (c < 0x7F) {
                sink.put(c + 1);
            } else if (c < 0x4000) {
                sink.put(0x80 | (c >> 8));
                sink.put(c & 0xFF);
            } else {
                sink.put(0xC0);
                sink.put(c >> 8);
                sink.put(c & 0xFF);
            }
        }
        sink.put(0);
    }

    /** The smallest byte string greater than every key that starts with {@code prefix} (null: no such bound). */
    static byte[] successor(byte[] prefix) {
        byte[] next = prefix.clone();
        for (int i = next.length - 1; i >= 0; i--) {
            if (next[i] != (byte) 0xFF) {
                next[i]++;
                return Arrays.copyOf(next, i + 1);
            }
        }
        return null;
    }

    // ---- Exact document keys (positions): the map value of an index entry, read back as the very same object.

    static byte[] encodePosition(Object position) {
        if (position instanceof ObjectId id) {
            return withType('O', id.toByteArray());
        } else if (position instanceof String s) {
            return withType('S', s.getBytes(StandardCharsets.UTF_8));
        } else if (position instanceof Integer i) {
            return withType('I', ByteBuffer.allocate(4).putInt(i).array());
        } else if (position instanceof Long l) {
            return withType('L', ByteBuffer.allocate(8).putLong(l).array());
        }
        // Rare ids (documents, UUIDs, doubles…): Java serialisation, as H2's ObjectDataType stores them anyway.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('J');
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(position);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Object decodePosition(byte[] bytes) {
        ByteBuffer body = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
        return switch (bytes[0]) {
            case 'O' -> new ObjectId(Arrays.copyOfRange(bytes, 1, bytes.length));
            case 'S' -> new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
            case 'I' -> body.getInt();
            case 'L' -> body.getLong();
            default -> {
                try (ObjectInputStream objects = new ObjectInputStream(
                        new ByteArrayInputStream(bytes, 1, bytes.length - 1))) {
                    yield objects.readObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static byte[] withType(char type, byte[] data) {
        byte[] bytes = new byte[data.length + 1];
        bytes[0] = (byte) type;
        System.arraycopy(data, 0, bytes, 1, data.length);
        return bytes;
    }
}
