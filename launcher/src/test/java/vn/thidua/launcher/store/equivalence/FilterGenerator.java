package vn.thidua.launcher.store.equivalence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * Random query filters and sorts over {@link DocumentGenerator}'s fields: every operator a planner can turn into
 * index bounds (equality, {@code $in}, ranges, {@code $exists}, null) and those it must leave to the matcher
 * ({@code $ne}, {@code $nin}, {@code $regex}), {@code _id} (ObjectIds and strings: type-bracketed), nested paths, array elements and whole arrays, {@code $and}, and {@code $or} at the
 * top level and beside other fields; plus the services' own list filters.
 */
final class FilterGenerator {

    static final List<String> SCALARS = List.of("tenant", "status", "ownerUnitCode", "updatedAt", "plan.code",
            "plan.year", "campaignId", "year", "unitCode", "level", "searchKey", "validFrom", "validTo", "name",
            "score", "counter", "flag", "meta.b.c", "meta.a");
    static final List<String> ARRAYS = List.of("unitPath", "routeUnits", "recipients", "tags",
            "transitions.audited", "transitions.at");
    /** Sort keys: scalar fields only (sorting by an array is legal but no service does it). */
    static final List<String> SORTABLE = List.of("updatedAt", "name", "score", "level", "plan.code", "status",
            "tenant", "year", "unitCode", "validTo", "counter", "searchKey");

    /** Fields holding text, where a {@code $regex} applies (an index can bound an anchored prefix at most). */
    private static final List<String> TEXT = List.of("_id", "tenant", "status", "ownerUnitCode", "unitCode", "name",
            "searchKey", "plan.code", "meta.b.c", "campaignId", "unitPath", "routeUnits", "recipients", "tags");
    private static final List<String> PATTERNS = List.of("^01", "^79.D1", "^u-1", "Văn", "^$", "^KH-0", "an$",
            "^Đ", "^đ");

    private final Values values;
    private final Supplier<Object> someId;

    /** {@code someId}: an _id the run has inserted, for filters on {@code _id}. */
    FilterGenerator(Values values, Supplier<Object> someId) {
        this.values = values;
        this.someId = someId;
    }

    Document filter() {
        int roll = values.between(0, 99);
        if (roll < 20) {
            return serviceFilter();
        }
        if (roll < 25) {
            return new Document();
        }
        if (roll < 30) {
            // One field constrained twice: on an array, each condition may hold for a different element, so an
            // index must not intersect the two into one bound.
            String field = values.chance(60) ? values.pick(ARRAYS) : values.pick(SCALARS);
            return new Document("$and", List.of(new Document(field, clause(field)),
                    new Document(field, clause(field))));
        }
        Document filter = conjunction(values.between(1, 3));
        if (values.chance(20)) {
            filter.put("$or", List.of(conjunction(values.between(1, 2)), conjunction(values.between(1, 2)),
                    conjunction(1)).subList(0, values.between(2, 3)));
        }
        if (values.chance(10)) {
            return new Document("$and", List.of(filter, conjunction(1)));
        }
        return filter;
    }

    /** The shapes the services send: tenant first, the caller's unit through unitPath or the route, a status. */
    Document serviceFilter() {
        String tenant = values.pick(Values.TENANTS);
        String unit = values.unit(values.tenant());
        Document filter = new Document("tenant", tenant);
        switch (values.between(0, 4)) {
            case 0 -> filter.put("unitPath", unit);
            case 1 -> filter.put("$or", List.of(new Document("unitPath", unit), new Document("routeUnits", unit)));
            case 2 -> filter.append("campaignId", "c" + values.between(1, 4)).append("year", 2026);
            case 3 -> filter = new Document("$or", List.of(new Document("tenant", tenant).append("status",
                    "PUBLISHED"), new Document("tenant", values.tenant())));
            default -> { }
        }
        if (values.chance(30)) {
            filter.put("status", values.pick(Values.STATUSES));
        }
        return filter;
    }

    private Document conjunction(int clauses) {
        Document filter = new Document();
        for (int i = 0; i < clauses; i++) {
            String field = values.chance(5) ? "_id" : values.chance(70) ? values.pick(SCALARS) : values.pick(ARRAYS);
            filter.put(field, clause(field));
        }
        return filter;
    }

    private Object clause(String field) {
        return switch (values.between(0, 11)) {
            case 0, 1, 2 -> value(field);
            case 3 -> new Document("$in", list(field, values.chance(5) ? 0 : values.between(1, 3)));
            case 4 -> new Document("$ne", value(field));
            case 5 -> new Document("$nin", list(field, values.between(0, 2)));
            case 6, 7 -> range(field);
            case 8 -> new Document("$exists", values.chance(50));
            case 9 -> null;
            case 10 -> ARRAYS.contains(field) && field.indexOf('.') < 0 ? wholeArray(field) : value(field);
            default -> TEXT.contains(field) ? regex() : value(field);
        };
    }

    private Document regex() {
        Document regex = new Document("$regex", values.pick(PATTERNS));
        return values.chance(25) ? regex.append("$options", "i") : regex;
    }

    private Document range(String field) {
        String low = values.chance(50) ? "$gt" : "$gte";
        String high = values.chance(50) ? "$lt" : "$lte";
        return switch (values.between(0, 2)) {
            case 0 -> new Document(low, value(field));
            case 1 -> new Document(high, value(field));
            default -> new Document(low, value(field)).append(high, value(field));
        };
    }

    private List<Object> list(String field, int n) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(value(field));
        }
        return list;
    }

    /** A value of the field's own domain mostly, sometimes any type (type-bracketed bounds), sometimes null. */
    Object value(String field) {
        if (values.chance(8)) {
            return values.anyScalar();
        }
        return switch (field) {
            case "_id" -> values.chance(80) ? someId.get() : "u-" + values.between(0, 30);
            case "tenant" -> values.pick(Values.TENANTS);
            case "status" -> values.pick(Values.STATUSES);
            case "ownerUnitCode", "unitCode", "unitPath", "routeUnits", "recipients" -> values.unit(values.tenant());
            case "updatedAt", "validFrom", "validTo", "transitions.at" -> values.date();
            case "plan.code", "meta.b.c" -> values.pick(Values.CODES);
            case "plan.year" -> values.between(2025, 2027);
            case "campaignId" -> "c" + values.between(1, 4);
            case "year" -> values.pick(List.of(2025, 2026L, 2026.0, 2027));
            case "level", "counter" -> values.between(0, 4);
            case "searchKey", "name" -> values.pick(Values.NAMES);
            case "score", "meta.a" -> values.number();
            case "flag", "transitions.audited" -> values.chance(50);
            case "tags" -> values.pick(List.of("a", "b", 1, 1.0, "KH-01"));
            default -> throw new IllegalArgumentException(field);
        };
    }

    private Object wholeArray(String field) {
        if (field.equals("tags")) {
            return values.pick(List.of(List.of(), List.of("a", "a"), List.of("b", "KH-01", "a")));
        }
        String tenant = values.tenant();
        return values.chance(30) ? List.of() : values.unitPath(values.unit(tenant));
    }

    /** 1–2 sort keys, each up or down; the caller adds {@code _id} when the order must be total. */
    Document sort() {
        Document sort = new Document();
        int keys = values.between(1, 2);
        while (sort.size() < keys) {
            sort.put(values.pick(SORTABLE), values.chance(50) ? 1 : -1);
        }
        return sort;
    }
}
