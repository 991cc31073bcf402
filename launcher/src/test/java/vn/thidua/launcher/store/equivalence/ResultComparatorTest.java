package vn.thidua.launcher.store.equivalence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

/** The harness itself: it must see a dropped document, a wrong order and a wrong count, and nothing else. */
class ResultComparatorTest {

    @Test
    void aDroppedDocumentIsReported() {
        List<String> expected = List.of("{\"_id\": 1}", "{\"_id\": 2}", "{\"_id\": 3}");
        List<String> dropped = new ArrayList<>(expected);
        dropped.remove(1);
        String difference = ResultComparator.difference(expected, dropped).orElseThrow();
        assertTrue(difference.contains("candidate lacks 1: {\"_id\": 2}"), difference);
    }

    @Test
    void theSameAnswersInAnotherOrderAreReported() {
        String difference = ResultComparator.difference(List.of("a", "b", "c"), List.of("a", "c", "b")).orElseThrow();
        assertTrue(difference.contains("order differs first at 1"), difference);
    }

    @Test
    void equalAnswersAreNotReported() {
        assertTrue(ResultComparator.difference(List.of("a", "b"), List.of("a", "b")).isEmpty());
    }

    @Test
    void sortKeysTreatValuesMongoDbSortsAsEqualAsEqual() {
        Document sort = new Document("score", 1).append("plan.code", -1);
        String one = SortKeys.of(new Document("score", 1).append("plan", new Document("code", null)), sort);
        assertEquals(one, SortKeys.of(new Document("score", 1L), sort));
        assertEquals(one, SortKeys.of(new Document("score", 1.0), sort));
        assertEquals(one, SortKeys.of(new Document("score", Decimal128.parse("1.00")), sort));
        assertTrue(!one.equals(SortKeys.of(new Document("score", 1.5), sort)));
        assertTrue(!SortKeys.of(new Document("score", new Date(1)), sort).equals(SortKeys.of(
                new Document("score", 1), sort)));
    }

    /**
     * End to end: two memory backends agree on a whole generated run; then one document is deleted behind the
     * harness's back on one side only, and the next step that reads it reports it.
     */
    @Test
    void aStoreThatLosesADocumentIsCaught() {
        List<Op> ops = new OpGenerator(7).generate(400);
        try (StorePair pair = StorePair.of(MemoryBackend::new, MemoryBackend::new)) {
            EquivalenceRun.Result agreed = EquivalenceRun.run(pair, ops);
            assertEquals(null, agreed.mismatch());
            Document victim = pair.candidate().getCollection("dossiers").find().first();
            assertNotNull(victim);
            pair.candidate().getCollection("dossiers").deleteOne(Filters.eq("_id", victim.get("_id")));
            EquivalenceRun.Result caught = EquivalenceRun.run(pair, List.of(new ReadOps.Find("dossiers",
                    new Document(), new Document("_id", 1), 0, 0, ReadOps.Order.TOTAL, null, false)));
            assertNotNull(caught.mismatch());
            assertTrue(caught.mismatch().difference().contains("candidate lacks 1"), caught.mismatch().difference());
        }
    }
}
