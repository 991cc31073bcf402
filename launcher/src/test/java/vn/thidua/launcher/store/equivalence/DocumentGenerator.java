package vn.thidua.launcher.store.equivalence;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Random documents with the fields the services store (dossiers, campaigns, registrations, units, progress share
 * one shape here, so every service's index can be declared on one collection) plus the awkward ones
 * ({@code score}, {@code tags}, {@code meta}). Field values come from {@link Values}.
 */
final class DocumentGenerator {

    private final Values values;
    private int next;
    private int seq;

    DocumentGenerator(Values values) {
        this.values = values;
    }

    Document next() {
        return next(values.id(next++));
    }

    Document next(Object id) {
        Document d = new Document("_id", id);
        String tenant = values.tenant();
        String unit = values.unit(tenant);
        put(d, "tenant", values.maybe(tenant, 2, 3));
        put(d, "unitPath", values.maybe(values.unitPath(unit), 0, 5));
        put(d, "routeUnits", values.chance(10) ? Values.MISSING : units(tenant, 3));
        put(d, "ownerUnitCode", values.maybe(unit, 3, 3));
        put(d, "updatedAt", values.maybe(values.date(), 5, 5));
        put(d, "status", values.maybe(values.pick(Values.STATUSES), 5, 5));
        put(d, "plan", values.maybe(plan(), 5, 10));
        put(d, "campaignId", values.maybe("c" + values.between(1, 4), 0, 5));
        put(d, "year", values.maybe(values.pick(List.of(2025, 2026, 2026L, 2026.0, 2027)), 3, 5));
        put(d, "unitCode", values.maybe(unit, 0, 5));
        put(d, "recipients", values.chance(10) ? Values.MISSING : units(tenant, 2));
        put(d, "level", values.maybe(values.between(1, 4), 0, 10));
        put(d, "searchKey", values.maybe(values.pick(Values.NAMES), 5, 5));
        put(d, "validFrom", values.maybe(values.date(), 0, 5));
        put(d, "validTo", values.maybe(values.date(), 30, 10));
        put(d, "transitions", values.chance(15) ? Values.MISSING : transitions());
        put(d, "name", values.maybe(values.pick(Values.NAMES), 5, 5));
        put(d, "score", values.chance(15) ? values.anyScalar() : values.maybe(values.number(), 5, 10));
        put(d, "tags", values.tags());
        put(d, "counter", values.maybe(values.between(0, 3), 0, 30));
        put(d, "flag", values.maybe(values.chance(50), 5, 20));
        put(d, "meta", values.chance(10) ? values.anyScalar() : values.maybe(meta(), 5, 10));
        // Unique (OpGenerator declares {seq} unique): a write that breaks it is refused, and the refused write
        // must leave no secondary index entry behind.
        d.put("seq", seq++);
        return d;
    }

    /** Puts the value unless it is {@link Values#MISSING}. */
    static void put(Document d, String key, Object value) {
        if (value != Values.MISSING) {
            d.put(key, value);
        }
    }

    /** Route-like arrays: always an array (the services write one), possibly empty, possibly with duplicates. */
    List<String> units(String tenant, int max) {
        List<String> units = new ArrayList<>();
        int n = values.between(0, max);
        for (int i = 0; i < n; i++) {
            units.add(values.unit(tenant));
        }
        return units;
    }

    private Document plan() {
        Document plan = new Document();
        put(plan, "code", values.maybe(values.pick(Values.CODES), 5, 5));
        put(plan, "year", values.maybe(values.between(2025, 2027), 0, 10));
        return plan;
    }

    private List<Document> transitions() {
        List<Document> list = new ArrayList<>();
        int n = values.between(0, 3);
        for (int i = 0; i < n; i++) {
            Document t = new Document("at", values.date());
            put(t, "audited", values.maybe(values.chance(50), 0, 30));
            list.add(t);
        }
        return list;
    }

    private Object meta() {
        Document meta = new Document("a", values.number());
        put(meta, "b", values.maybe(new Document("c", values.pick(Values.CODES)), 5, 10));
        return meta;
    }
}
