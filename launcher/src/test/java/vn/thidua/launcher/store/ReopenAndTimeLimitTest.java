package vn.thidua.launcher.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes survive a restart, a lost or half-built index map is rebuilt at open, and maxTimeMS is honoured. */
class ReopenAndTimeLimitTest {

    private static final String MAP = "thidua-award.dossiers" + IndexedH2Backend.SECONDARY_INDEX_INFIX
            + "tenant_1_status_1";

    @TempDir
    Path dir;

    @Test
    void indexesSurviveAReopenAndAMissingOrIncompleteMapIsRebuilt() {
        Path file = dir.resolve("reopen.mv.db");
        List<String> entries;
        try (StoreFixture store = new StoreFixture(file)) {
            MongoCollection<Document> dossiers = store.client.getDatabase("thidua-award").getCollection("dossiers");
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                documents.add(new Document("tenant", "t" + i % 5).append("status", i % 3 == 0 ? "A" : "B"));
            }
            dossiers.insertMany(documents);
            dossiers.createIndex(new Document("tenant", 1).append("status", 1));
            entries = StoreFixture.keys(store.collection("thidua-award", "dossiers").secondaryIndexes().get(0));
            assertEquals(500, entries.size());
        }
        try (StoreFixture store = new StoreFixture(file)) {
            IndexedCollection collection = store.collection("thidua-award", "dossiers");
            assertEquals(entries, StoreFixture.keys(collection.secondaryIndexes().get(0)));
            MongoCollection<Document> dossiers = store.client.getDatabase("thidua-award").getCollection("dossiers");
            assertEquals(33, dossiers.countDocuments(new Document("tenant", "t1").append("status", "A")));
            assertTrue(collection.lastPlan().contains("exact"), collection.lastPlan());
            dossiers.insertOne(new Document("tenant", "t1").append("status", "A"));
        }
        // The index map deleted behind the store's back: rebuilt at open, with the document written since.
        try (MVStore raw = new MVStore.Builder().fileName(file.toString()).open()) {
            assertTrue(raw.hasMap(MAP));
            raw.removeMap(MAP);
        }
        try (StoreFixture store = new StoreFixture(file)) {
            IndexedCollection collection = store.collection("thidua-award", "dossiers");
            assertEquals(501, StoreFixture.keys(collection.secondaryIndexes().get(0)).size());
            StoreFixture.assertIndexesEqualRebuild(collection, store.mvStore);
        }
        // A build that did not finish (no "complete" mark): rebuilt at open.
        try (MVStore raw = new MVStore.Builder().fileName(file.toString()).open()) {
            raw.<String, String>openMap(SecondaryIndex.STATE_MAP).remove(MAP);
            raw.openMap(MAP, new org.h2.mvstore.MVMap.Builder<byte[], byte[]>()
                    .keyType(org.h2.mvstore.type.ByteArrayDataType.INSTANCE)
                    .valueType(org.h2.mvstore.type.ByteArrayDataType.INSTANCE)).clear();
        }
        try (StoreFixture store = new StoreFixture(file)) {
            IndexedCollection collection = store.collection("thidua-award", "dossiers");
            assertEquals(501, StoreFixture.keys(collection.secondaryIndexes().get(0)).size());
        }
    }

    @Test
    void dataFilesOfTheBoundedBackendOpenAndGainTheirIndexes() {
        Path file = dir.resolve("bounded.mv.db");
        MVStore mvStore = new MVStore.Builder().fileName(file.toString()).open();
        de.bwaldvogel.mongo.MongoServer bounded = new de.bwaldvogel.mongo.MongoServer(new BoundedH2Backend(mvStore));
        try (var client = StoreFixture.client(bounded.bind())) {
            MongoCollection<Document> units = client.getDatabase("thidua-registration").getCollection("units");
            units.createIndex(new Document("tenant", 1).append("path", 1));
            for (int i = 0; i < 50; i++) {
                units.insertOne(new Document("tenant", "t").append("path", "p" + i));
            }
        } finally {
            bounded.shutdownNow();
        }
        try (StoreFixture store = new StoreFixture(file)) {
            MongoCollection<Document> units = store.client.getDatabase("thidua-registration").getCollection("units");
            assertEquals(1, units.countDocuments(new Document("tenant", "t").append("path", "p7")));
            IndexedCollection collection = store.collection("thidua-registration", "units");
            assertTrue(collection.lastPlan().contains("exact"), collection.lastPlan());
            assertEquals(50, collection.secondaryIndexes().get(0).getCount());
        }
    }

    @Test
    void maxTimeMsEndsALongQueryWithMongoDbsTimeoutError() {
        try (StoreFixture store = new StoreFixture(dir.resolve("time.mv.db"))) {
            MongoCollection<Document> big = store.client.getDatabase("t").getCollection("big");
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 30_000; i++) {
                documents.add(new Document("i", i).append("text", "x".repeat(100)));
            }
            big.insertMany(documents);
            Document unindexed = new Document("text", new Document("$regex", "y"));
            assertThrows(MongoExecutionTimeoutException.class, () -> big.find(unindexed)
                    .maxTime(1, TimeUnit.MILLISECONDS).into(new ArrayList<>()));
            assertThrows(MongoExecutionTimeoutException.class, () -> big.countDocuments(unindexed,
                    new com.mongodb.client.model.CountOptions().maxTime(1, TimeUnit.MILLISECONDS)));
            assertThrows(MongoExecutionTimeoutException.class, () -> big.aggregate(List.of(
                    new Document("$match", unindexed), new Document("$sort", new Document("i", -1))))
                    .maxTime(1, TimeUnit.MILLISECONDS).into(new ArrayList<>()));
            // Without a limit of its own the query runs to its end (the store's ceiling is 30 s).
            assertFalse(big.find(unindexed).into(new ArrayList<>()).size() > 0);
        }
    }
}
