package vn.thidua.shared.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The readiness member {@code store} against a real MongoDB wire-protocol server reached by the driver: UP while
 * it answers, DOWN within its time limit when the server keeps its port but answers nothing, UP again after.
 */
class StoreHealthIndicatorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** Holds every command while {@code stall} is set, as a store whose workers are stuck would. */
    static final class StallingBackend extends MemoryBackend {
        volatile CountDownLatch stall;

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            CountDownLatch current = stall;
            if (current != null) {
                try {
                    current.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.handleCommand(channel, database, command, query);
        }
    }

    private StallingBackend backend;
    private MongoServer server;
    private MongoClient client;
    private StoreHealthIndicator indicator;

    @BeforeEach
    void start() {
        backend = new StallingBackend();
        server = new MongoServer(backend);
        var address = server.bind();
        // The service's own client settings: only the 5 s server-selection timeout, no socket timeout.
        client = MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(
                        "mongodb://" + address.getHostString() + ":" + address.getPort()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, java.util.concurrent.TimeUnit.SECONDS))
                .build());
        indicator = new StoreHealthIndicator(new MongoTemplate(client, "health-test"), TIMEOUT);
    }

    @AfterEach
    void stop() {
        release();
        client.close();
        server.shutdownNow();
    }

    @Test
    void upWhileTheStoreAnswers() {
        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKey("latencyMs");
    }

    @Test
    void downWithinItsTimeLimitWhenTheStoreAnswersNothingAndUpAgainAfter() {
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        backend.stall = new CountDownLatch(1);

        long started = System.nanoTime();
        Health stalled = indicator.health();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(stalled.getStatus()).isEqualTo(Status.DOWN);
        assertThat(millis).as("answered in %d ms", millis).isLessThan(TIMEOUT.toMillis() + 2000);

        release();
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    }

    private void release() {
        CountDownLatch current = backend.stall;
        backend.stall = null;
        if (current != null) {
            current.countDown();
        }
    }
}
