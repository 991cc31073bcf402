package vn.thidua.launcher.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write path keeps the indexes equal to a fresh build, and queries through them answer as the memory backend:
 * the same writes go to both stores through the driver, then random filters, sorts, pages and counts are compared.
 */
class IndexMaintenanceTest {

    private static final String[] TENANTS = {"01", "12", "79"};
    private static final String[] UNITS = {"106", "106.01", "107", "12", "x"};
    private static final String[] STATUSES = {"DRAFT", "IN_REVIEW", "PUBLISHED"};

    private final Random random = new Random(1515);

    @TempDir
    Path dir;

    @Test
    void everyWritePathKeepsIndexesExactAndQueriesAnswerAsTheMemoryBackend() {
        try (StoreFixture store = new StoreFixture(dir.resolve("store.mv.db")); StoreFixture.Memory memory =
                new StoreFixture.Memory()) {
            MongoCollection<Document> indexed = store.client.getDatabase("t").getCollection("dossiers");
            MongoCollection<Document> reference = memory.client.getDatabase("t").getCollection("dossiers");
            List<Document> initial = documents(300);
            both(indexed, reference, c -> c.insertMany(initial));
            // Indexes created on a non-empty collection are built once; later ones maintained on every write.
            both(indexed, reference, c -> {
                c.createIndex(new Document("tenant", 1).append("updatedAt", -1));
                c.createIndex(new Document("tenant", 1).append("status", 1).append("year", 1));
                c.createIndex(new Document("tenant", 1).append("routeUnits", 1));
                c.createIndex(new Document("unitPath", 1));
                c.createIndex(new Document("n.code", -1).append("score", 1));
                c.createIndex(new Document("year", -1), new IndexOptions().name("by_year"));
            });
            collection = store.collection("t", "dossiers");
            assertEquals(6, collection.secondaryIndexes().size());
            StoreFixture.assertIndexesEqualRebuild(collection, store.mvStore);
            for (int round = 0; round < 12; round++) {
                for (int w = 0; w < 40; w++) {
                    Consumer<MongoCollection<Document>> write = randomWrite(reference);
                    both(indexed, reference, write);
                }
                StoreFixture.assertIndexesEqualRebuild(collection, store.mvStore);
                for (int q = 0; q < 40; q++) {
                    compareQuery(indexed, reference);
                }
            }
        }
    }

    private static void both(MongoCollection<Document> a, MongoCollection<Document> b,
            Consumer<MongoCollection<Document>> action) {
        action.accept(a);
        action.accept(b);
    }

    private Consumer<MongoCollection<Document>> randomWrite(MongoCollection<Document> reference) {
        Bson many = randomFilter();
        // A write of one document names it: which of several matches each store takes first is not specified.
        Document first = reference.find(many).sort(new Document("_id", 1)).first();
        Bson filter = first == null ? new Document("_id", "none") : new Document("_id", first.get("_id"));
        Document one = documents(1).get(0);
        String unit = pick(UNITS);
        Instant when = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(1000) * 3600L);
        String tenant = pick(TENANTS);
        String status = pick(STATUSES);
        Object score = random.nextBoolean() ? null : 7.5;
        ObjectId upsertId = new ObjectId();
        int kind = random.nextInt(12);
        // Everything random is drawn here, once: the action runs on both stores.
        return switch (kind) {
            case 0 -> c -> c.insertOne(new Document(one));
            case 1 -> c -> c.updateOne(filter, new Document("$set", new Document("updatedAt", when)
                    .append("status", status)));
            case 2 -> c -> c.updateMany(many, new Document("$unset", new Document("updatedAt", "")));
            case 3 -> c -> c.updateOne(filter, new Document("$push", new Document("routeUnits", unit)));
            case 4 -> c -> c.updateMany(many, new Document("$pull", new Document("routeUnits", unit)));
            case 5 -> c -> c.replaceOne(filter, new Document(one).append("_id", null).append("replaced", true));
            case 6 -> c -> c.deleteOne(filter);
            case 7 -> c -> c.updateOne(new Document("_id", upsertId).append("tenant", tenant).append("n.code",
                    "upsert-" + unit),
                    new Document("$set", new Document("year", 2030)).append("$push",
                            new Document("unitPath", unit)), new UpdateOptions().upsert(true));
            case 8 -> c -> c.findOneAndUpdate(many, new Document("$set", new Document("unitPath", List.of(unit))
                    .append("score", score)),
                    new FindOneAndUpdateOptions().sort(new Document("_id", 1)));
            case 9 -> c -> c.findOneAndDelete(many, new com.mongodb.client.model.FindOneAndDeleteOptions()
                    .sort(new Document("_id", -1)));
            case 10 -> c -> c.replaceOne(new Document("_id", upsertId),
                    new Document("tenant", "12").append("n", new Document("code", "replace-upsert-" + unit)),
                    new ReplaceOptions().upsert(true));
            default -> c -> c.updateMany(many, new Document("$set", new Document("routeUnits", List.of())));
        };
    }

    private IndexedCollection collection;

    private void compareQuery(MongoCollection<Document> indexed, MongoCollection<Document> reference) {
        Bson filter = randomFilter();
        // A unique tie-breaker (_id) in every sort: ties between documents may come in any order (contract).
        Document sort = switch (random.nextInt(5)) {
            case 0 -> new Document("updatedAt", -1).append("_id", -1);
            case 1 -> new Document("year", 1).append("_id", 1);
            case 2 -> new Document("status", 1).append("year", -1).append("_id", 1);
            case 3 -> new Document("tenant", 1).append("updatedAt", -1).append("_id", -1);
            default -> null;
        };
        int skip = random.nextInt(3) == 0 ? random.nextInt(30) : 0;
        int limit = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(25);
        String what = filter + " sort " + sort + " skip " + skip + " limit " + limit;
        if (sort == null) {
            assertEquals(ids(reference.find(filter)), ids(indexed.find(filter)), what);
        } else {
            List<Document> expected = reference.find(filter).sort(sort).skip(skip).limit(limit).into(new ArrayList<>());
            List<Document> actual = indexed.find(filter).sort(sort).skip(skip).limit(limit).into(new ArrayList<>());
            if (!orderedIds(expected).equals(orderedIds(actual))) {
                int i = 0;
                while (i < Math.min(expected.size(), actual.size()) && expected.get(i).get("_id").equals(actual.get(i).get("_id"))) {
                    i++;
                }
                assertEquals(expected.subList(i, Math.min(i + 3, expected.size())).toString(),
                        actual.subList(i, Math.min(i + 3, actual.size())).toString(), what + " at " + i + " plan "
                        + collection.lastPlan());
            }
        }
        CountOptions options = new CountOptions().skip(skip);
        if (limit > 0) {
            options.limit(limit);
        }
        assertEquals(reference.countDocuments(filter, options), indexed.countDocuments(filter, options), "count " + what);
    }

    private Bson randomFilter() {
        String tenant = pick(TENANTS);
        String unit = pick(UNITS);
        Instant when = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(1000) * 3600L);
        return switch (random.nextInt(14)) {
            case 0 -> new Document("tenant", tenant);
            case 1 -> new Document("tenant", tenant).append("status", pick(STATUSES));
            case 2 -> new Document("tenant", tenant).append("status", new Document("$in", List.of(pick(STATUSES),
                    pick(STATUSES))));
            case 3 -> new Document("tenant", tenant).append("updatedAt", new Document("$gte", when)
                    .append("$lt", when.plusSeconds(200 * 3600L)));
            case 4 -> new Document("tenant", tenant).append("$or", List.of(new Document("unitPath", unit),
                    new Document("routeUnits", unit)));
            case 5 -> new Document("year", new Document("$gt", 2024));
            case 6 -> new Document("routeUnits", unit);
            case 7 -> new Document("score", null);
            case 8 -> new Document("unitPath", new Document("$in", List.of(unit, pick(UNITS))));
            case 9 -> new Document("tenant", tenant).append("status", pick(STATUSES)).append("year",
                    random.nextBoolean() ? 2025 : 2025.0);
            case 10 -> new Document("$and", List.of(new Document("$or", List.of(new Document("tenant", tenant),
                    new Document("tenant", pick(TENANTS)).append("routeUnits", unit))),
                    new Document("year", new Document("$lte", 2026L))));
            case 11 -> new Document("tenant", tenant).append("status", new Document("$ne", "DRAFT"));
            case 12 -> new Document("n.code", new Document("$gte", "c2")).append("score", 3);
            default -> new Document();
        };
    }

    private List<Document> documents(int n) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Document d = new Document("_id", new ObjectId()).append("tenant", pick(TENANTS))
                    .append("status", pick(STATUSES));
            if (random.nextInt(6) > 0) {
                d.append("updatedAt", Instant.ofEpochSecond(1_700_000_000L + random.nextInt(1000) * 3600L));
            }
            switch (random.nextInt(4)) {
                case 0 -> d.append("year", 2020 + random.nextInt(10));
                case 1 -> d.append("year", (long) (2020 + random.nextInt(10)));
                case 2 -> d.append("year", 2020.0 + random.nextInt(10));
                default -> { }
            }
            List<String> route = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                route.add(pick(UNITS));
            }
            if (random.nextInt(5) > 0) {
                d.append("routeUnits", route);
            }
            if (random.nextBoolean()) {
                d.append("unitPath", random.nextBoolean() ? pick(UNITS) : List.of(pick(UNITS), pick(UNITS)));
            }
            d.append("n", new Document("code", "c" + random.nextInt(5)));
            Object score = switch (random.nextInt(5)) {
                case 0 -> null;
                case 1 -> 3;
                case 2 -> 3.0;
                case 3 -> "3";
                default -> 7.5;
            };
            if (random.nextInt(4) > 0) {
                d.append("score", score);
            }
            documents.add(d);
        }
        return documents;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static List<Object> orderedIds(Iterable<Document> documents) {
        List<Object> ids = new ArrayList<>();
        documents.forEach(d -> ids.add(d.get("_id")));
        return ids;
    }

    private static HashSet<Object> ids(Iterable<Document> documents) {
        return new HashSet<>(orderedIds(documents));
    }
}
