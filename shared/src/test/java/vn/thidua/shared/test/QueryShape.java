package vn.thidua.shared.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.BsonDocument;
import org.bson.BsonRegularExpression;
import org.bson.BsonValue;

/**
 * The shape of one query a service sent: its collection and operation, its filter as alternatives (the filter in
 * disjunctive form: each {@code $or} multiplied out, {@code $and} flattened), each alternative a map from field to
 * the kind of condition on it, and its sort. Values are dropped: two queries that differ only in values have the
 * same shape and need the same index.
 */
public record QueryShape(String collection, String operation, List<Map<String, Kind>> branches,
        Map<String, Integer> sort, boolean limited) {

    /** What a condition lets an index do: equality and $in bound it to points, a range or a prefix to an interval. */
    public enum Kind {
        EQ, IN, RANGE, PREFIX, OTHER;

        boolean equality() {
            return this == EQ || this == IN;
        }

        static Kind strongest(Kind a, Kind b) {
            return a.ordinal() <= b.ordinal() ? a : b;
        }
    }

    private static final int MAX_BRANCHES = 256;

    static QueryShape of(String collection, String operation, BsonDocument filter, BsonDocument sort,
            boolean limited) {
        Map<String, Integer> order = new LinkedHashMap<>();
        if (sort != null) {
            sort.forEach((field, direction) -> order.put(field, direction.isNumber()
                    ? direction.asNumber().intValue() : 1));
        }
        TreeMap<String, Map<String, Kind>> unique = new TreeMap<>();
        for (Map<String, Kind> branch : branches(filter == null ? new BsonDocument() : filter)) {
            unique.put(branch.toString(), branch);
        }
        List<Map<String, Kind>> branches = new ArrayList<>(unique.values());
        return new QueryShape(collection, operation, branches, order, limited);
    }

    /** The filter multiplied out into alternatives (each a conjunction of conditions). */
    static List<Map<String, Kind>> branches(BsonDocument filter) {
        List<Map<String, Kind>> result = new ArrayList<>();
        result.add(new TreeMap<>());
        for (Map.Entry<String, BsonValue> entry : filter.entrySet()) {
            String field = entry.getKey();
            BsonValue value = entry.getValue();
            if ("$and".equals(field)) {
                for (BsonValue part : value.asArray()) {
                    result = cross(result, branches(part.asDocument()));
                }
            } else if ("$or".equals(field)) {
                List<Map<String, Kind>> alternatives = new ArrayList<>();
                for (BsonValue part : value.asArray()) {
                    alternatives.addAll(branches(part.asDocument()));
                }
                result = cross(result, alternatives);
            } else if (field.startsWith("$")) {
                result = cross(result, List.of(Map.of(field, Kind.OTHER)));
            } else {
                result = cross(result, List.of(Map.of(field, kind(value))));
            }
        }
        return result;
    }

    static Kind kind(BsonValue value) {
        if (value instanceof BsonRegularExpression regex) {
            return regex.getPattern().startsWith("^") ? Kind.PREFIX : Kind.OTHER;
        }
        if (!value.isDocument() || value.asDocument().isEmpty()
                || !value.asDocument().getFirstKey().startsWith("$")) {
            return Kind.EQ;
        }
        Kind kind = Kind.OTHER;
        for (Map.Entry<String, BsonValue> operator : value.asDocument().entrySet()) {
            Kind one = switch (operator.getKey()) {
                case "$eq" -> Kind.EQ;
                case "$in" -> operator.getValue().asArray().size() == 1 ? Kind.EQ : Kind.IN;
                case "$gt", "$gte", "$lt", "$lte" -> Kind.RANGE;
                case "$regex" -> operator.getValue().isString() && operator.getValue().asString().getValue()
                        .startsWith("^") || operator.getValue() instanceof BsonRegularExpression r
                                && r.getPattern().startsWith("^") ? Kind.PREFIX : Kind.OTHER;
                default -> Kind.OTHER;
            };
            kind = Kind.strongest(kind, one);
        }
        return kind;
    }

    private static List<Map<String, Kind>> cross(List<Map<String, Kind>> left, List<Map<String, Kind>> right) {
        List<Map<String, Kind>> out = new ArrayList<>();
        for (Map<String, Kind> a : left) {
            for (Map<String, Kind> b : right) {
                Map<String, Kind> both = new TreeMap<>(a);
                b.forEach((field, kind) -> both.merge(field, kind, Kind::strongest));
                out.add(both);
                if (out.size() > MAX_BRANCHES) {
                    throw new IllegalStateException("filter with more than " + MAX_BRANCHES + " alternatives");
                }
            }
        }
        return out;
    }

    /** One line of the registry: stable, sorted, values left out. */
    public String line() {
        List<String> alternatives = new ArrayList<>();
        for (Map<String, Kind> branch : branches) {
            List<String> conditions = new ArrayList<>();
            branch.forEach((field, kind) -> conditions.add(field + ":" + kind));
            alternatives.add("{" + String.join(", ", conditions) + "}");
        }
        List<String> order = new ArrayList<>();
        sort.forEach((field, direction) -> order.add(field + ":" + direction));
        return collection + " " + operation + " " + String.join(" | ", alternatives)
                + (order.isEmpty() ? "" : " sort {" + String.join(", ", order) + "}") + (limited ? " limit" : "");
    }
}
