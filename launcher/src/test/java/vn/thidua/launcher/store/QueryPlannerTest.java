package vn.thidua.launcher.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which plan the services' list shapes get, and how many documents a page and a count read. */
class QueryPlannerTest {

    private static final int DOSSIERS = 3000;

    @TempDir
    Path dir;

    private StoreFixture store;
    private MongoCollection<Document> dossiers;
    private IndexedCollection collection;

    @BeforeEach
    void load() {
        store = new StoreFixture(dir.resolve("planner.mv.db"));
        dossiers = store.client.getDatabase("thidua-award").getCollection("dossiers");
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            String tenant = String.format("%02d", i % 30);
            String district = tenant + "." + (i % 7);
            documents.add(new Document("_id", new ObjectId()).append("tenant", tenant)
                    .append("status", (i / 30) % 4 == 0 ? "IN_REVIEW" : "PUBLISHED")
                    .append("unitPath", List.of(tenant, district))
                    .append("routeUnits", List.of(tenant + "." + ((i + 1) % 7), "00"))
                    .append("updatedAt", Instant.ofEpochSecond(1_700_000_000L + (i * 7919L) % 100_000))
                    .append("year", 2021 + i % 10));
        }
        dossiers.insertMany(documents);
        dossiers.createIndex(new Document("tenant", 1).append("updatedAt", -1));
        dossiers.createIndex(new Document("tenant", 1).append("unitPath", 1).append("updatedAt", -1));
        dossiers.createIndex(new Document("tenant", 1).append("routeUnits", 1).append("updatedAt", -1));
        dossiers.createIndex(new Document("tenant", 1).append("status", 1).append("updatedAt", -1));
        dossiers.createIndex(new Document("updatedAt", -1));
        collection = store.collection("thidua-award", "dossiers");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aProvincePageWalksTheIndexInSortOrderAndReadsOnlyItsPage() {
        Document sort = new Document("updatedAt", -1).append("_id", -1);
        long before = collection.documentsFetched();
        List<Document> page = dossiers.find(new Document("tenant", "12")).sort(sort).skip(40).limit(20)
                .into(new ArrayList<>());
        assertEquals(20, page.size());
        assertTrue(collection.lastPlan().contains("tenant_1_updatedAt_-1 ordered"), collection.lastPlan());
        assertTrue(collection.documentsFetched() - before <= 60, () -> "fetched " + (collection.documentsFetched()
                - before));
        assertEquals(reference(new Document("tenant", "12"), sort, 40, 20), ids(page));
    }

    @Test
    void theNationalPageWalksTheWholeIndexButStopsAfterItsPage() {
        Document sort = new Document("updatedAt", -1).append("_id", -1);
        long before = collection.documentsFetched();
        List<Document> page = dossiers.find().sort(sort).limit(20).into(new ArrayList<>());
        assertTrue(collection.lastPlan().startsWith("updatedAt_-1 ordered"), collection.lastPlan());
        assertEquals(20, collection.documentsFetched() - before);
        assertEquals(reference(new Document(), sort, 0, 20), ids(page));
        // Ascending: the same index read backwards.
        dossiers.find().sort(new Document("updatedAt", 1).append("_id", 1)).limit(20).into(new ArrayList<>());
        assertTrue(collection.lastPlan().startsWith("updatedAt_-1 ordered-reverse"), collection.lastPlan());
    }

    @Test
    void aDistrictOrIsAUnionOfTwoOrderedWalksMergedAndDeduplicated() {
        Document filter = new Document("tenant", "12").append("$or", List.of(new Document("unitPath", "12.3"),
                new Document("routeUnits", "12.3")));
        Document sort = new Document("updatedAt", -1).append("_id", -1);
        long before = collection.documentsFetched();
        List<Document> page = dossiers.find(filter).sort(sort).limit(10).into(new ArrayList<>());
        assertTrue(collection.lastPlan().contains("tenant_1_unitPath_1_updatedAt_-1 ordered")
                && collection.lastPlan().contains("tenant_1_routeUnits_1_updatedAt_-1 ordered"), collection.lastPlan());
        assertTrue(collection.documentsFetched() - before <= 12, () -> "fetched " + (collection.documentsFetched()
                - before));
        assertEquals(reference(filter, sort, 0, 10), ids(page));
        assertEquals(scanCount(filter), dossiers.countDocuments(filter));
    }

    @Test
    void aCoveredCountReadsIndexKeysOnlyAndStopsAtItsLimit() {
        Document filter = new Document("tenant", "12").append("status", "IN_REVIEW");
        long before = collection.documentsFetched();
        assertEquals(25, scanCount(filter));
        before = collection.documentsFetched();
        assertEquals(25, dossiers.countDocuments(filter));
        assertTrue(collection.lastPlan().contains("exact"), collection.lastPlan());
        assertEquals(0, collection.documentsFetched() - before);
        assertEquals(5, dossiers.countDocuments(filter, new CountOptions().limit(5)));
        assertEquals(DOSSIERS, dossiers.countDocuments());
        // The count command too.
        Document answer = store.client.getDatabase("thidua-award").runCommand(new Document("count", "dossiers")
                .append("query", filter));
        assertEquals(scanCount(filter), ((Number) answer.get("n")).longValue());
        assertEquals(0, collection.documentsFetched() - before);
    }

    @Test
    void anUnindexedFilterFallsBackToTheBoundedScanAndAnswersTheSame() {
        Document filter = new Document("year", 2025);
        assertEquals(scanCount(filter), dossiers.countDocuments(filter));
        assertEquals("scan", collection.lastPlan());
        assertEquals(5, dossiers.find(filter).limit(5).into(new ArrayList<>()).size());
        assertEquals("scan", collection.lastPlan());
        // With a sort an index follows, the walk in order is chosen; it stops at the page's last match.
        dossiers.find(filter).sort(new Document("updatedAt", -1)).limit(5).into(new ArrayList<>());
        assertTrue(collection.lastPlan().startsWith("updatedAt_-1 ordered"), collection.lastPlan());
    }

    @Test
    void aRangeOnTheNextKeyAndAnInListUseTheIndex() {
        Instant from = Instant.ofEpochSecond(1_700_020_000L);
        Document filter = new Document("tenant", new Document("$in", List.of("03", "04")))
                .append("updatedAt", new Document("$gte", from).append("$lt", from.plusSeconds(30_000)));
        Document sort = new Document("updatedAt", -1).append("_id", -1);
        List<Document> page = dossiers.find(filter).sort(sort).limit(15).into(new ArrayList<>());
        assertTrue(collection.lastPlan().contains("tenant_1_updatedAt_-1 ordered"), collection.lastPlan());
        assertEquals(reference(filter, sort, 0, 15), ids(page));
        assertEquals(scanCount(filter), dossiers.countDocuments(filter));
        assertTrue(collection.lastPlan().contains("exact"), collection.lastPlan());
    }

    /**
     * The same query answered by the bounded scan: an $or with a branch no index serves is left to the re-check,
     * and nothing else is left to plan with.
     */
    private static Document unindexed(Document filter) {
        return new Document("$or", List.of(filter, new Document("noSuchField", "x")));
    }

    private List<Object> reference(Document filter, Document sort, int skip, int limit) {
        return ids(dossiers.find(unindexed(filter)).sort(sort).skip(skip).limit(limit).into(new ArrayList<>()));
    }

    private long scanCount(Document filter) {
        return dossiers.find(unindexed(filter))
                .into(new ArrayList<>()).size();
    }

    private static List<Object> ids(List<Document> documents) {
        return documents.stream().map(d -> d.get("_id")).toList();
    }
}
