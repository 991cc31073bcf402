package vn.thidua.launcher.store.equivalence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The keyset walk is a faithful oracle only if, on one store, its pages put together are the plain sorted list. */
class KeysetWalkTest {

    @Test
    void pagesTogetherAreTheSortedList() {
        try (StorePair pair = StorePair.of(MemoryBackend::new, MemoryBackend::new)) {
            MongoDatabase db = pair.reference();
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 37; i++) {
                documents.add(new Document("_id", i).append("tenant", i % 3 == 0 ? "79" : "01")
                        .append("updatedAt", new Date(1000L * (i % 5))).append("name", "n" + (i % 4)));
            }
            db.getCollection("dossiers").insertMany(documents);
            Document scope = new Document("tenant", "01");
            for (Document sort : List.of(new Document("updatedAt", -1).append("_id", -1),
                    new Document("updatedAt", 1).append("name", -1).append("_id", -1))) {
                List<String> plain = new ArrayList<>();
                db.getCollection("dossiers").find(scope).sort(sort).forEach(d -> plain.add(Op.json(d)));
                List<String> walked = new KeysetWalk("dossiers", scope, sort, 4, 100).run(db).stream()
                        .filter(s -> !s.startsWith("-- page")).toList();
                assertEquals(plain, walked, sort.toJson());
            }
        }
    }
}
