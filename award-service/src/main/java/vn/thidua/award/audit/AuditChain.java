package vn.thidua.award.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash-chain rule of the audit trail (chuỗi băm nhật ký), free of Spring so an inspector's tool can reuse it:
 * record n carries the hash of record n−1 and its own hash is SHA-256 over the canonical form of all its fields
 * including that previous hash. Editing, removing or reordering a record therefore breaks every later link, and
 * the chain head (last sequence + last hash, kept apart) shows a cut-off tail.
 *
 * <p>Canonical form: a JSON object serialised as RFC 8785 (JCS) does, with only strings, {@code null}, arrays of
 * strings and objects of strings: keys sorted, no whitespace, strings escaped minimally (", \, and control
 * characters as \b \t \n \f \r or \\u00xx), non-ASCII written as UTF-8. The sequence is a decimal string and the
 * time {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'} (UTC, milliseconds), so no number or date formatting can differ.
 * Python reproduces it with {@code json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)}.
 */
public final class AuditChain {

    /** The chain of national objects (tenant null). */
    public static final String NATIONAL = "national";
    /** The "previous hash" of record 1. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    public static String chainOf(String tenant) {
        return tenant == null ? NATIONAL : tenant;
    }

    /** Mongo keeps milliseconds: a record's time is cut to them before it is hashed. */
    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The object that is hashed, field by field (the stored {@code hash} itself is the only field left out). */
    public static Map<String, Object> hashedFields(AuditRecord r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("chain", r.chain());
        fields.put("sequence", Long.toString(r.sequence()));
        fields.put("eventId", r.eventId());
        fields.put("subjectType", r.subjectType());
        fields.put("subjectId", r.subjectId());
        fields.put("tenant", r.tenant());
        fields.put("unitPath", r.unitPath());
        fields.put("action", r.action());
        fields.put("fromStatus", r.fromStatus());
        fields.put("toStatus", r.toStatus());
        fields.put("reason", r.reason());
        fields.put("details", r.details());
        fields.put("actorSubject", r.actorSubject());
        fields.put("actorUsername", r.actorUsername());
        fields.put("actorRoles", r.actorRoles());
        fields.put("actorUnitCode", r.actorUnitCode());
        fields.put("actorUnitLevel", r.actorUnitLevel());
        fields.put("at", r.at() == null ? null : TIME.format(r.at()));
        fields.put("requestId", r.requestId());
        fields.put("previousHash", r.previousHash());
        return fields;
    }

    public static String canonicalForm(AuditRecord record) {
        StringBuilder out = new StringBuilder(512);
        write(out, hashedFields(record));
        return out.toString();
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of the canonical form. */
    public static String hashOf(AuditRecord record) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonicalForm(record).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    /** The record that follows {@code previousHash} at {@code sequence}, hashed. */
    public static AuditRecord seal(AuditRecord unsealed) {
        return unsealed.withHash(hashOf(unsealed));
    }

    /** What the chain head says: how many records there are and the hash of the last one. */
    public record Head(String chain, long lastSequence, String lastHash) {
    }

    /**
     * The verdict of a verification.
     *
     * @param records              records read
     * @param firstBrokenSequence  the first sequence where the chain does not hold ({@code null} when valid)
     * @param problem              what is wrong there, in words an inspector can act on
     */
    public record Verification(String chain, long records, boolean valid, Long firstBrokenSequence,
            String problem, long headSequence, String headHash) {
    }

    /**
     * Walks the records in ascending sequence order and checks every link, then compares the end with the head.
     * Records beyond the head that chain correctly are an append caught between writing its record and
     * advancing the head (the next append completes it): valid.
     */
    public static Verification verify(String chain, Head head, Iterable<AuditRecord> inSequenceOrder) {
        long expected = 1;
        String previous = GENESIS;
        long count = 0;
        long headSequence = head == null ? 0 : head.lastSequence();
        String headHash = head == null ? null : head.lastHash();
        String hashAtHead = null;
        for (AuditRecord record : inSequenceOrder) {
            count++;
            if (record.sequence() != expected) {
                return broken(chain, count, expected, record.sequence() > expected
                        ? "sequence " + expected + " missing: record deleted"
                        : "sequence " + record.sequence() + " appears twice or out of order", head);
            }
            if (!chain.equals(record.chain())) {
                return broken(chain, count, expected, "record " + expected + " names chain " + record.chain()
                        + ": record moved", head);
            }
            if (!previous.equals(record.previousHash())) {
                return broken(chain, count, expected, "previous hash mismatch at " + expected
                        + ": record replaced or reordered", head);
            }
            if (!hashOf(record).equals(record.hash())) {
                return broken(chain, count, expected, "hash mismatch at " + expected + ": record altered", head);
            }
            if (record.sequence() == headSequence) {
                hashAtHead = record.hash();
            }
            previous = record.hash();
            expected++;
        }
        long found = expected - 1;
        if (head == null) {
            if (found == 0) {
                return new Verification(chain, 0, true, null, null, 0, null);
            }
            return broken(chain, count, 1L, "chain head missing: " + found + " records without head", null);
        }
        if (found < head.lastSequence()) {
            return broken(chain, count, found + 1, "head says " + head.lastSequence() + " records, " + found
                    + " found: tail deleted", head);
        }
        if (head.lastSequence() > 0) {
            // The record the head points at must be the one found at that sequence (an edited-and-rehashed tail
            // would chain but differ from the head's hash).
            if (!head.lastHash().equals(hashAtHead)) {
                return broken(chain, count, head.lastSequence(), "hash of record " + head.lastSequence()
                        + " differs from the head's: chain rewritten", head);
            }
        }
        return new Verification(chain, count, true, null, null, headSequence, headHash);
    }

    private static Verification broken(String chain, long count, long at, String problem, Head head) {
        return new Verification(chain, count, false, at, problem, head == null ? 0 : head.lastSequence(),
                head == null ? null : head.lastHash());
    }

    // --- canonical JSON (RFC 8785 for strings, arrays and objects) ---

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            writeString(out, s);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            // JCS sorts by UTF-16 code units: String's natural order.
            Map<String, Object> sorted = new TreeMap<>((Map<String, Object>) map);
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> entry : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(out, entry.getKey());
                out.append(':');
                write(out, entry.getValue());
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("not canonicalisable: " + value.getClass());
        }
    }

    private static void writeString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Sorted copy of the roles so the same roles always hash the same. */
    static List<String> sortedCopy(List<String> values) {
        if (values == null) {
            return null;
        }
        List<String> copy = new ArrayList<>(values);
        copy.sort(null);
        return List.copyOf(copy);
    }
}
