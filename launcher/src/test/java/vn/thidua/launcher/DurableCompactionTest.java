package vn.thidua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.launcher.store.IndexedH2Backend;

/**
 * With durability on (one commit per write command, H2's background thread off) the data file stays bounded: the
 * same rewrite-heavy work — documents updated again and again, each update also moving index entries — leaves a
 * file several times smaller when {@link DurableBackend} frees dead chunks at once (readers register the version they
 * read instead of H2's 45 s retention) and compacts, and every document and index still reads back. "Without" is
 * how the store ran before: H2's retention, no compaction.
 */
class DurableCompactionTest {

    private static final int DOCUMENTS = 100;
    private static final int ROUNDS = 15;

    @TempDir
    Path folder;

    @Test
    void compactionKeepsTheFileBoundedUnderRewrites() throws Exception {
        Result without = run(folder.resolve("without.mv.db"), new DurableBackend.Compaction(-1, 80, 8 << 20, -1));
        Result with = run(folder.resolve("with.mv.db"), new DurableBackend.Compaction(0, 80, 8 << 20, 0));
        System.out.printf("durable compaction: file %,d bytes without, %,d with (%d compaction steps)%n",
                without.bytes(), with.bytes(), with.compactions());
        assertThat(without.compactions()).isZero();
        assertThat(with.compactions()).isPositive();
        assertThat(with.bytes()).isLessThan(without.bytes() / 2);
        assertThat(with.documents()).isEqualTo(without.documents()).hasSize(DOCUMENTS)
                .allSatisfy(d -> assertThat(d.get("updatedAt")).isEqualTo(ROUNDS));
    }

    @Test
    void anIndexBuildOnALargeCollectionCommitsBetweenBatches() throws Exception {
        Path file = folder.resolve("build.mv.db");
        MVStore store = DurableBackend.builder(DurableBackend.Mode.COMMIT).fileName(file.toString()).open();
        DurableBackend backend = new DurableBackend(new IndexedH2Backend(store), store, DurableBackend.Mode.COMMIT);
        MongoServer server = new MongoServer(backend);
        String before = System.setProperty("thidua.store.index-build-batch", "500");
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            MongoCollection<Document> c = client.getDatabase("thidua-registration").getCollection("progress");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                batch.add(new Document("_id", i).append("unitCode", "u" + i % 40).append("year", 2020 + i % 10));
            }
            c.insertMany(batch);
            long commits = backend.commits();
            c.createIndex(new Document("unitCode", 1).append("year", 1));
            // 2,000 documents in batches of 500: four checkpoints, then the command's own commit.
            assertThat(backend.commits() - commits).isEqualTo(5);
            assertThat(c.countDocuments(Filters.and(Filters.eq("unitCode", "u7"), Filters.gte("year", 2025))))
                    .isEqualTo(batch.stream().filter(d -> d.get("unitCode").equals("u7")
                            && (Integer) d.get("year") >= 2025).count());
            c.insertOne(new Document("_id", -1).append("unitCode", "u7").append("year", 2030));
            assertThat(c.countDocuments(Filters.eq("unitCode", "u7"))).isEqualTo(51);
        } finally {
            if (before == null) {
                System.clearProperty("thidua.store.index-build-batch");
            } else {
                System.setProperty("thidua.store.index-build-batch", before);
            }
            server.shutdownNow();
        }
    }

    private record Result(long bytes, long compactions, List<Document> documents) {
    }

    private static Result run(Path file, DurableBackend.Compaction compaction) throws Exception {
        MVStore store = DurableBackend.builder(DurableBackend.Mode.COMMIT).fileName(file.toString()).open();
        DurableBackend backend = new DurableBackend(new IndexedH2Backend(store), store, DurableBackend.Mode.COMMIT,
                compaction);
        MongoServer server = new MongoServer(backend);
        List<Document> documents;
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            MongoCollection<Document> c = client.getDatabase("thidua-award").getCollection("dossiers");
            c.createIndex(new Document("tenant", 1).append("updatedAt", -1));
            c.createIndex(new Document("status", 1));
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                batch.add(new Document("_id", "d" + i).append("tenant", "t" + i % 7).append("status", "DRAFT")
                        .append("updatedAt", 0).append("body", "x".repeat(2000)));
            }
            c.insertMany(batch);
            for (int round = 1; round <= ROUNDS; round++) {
                for (int i = 0; i < DOCUMENTS; i++) {
                    c.updateOne(Filters.eq("_id", "d" + i), Updates.combine(Updates.set("updatedAt", round),
                            Updates.set("status", "S" + round % 3)));
                }
            }
            documents = c.find(Filters.eq("status", "S" + ROUNDS % 3)).sort(new Document("_id", 1))
                    .into(new ArrayList<>());
        } finally {
            server.shutdownNow();
        }
        return new Result(Files.size(file), backend.compactions(), documents);
    }
}
