package vn.thidua.launcher.store.equivalence;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import vn.thidua.launcher.store.equivalence.ReadOps.Order;
import vn.thidua.launcher.store.equivalence.WriteOps.Kind;

/**
 * The whole list of steps of a run, from a seed: the services' index shapes and random ones declared before any
 * data, then batches of inserts, random writes and reads, more indexes once data exists, a full comparison of
 * both collections after each batch, and now and then a reopen of the candidate's store from its file.
 */
final class OpGenerator {

    static final List<String> COLLECTIONS = List.of("dossiers", "campaigns");

    /** The compound indexes the services declare, keyed onto this test's field names. */
    static final List<List<Document>> SERVICE_INDEXES = List.of(
            List.of(keys("tenant", 1, "unitPath", 1, "updatedAt", -1), keys("tenant", 1, "routeUnits", 1),
                    keys("transitions.audited", 1), keys("tenant", 1, "campaignId", 1, "year", 1, "unitCode", 1),
                    keys("tenant", 1, "recipients", 1)),
            List.of(keys("tenant", 1, "plan.code", 1), keys("tenant", 1, "unitPath", 1),
                    keys("tenant", 1, "status", 1, "ownerUnitCode", 1), keys("unitCode", 1, "validFrom", 1),
                    keys("tenant", 1, "level", 1, "searchKey", 1), keys("level", 1, "validTo", 1),
                    keys("tenant", 1, "unitCode", 1, "name", 1, "updatedAt", -1)));

    /** {@code -Dthidua.equivalence.insert-scale=N}: N times larger insert batches, for larger collections. */
    private static final int INSERT_SCALE = Math.max(1, Integer.getInteger("thidua.equivalence.insert-scale", 1));

    private final Values values;
    private final DocumentGenerator documents;
    private final FilterGenerator filters;
    private final UpdateGenerator updates;
    private final List<Object> ids = new ArrayList<>();
    private int upserts;

    OpGenerator(long seed) {
        values = new Values(new Random(seed));
        documents = new DocumentGenerator(values);
        filters = new FilterGenerator(values, () -> ids.isEmpty() ? "u-0" : values.pick(ids));
        updates = new UpdateGenerator(values, filters, documents);
    }

    static Document keys(Object... pairs) {
        Document keys = new Document();
        for (int i = 0; i < pairs.length; i += 2) {
            keys.put((String) pairs[i], pairs[i + 1]);
        }
        return keys;
    }

    /** About {@code total} steps (a batch is finished once begun). */
    List<Op> generate(int total) {
        List<Op> ops = new ArrayList<>();
        for (int c = 0; c < COLLECTIONS.size(); c++) {
            for (Document keys : SERVICE_INDEXES.get(c)) {
                ops.add(new WriteOps.CreateIndex(COLLECTIONS.get(c), keys, false));
            }
            // A unique index: refused writes happen (single-document ones only: seq is never in an updateMany,
            // whose refusal half-way would leave stores of different natural orders in different states).
            // Sparse, so the documents without seq (upserts, counters) do not collide on null.
            ops.add(new WriteOps.CreateIndex(COLLECTIONS.get(c), keys("seq", 1), true));
            for (int i = 0; i < 3; i++) {
                ops.add(new WriteOps.CreateIndex(COLLECTIONS.get(c), randomIndex(), false));
            }
        }
        while (ops.size() < total) {
            for (String collection : COLLECTIONS) {
                ops.add(insert(collection, values.between(10, 40) * INSERT_SCALE));
            }
            int steps = values.between(40, 120);
            for (int i = 0; i < steps; i++) {
                ops.add(step(values.pick(COLLECTIONS)));
            }
            if (values.chance(40)) {
                // An index declared on existing data: it must be built from what is there.
                ops.add(new WriteOps.CreateIndex(values.pick(COLLECTIONS), randomIndex(), false));
            }
            if (values.chance(35)) {
                ops.add(new Op.Reopen());
            }
            for (String collection : COLLECTIONS) {
                ops.add(new ReadOps.Everything(collection));
            }
        }
        return ops;
    }

    /** 1–3 keys, ascending or descending, at most one of them possibly an array (MongoDB refuses parallel arrays). */
    Document randomIndex() {
        Document keys = new Document();
        boolean array = false;
        int n = values.between(1, 3);
        while (keys.size() < n) {
            boolean pickArray = !array && values.chance(25);
            String field = pickArray ? values.pick(FilterGenerator.ARRAYS) : values.pick(FilterGenerator.SCALARS);
            if (!keys.containsKey(field) && !conflicts(keys, field)) {
                keys.put(field, values.chance(70) ? 1 : -1);
                array |= pickArray;
            }
        }
        return keys;
    }

    /** Two paths of which one is a prefix of the other (meta.b.c and meta) are not both allowed in one index. */
    private static boolean conflicts(Document keys, String field) {
        return keys.keySet().stream().anyMatch(k -> k.startsWith(field + ".") || field.startsWith(k + "."));
    }

    private Op insert(String collection, int n) {
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Document d = documents.next();
            ids.add(d.get("_id"));
            batch.add(d);
        }
        if (values.chance(10) && ids.size() > n) {
            // A duplicate _id: the store refuses it and must not leave index entries behind.
            batch.add(values.between(0, n - 1), documents.next(values.pick(ids.subList(0, ids.size() - n))));
        }
        return new WriteOps.InsertMany(collection, batch, values.chance(50));
    }

    private Op step(String collection) {
        int roll = values.between(0, 99);
        if (roll < 24) {
            Document sort = values.chance(5) ? new Document()
                    : filters.sort();
            sort.append("_id", values.chance(80) ? 1 : -1);
            return new ReadOps.Find(collection, filters.filter(), sort, skip(), limit(), Order.TOTAL,
                    values.chance(15) ? projection(sort) : null, values.chance(20));
        }
        if (roll < 32) {
            return new ReadOps.Find(collection, filters.filter(), filters.sort(), skip(), limit(), Order.KEYS, null,
                    false);
        }
        if (roll < 38) {
            return new ReadOps.Find(collection, filters.filter(), null, 0, 0, Order.NONE, null, values.chance(20));
        }
        if (roll < 46) {
            return new ReadOps.Count(collection, filters.filter(), values.chance(70) ? 0 : skip(), limit());
        }
        if (roll < 51) {
            return new ReadOps.CountCommand(collection, values.chance(15) ? null : filters.filter(),
                    values.chance(70) ? 0 : skip(), limit());
        }
        if (roll < 55) {
            return new ReadOps.ListPage(collection, filters.serviceFilter(), values.between(0, 3),
                    values.pick(List.of(5, 20)));
        }
        if (roll < 57) {
            return new KeysetWalk(collection, values.chance(70) ? filters.serviceFilter() : filters.filter(),
                    keysetSort(), values.between(2, 10), 12);
        }
        return write(collection, roll);
    }

    private Op write(String collection, int roll) {
        if (roll < 69) {
            return new WriteOps.Write(collection, Kind.UPDATE_ONE, byId(), updates.any(), false);
        }
        if (roll < 75) {
            return new WriteOps.Write(collection, Kind.UPDATE_MANY, filters.filter(), updates.safe(), false);
        }
        if (roll < 79) {
            Object id = values.pick(ids);
            return new WriteOps.Write(collection, Kind.REPLACE_ONE, new Document("_id", id), documents.next(id),
                    values.chance(30));
        }
        if (roll < 84) {
            // Upserts name their _id: an id generated by each server would differ between the two.
            Document filter = new Document("_id", "upsert-" + upserts++);
            if (values.chance(50)) {
                filter.append("tenant", values.tenant()).append("status", "DRAFT");
            }
            return values.chance(50) ? new WriteOps.Write(collection, Kind.UPDATE_ONE, filter, updates.any(), true)
                    : new WriteOps.Write(collection, Kind.REPLACE_ONE, filter,
                            documents.next(filter.get("_id")), true);
        }
        if (roll < 88) {
            return new WriteOps.Write(collection, Kind.DELETE_ONE, byId(), null, false);
        }
        if (roll < 90) {
            Document filter = filters.filter();
            return new WriteOps.Write(collection, Kind.DELETE_MANY, filter.isEmpty() ? byId() : filter, null, false);
        }
        if (roll < 93) {
            // The services' counters: findOneAndUpdate({_id: key}, {$inc}, upsert, returnNew).
            return new WriteOps.FindAndModify(collection, new Document("_id", "counter-" + values.between(0, 3)),
                    new Document("_id", 1), new Document("$inc", new Document("counter", 1L))
                            .append("$set", new Document("tenant", values.tenant())), true, true);
        }
        if (roll < 97) {
            Document sort = filters.sort().append("_id", 1);
            return new WriteOps.FindAndModify(collection, filters.filter(), sort,
                    values.chance(70) ? updates.any() : null, values.chance(50), false);
        }
        return insert(collection, values.between(1, 5));
    }

    /** The services' list sorts (updatedAt desc first, mostly), _id last in the last key's direction. */
    private Document keysetSort() {
        Document sort = new Document(values.pick(List.of("updatedAt", "updatedAt", "plan.code", "name", "year")),
                values.chance(70) ? -1 : 1);
        if (values.chance(30)) {
            sort.putIfAbsent(values.pick(List.of("unitCode", "validTo")), values.chance(50) ? 1 : -1);
        }
        return sort.append("_id", sort.values().stream().reduce((a, b) -> b).orElseThrow());
    }

    /** An _id, sometimes with another condition that may or may not hold. */
    private Document byId() {
        Document filter = new Document("_id", values.pick(ids));
        if (values.chance(30)) {
            filter.putAll(filters.serviceFilter());
        }
        return filter;
    }

    private int skip() {
        return values.chance(60) ? 0 : values.between(1, 15);
    }

    private int limit() {
        return values.chance(25) ? 0 : values.between(1, 20);
    }

    /** The sort keys and one more field, with or without _id: an answer an index could cover. */
    private Document projection(Document sort) {
        Document projection = new Document();
        sort.keySet().forEach(k -> projection.put(k, 1));
        projection.put(values.pick(FilterGenerator.SCALARS), 1);
        if (values.chance(50)) {
            projection.put("_id", 0);
        }
        return projection;
    }
}
