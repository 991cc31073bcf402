package vn.thidua.launcher.store;

import de.bwaldvogel.mongo.bson.Document;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an index can serve in a filter: per field, an equality ({@code value}, {@code $eq} or {@code $in}) and/or
 * one range ({@code $gt/$gte/$lt/$lte}), from the top level and top-level {@code $and}s, plus the {@code $or}s.
 *
 * <p>Everything else ({@code $ne}, {@code $exists}, regular expressions, embedded-document or array equality,
 * {@code $elemMatch}, {@code $nor}, {@code $expr}…) is not understood: it does not restrict the index scan and makes
 * the filter not "fully understood", so the full filter is re-checked on each document. An index scan is only ever
 * a superset of the matching documents; the re-check decides.
 */
final class FilterConditions {

    /** The conditions on one field. */
    static final class Field {
        List<Object> in; // equality values (one for a plain equality); null when there is none
        Object lower;
        boolean lowerInclusive;
        Object upper;
        boolean upperInclusive;

        boolean hasRange() {
            return lower != null || upper != null;
        }

        Field copy() {
            Field f = new Field();
            f.in = in == null ? null : new ArrayList<>(in);
            f.lower = lower;
            f.lowerInclusive = lowerInclusive;
            f.upper = upper;
            f.upperInclusive = upperInclusive;
            return f;
        }
    }

    final Map<String, Field> fields = new LinkedHashMap<>();
    final List<List<Document>> ors = new ArrayList<>();
    boolean fullyUnderstood = true;

    static FilterConditions parse(Document filter) {
        FilterConditions conditions = new FilterConditions();
        conditions.add(filter);
        return conditions;
    }

    /** These conditions and those of one {@code $or} branch, both holding. */
    FilterConditions with(Document branch) {
        FilterConditions merged = new FilterConditions();
        fields.forEach((name, field) -> merged.fields.put(name, field.copy()));
        merged.fullyUnderstood = fullyUnderstood;
        merged.add(branch);
        return merged;
    }

    @SuppressWarnings("unchecked")
    private void add(Document filter) {
        for (Map.Entry<String, Object> entry : filter.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.equals("$and") && value instanceof Collection<?> all) {
                for (Object part : all) {
                    if (part instanceof Document d) {
                        add(d);
                    } else {
                        fullyUnderstood = false;
                    }
                }
            } else if (key.equals("$or") && value instanceof List<?> branches
                    && branches.stream().allMatch(Document.class::isInstance) && !branches.isEmpty()) {
                ors.add((List<Document>) value);
            } else if (key.startsWith("$")) {
                fullyUnderstood = false;
            } else if (value instanceof Document operators && isOperatorDocument(operators)) {
                operators.forEach((op, operand) -> addOperator(key, op, operand));
            } else if (isEqualityValue(value)) {
                equality(key, java.util.Collections.singletonList(value));
            } else {
                fullyUnderstood = false;
            }
        }
    }

    private static boolean isOperatorDocument(Document d) {
        return !d.isEmpty() && d.keySet().stream().allMatch(k -> k.startsWith("$"));
    }

    private void addOperator(String key, String op, Object operand) {
        switch (op) {
            case "$eq" -> {
                if (isEqualityValue(operand)) {
                    equality(key, java.util.Collections.singletonList(operand));
                } else {
                    fullyUnderstood = false;
                }
            }
            case "$in" -> {
                if (operand instanceof Collection<?> values && !values.isEmpty()
                        && values.stream().allMatch(FilterConditions::isEqualityValue)) {
                    equality(key, new ArrayList<>(values));
                } else {
                    fullyUnderstood = false;
                }
            }
            case "$gt", "$gte", "$lt", "$lte" -> range(key, op, operand);
            default -> fullyUnderstood = false;
        }
    }

    private void equality(String key, List<Object> values) {
        Field field = fields.computeIfAbsent(key, k -> new Field());
        if (field.in == null) {
            field.in = new ArrayList<>(values);
        } else {
            fullyUnderstood = false; // two equalities on one field: the first narrows the scan, the re-check decides
        }
    }

    private void range(String key, String op, Object bound) {
        // Null and MinKey/MaxKey bounds match across types in the matcher; only bounds of one ordered type are used.
        int tag = bound == null ? IndexKeyCodec.NULL : IndexKeyCodec.tag(bound);
        boolean usable = IndexKeyCodec.isOrdered(bound) && tag != IndexKeyCodec.NULL && tag != IndexKeyCodec.MIN_KEY
                && tag != IndexKeyCodec.MAX_KEY && tag != IndexKeyCodec.EMPTY_ARRAY
                && !(bound instanceof de.bwaldvogel.mongo.bson.Decimal128);
        Field field = fields.computeIfAbsent(key, k -> new Field());
        boolean lower = op.startsWith("$gt");
        Object other = lower ? field.upper : field.lower;
        if (!usable || (lower ? field.lower : field.upper) != null
                || (other != null && IndexKeyCodec.tag(other) != tag)) {
            fullyUnderstood = false;
            return;
        }
        if (lower) {
            field.lower = bound;
            field.lowerInclusive = op.equals("$gte");
        } else {
            field.upper = bound;
            field.upperInclusive = op.equals("$lte");
        }
    }

    /** Scalars an index finds by equality: arrays, embedded documents and regular expressions match otherwise. */
    static boolean isEqualityValue(Object value) {
        if (value == null) {
            return true;
        }
        int tag = IndexKeyCodec.tag(value);
        return tag == IndexKeyCodec.NUMBER || tag == IndexKeyCodec.STRING || tag == IndexKeyCodec.OBJECT_ID
                || tag == IndexKeyCodec.BOOLEAN || tag == IndexKeyCodec.DATE || tag == IndexKeyCodec.NULL;
    }

    /**
     * Values whose index key identifies exactly the documents the matcher accepts, so a count may trust the index
     * alone: strings, booleans, dates, ObjectIds and integers a double holds exactly. Not null (it also matches
     * missing fields and arrays holding null), nor fractional or huge numbers (the encoding goes through a double).
     */
    static boolean isExactValue(Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Instant
                || value instanceof de.bwaldvogel.mongo.bson.ObjectId) {
            return true;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof Double) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) && Math.abs(d) <= 0x1p53 && (!(value instanceof Double) || d != 0.0
                    || 1 / d > 0);
        }
        return false;
    }
}
