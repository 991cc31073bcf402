package vn.thidua.launcher.store.equivalence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * Random update documents on indexed and unindexed fields: {@code $set} (scalars, arrays, a scalar where an array
 * was, nested paths), {@code $unset}, {@code $inc}, {@code $push}, {@code $pull}, {@code $addToSet}.
 * {@link #safe()} builds only updates that cannot fail on any document, for {@code updateMany}.
 */
final class UpdateGenerator {

    private static final List<String> SAFE_SET = List.of("tenant", "status", "updatedAt", "name", "level", "score",
            "flag", "searchKey", "validTo", "unitPath", "routeUnits", "ownerUnitCode", "year", "campaignId");
    private static final List<String> ANY_SET = List.of("tenant", "status", "updatedAt", "name", "level", "score",
            "flag", "searchKey", "validTo", "unitPath", "routeUnits", "tags", "plan.code", "plan.year", "meta.b.c",
            "plan", "transitions", "unitCode", "recipients", "year", "seq");

    private final Values values;
    private final FilterGenerator filters;
    private final DocumentGenerator documents;

    UpdateGenerator(Values values, FilterGenerator filters, DocumentGenerator documents) {
        this.values = values;
        this.filters = filters;
        this.documents = documents;
    }

    /** For a single document named by _id: anything, including operators that fail on some documents. */
    Document any() {
        return build(false);
    }

    /** For updateMany: only operators that succeed on every document (no half-done updates). */
    Document safe() {
        return build(true);
    }

    private Document build(boolean safe) {
        Document update = new Document();
        Set<String> roots = new HashSet<>();
        int n = values.between(1, 2);
        for (int i = 0; i < n; i++) {
            switch (values.between(0, 9)) {
                case 0, 1, 2, 3 -> {
                    String field = values.pick(safe ? SAFE_SET : ANY_SET);
                    add(update, roots, "$set", field, newValue(field));
                }
                case 4, 5 -> add(update, roots, "$unset", values.pick(safe ? SAFE_SET : ANY_SET), "");
                case 6 -> add(update, roots, "$inc", safe || values.chance(50) ? "counter" : "score",
                        values.pick(List.of(1, -1, 1.5, 2L)));
                default -> {
                    String field = safe || values.chance(50) ? "routeUnits" : "tags";
                    String operator = values.pick(List.of("$push", "$pull", "$addToSet"));
                    Object element = field.equals("tags") ? filters.value("tags")
                            : values.unit(values.tenant());
                    add(update, roots, operator, field, element);
                }
            }
        }
        return update;
    }

    /** One operator per top-level field, so no update is refused for conflicting paths. */
    private static void add(Document update, Set<String> roots, String operator, String field, Object value) {
        if (roots.add(field.split("\\.")[0])) {
            update.computeIfAbsent(operator, k -> new Document());
            ((Document) update.get(operator)).put(field, value);
        }
    }

    private Object newValue(String field) {
        return switch (field) {
            case "unitPath" -> values.chance(80) ? values.unitPath(values.unit(values.tenant()))
                    : values.unit(values.tenant());
            case "routeUnits", "recipients" -> documents.units(values.tenant(), 3);
            case "tags" -> {
                Object tags = values.tags();
                yield tags == Values.MISSING ? List.of("b") : tags;
            }
            case "plan" -> new Document("code", values.pick(Values.CODES)).append("year", 2026);
            case "seq" -> values.between(0, 60);
            case "transitions" -> List.of(new Document("audited", values.chance(50)).append("at", values.date()));
            default -> filters.value(field);
        };
    }
}
