package vn.thidua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: "acknowledged means durable". A commune officer who saw "saved" must find the record after the store
 * process is killed ({@code kill -9}, no shutdown hook) and started again: 300 acknowledged writes, kill, restart,
 * count — five times over the same data file. Before {@link DurableBackend} the last second of writes was lost.
 */
class AcknowledgedWritesSurviveKillTest {

    private static final int WRITES = 300;
    private static final int ROUNDS = 5;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedWriteIsThereAfterAKill() throws Exception {
        Path file = folder.resolve("store.mv.db");
        int port = StoreProcess.freePort();
        try (StoreProcess store = new StoreProcess(file, folder.resolve("store.log"), port, List.of())) {
            for (int round = 1; round <= ROUNDS; round++) {
                store.start(Duration.ofSeconds(60));
                try (MongoClient client = MongoClients.create(store.uri())) {
                    MongoCollection<Document> progress = client.getDatabase("thidua-registration")
                            .getCollection("progress");
                    assertThat(progress.countDocuments())
                            .as("after restart %d: every write acknowledged before the kill", round - 1)
                            .isEqualTo((long) WRITES * (round - 1));
                    for (int i = 0; i < WRITES; i++) {
                        // One acknowledged write at a time, as a phone saving results one by one.
                        progress.insertOne(new Document("_id", round + "-" + i).append("round", round)
                                .append("indicator", "NTM_CRITERIA_MET").append("value", i));
                    }
                }
                store.kill();
            }
            store.start(Duration.ofSeconds(60));
            try (MongoClient client = MongoClients.create(store.uri())) {
                assertThat(client.getDatabase("thidua-registration").getCollection("progress").countDocuments())
                        .isEqualTo((long) WRITES * ROUNDS);
            }
        }
    }
}
