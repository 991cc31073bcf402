package vn.thidua.launcher.store;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chooses how a filter (and sort) is read through the secondary indexes, or says it cannot be.
 *
 * <p>Per index: the longest prefix of keys with an equality ({@code $in} values multiply into several ranges), then
 * optionally one range on the next key. The sort "follows" the index when, after dropping sort keys fixed by a
 * single equality, the sort keys are the next index keys, all in the index's directions or all reversed, optionally
 * followed by {@code _id} in the direction of the entries' closing document key: then the index is read in that order
 * and a page stops after skip + limit matches. Among usable indexes the one with the fewest entries to read wins
 * (counted in O(log n) per range), where an ordered walk with a limit is credited with stopping early.
 *
 * <p>Not used: sparse indexes (they lack documents), incomplete ones, ranges on keys that ever held an array (the
 * matcher lets different elements satisfy each bound, and compares whole arrays), ordered walks over keys that
 * held arrays or values the codec does not order. A top-level {@code $or} is a union of one scan per branch (each
 * branch with the other top-level conditions); if one branch has no index the {@code $or} is left to the re-check.
 */
final class QueryPlanner {

    /** At most this many ranges from {@code $in} combinations; beyond, the index is not used. */
    private static final int MAX_RANGES = 256;

    /** A byte range [from, to) of an index, whose first {@code prefixLength} bytes are its equality values. */
    record Range(byte[] from, byte[] to, int prefixLength) {
    }

    /** One index read: its ranges, whether they come in sort order (and reversed), and whether the index alone decides. */
    record Scan(SecondaryIndex index, List<Range> ranges, boolean ordered, boolean reverse, boolean exact,
            long entries) {
        String describe() {
            return index.getName() + (ordered ? (reverse ? " ordered-reverse" : " ordered") : "")
                    + (exact ? " exact" : "") + " ranges=" + ranges.size() + " entries=" + entries;
        }
    }

    /** A union of scans (one per {@code $or} branch, or a single one). */
    record Plan(List<Scan> scans) {
        boolean ordered() {
            return scans.stream().allMatch(Scan::ordered);
        }

        boolean exact() {
            return scans.size() == 1 && scans.get(0).exact();
        }

        String describe() {
            return String.join(" | ", scans.stream().map(Scan::describe).toList());
        }
    }

    private QueryPlanner() {
    }

    /** The plan for a filter and sort (null: none), or null when no index serves it. */
    static Plan plan(Document filter, Document sort, long wanted, List<SecondaryIndex> indexes) {
        FilterConditions conditions = FilterConditions.parse(filter == null ? new Document() : filter);
        if (!conditions.ors.isEmpty()) {
            List<Scan> union = new ArrayList<>();
            boolean understood = conditions.fullyUnderstood && conditions.ors.size() == 1;
            for (Document branch : conditions.ors.get(0)) {
                FilterConditions merged = conditions.with(branch); // holds only the branch's own (nested) $ors
                merged.fullyUnderstood &= understood && merged.ors.isEmpty();
                Scan scan = best(merged, sort, wanted, indexes);
                if (scan == null) {
                    union = null;
                    break;
                }
                union.add(scan);
            }
            if (union != null) {
                // A union's count dedupes by document key; "exact" per branch still spares the re-check.
                return new Plan(union);
            }
            conditions.fullyUnderstood = false; // the $or is left to the re-check
        }
        Scan scan = best(conditions, sort, wanted, indexes);
        return scan == null ? null : new Plan(List.of(scan));
    }

    private static Scan best(FilterConditions conditions, Document sort, long wanted, List<SecondaryIndex> indexes) {
        Scan best = null;
        double bestCost = Double.MAX_VALUE;
        for (SecondaryIndex index : indexes) {
            Scan scan = scan(index, conditions, sort);
            if (scan == null) {
                continue;
            }
            double cost = scan.ordered() && wanted > 0 && sort != null ? Math.min(scan.entries(), wanted * 10.0)
                    : scan.entries();
            if (cost < bestCost) {
                best = scan;
                bestCost = cost;
            }
        }
        return best;
    }

    private static Scan scan(SecondaryIndex index, FilterConditions conditions, Document sort) {
        if (!index.isComplete() || index.isSparseIndex()) {
            return null;
        }
        List<IndexKey> keys = index.getKeys();
        List<byte[]> prefixes = new ArrayList<>();
        prefixes.add(new byte[0]);
        int p = 0;
        boolean exact = conditions.fullyUnderstood && conditions.ors.isEmpty();
        int used = 0;
        for (; p < keys.size(); p++) {
            FilterConditions.Field field = conditions.fields.get(keys.get(p).getKey());
            if (field == null || field.in == null) {
                break;
            }
            used++;
            boolean multikey = index.isMultikey(p);
            exact &= !field.hasRange() && field.in.stream().allMatch(FilterConditions::isExactValue)
                    && (field.in.size() == 1 || !multikey);
            List<byte[]> next = new ArrayList<>();
            for (byte[] prefix : prefixes) {
                for (Object value : field.in) {
                    next.add(concat(prefix, IndexKeyCodec.encode(value, index.ascending(p))));
                    if (value == null) { // the matcher may treat an empty array like null: read that entry too
                        next.add(concat(prefix, IndexKeyCodec.encode(IndexKeyCodec.EMPTY_ARRAY_VALUE,
                                index.ascending(p))));
                    }
                }
            }
            // Distinct ($in may repeat a value): ranges must not overlap, or exact counts would count twice.
            prefixes = next.stream().map(java.nio.ByteBuffer::wrap).distinct().map(java.nio.ByteBuffer::array)
                    .toList();
            if (prefixes.size() > MAX_RANGES) {
                return null;
            }
        }
        FilterConditions.Field rangeField = p < keys.size() ? conditions.fields.get(keys.get(p).getKey()) : null;
        boolean range = rangeField != null && rangeField.hasRange() && !index.isMultikey(p);
        if (range) {
            used++;
            exact &= (rangeField.lower == null || FilterConditions.isExactValue(rangeField.lower))
                    && (rangeField.upper == null || FilterConditions.isExactValue(rangeField.upper));
        }
        // Every condition must be on a key this scan uses, and no key after them may repeat a document (multikey).
        exact &= used == conditions.fields.size();
        for (int k = p; k < keys.size(); k++) {
            exact &= !index.isMultikey(k);
        }
        Boolean reverse = sortDirection(index, conditions, sort, p);
        boolean ordered = reverse != null && sort != null && !sort.isEmpty();
        if (p == 0 && !range && !ordered) {
            return null; // nothing to narrow or order by
        }
        List<Range> ranges = new ArrayList<>();
        long entries = 0;
        for (byte[] prefix : prefixes) {
            Range r = range ? rangeWithin(prefix, rangeField, index.ascending(p))
                    : new Range(prefix, IndexKeyCodec.successor(prefix), prefix.length);
            ranges.add(r);
            entries += index.count(r.from(), r.to());
        }
        if (ordered && reverse) {
            ranges = ranges.reversed();
        }
        return new Scan(index, ranges, ordered, ordered && reverse, exact, entries);
    }

    /**
     * Whether the sort can be read from the index after its {@code p} equality keys: FALSE in the index's
     * order, TRUE reversed, null not at all. No sort: FALSE (any order will do).
     */
    private static Boolean sortDirection(SecondaryIndex index, FilterConditions conditions, Document sort, int p) {
        if (sort == null || sort.isEmpty()) {
            return Boolean.FALSE;
        }
        List<IndexKey> keys = index.getKeys();
        Boolean reverse = null;
        int k = p;
        for (Map.Entry<String, Object> s : sort.entrySet()) {
            String field = s.getKey();
            if (!(s.getValue() instanceof Number n)) {
                return null; // $natural, text scores…
            }
            boolean asc = n.intValue() > 0;
            int fixed = indexOf(keys, field);
            if (fixed >= 0 && fixed < p && conditions.fields.get(field).in.size() == 1 && !index.isMultikey(fixed)) {
                continue; // one value for every match: no order to follow
            }
            boolean forward;
            if (k < keys.size() && keys.get(k).getKey().equals(field)) {
                if (index.isMultikey(k) || index.isUnordered(k)) {
                    return null;
                }
                forward = asc == keys.get(k).isAscending();
                k++;
            } else if (field.equals("_id") && k == keys.size()) {
                forward = asc == index.positionAscending();
                k++;
            } else {
                return null;
            }
            if (reverse != null && reverse == forward) {
                return null; // mixed directions
            }
            reverse = !forward;
        }
        return reverse == null ? Boolean.FALSE : reverse;
    }

    private static int indexOf(List<IndexKey> keys, String field) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).getKey().equals(field)) {
                return i;
            }
        }
        return -1;
    }

    /** The range of the next key's values inside one equality prefix, bounded to the bound's type (as MongoDB). */
    private static Range rangeWithin(byte[] prefix, FilterConditions.Field field, boolean ascending) {
        Object typed = field.lower != null ? field.lower : field.upper;
        byte tag = (byte) IndexKeyCodec.tag(typed);
        byte[] typeStart = {ascending ? tag : (byte) ~tag};
        byte[] typeEnd = IndexKeyCodec.successor(typeStart);
        // In index order: ascending keys read lower → upper; descending keys read upper → lower.
        Object first = ascending ? field.lower : field.upper;
        boolean firstInclusive = ascending ? field.lowerInclusive : field.upperInclusive;
        Object last = ascending ? field.upper : field.lower;
        boolean lastInclusive = ascending ? field.upperInclusive : field.lowerInclusive;
        byte[] from = typeStart;
        if (first != null) {
            byte[] encoded = IndexKeyCodec.encode(first, ascending);
            from = firstInclusive ? encoded : IndexKeyCodec.successor(encoded);
        }
        byte[] to = typeEnd;
        if (last != null) {
            byte[] encoded = IndexKeyCodec.encode(last, ascending);
            to = lastInclusive ? IndexKeyCodec.successor(encoded) : encoded;
        }
        return new Range(concat(prefix, from), to == null ? IndexKeyCodec.successor(prefix) : concat(prefix, to),
                prefix.length);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
