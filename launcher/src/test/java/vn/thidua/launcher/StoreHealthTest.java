package vn.thidua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's readiness endpoint against a real mongo-java-server: UP while queries answer, 503 DOWN within the
 * deadline when the server keeps its port but answers nothing (the out-of-heap store of issue 15), UP again after.
 */
class StoreHealthTest {

    private static final Duration DEADLINE = Duration.ofSeconds(2);

    /** A backend that can be made to hold every command, as a store whose workers are stuck would. */
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

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private StallingBackend backend;
    private MongoServer server;
    private StoreHealth health;
    private boolean serverStopped;

    @BeforeEach
    void start() throws Exception {
        backend = new StallingBackend();
        server = new MongoServer(backend);
        int storePort = server.bind().getPort();
        health = StoreHealth.start(storePort, 0, DEADLINE);
    }

    @AfterEach
    void stop() {
        release();
        health.close();
        if (!serverStopped) {
            // Only once: a second shutdown can wait forever on a channel accepted while the first one ran.
            server.shutdownNow();
        }
    }

    @Test
    void answeringStoreIsUpWithItsLatency() throws Exception {
        HttpResponse<String> response = get("/health/ready");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"status\":\"UP\",\"latencyMs\":");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void aStoreThatKeepsItsPortButAnswersNothingIsDownWithinTheDeadlineAndUpAgainAfter() throws Exception {
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        backend.stall = new CountDownLatch(1);

        long started = System.nanoTime();
        HttpResponse<String> stalled = get("/health/ready");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(stalled.statusCode()).isEqualTo(503);
        assertThat(stalled.body()).startsWith("{\"status\":\"DOWN\",\"reason\":");
        assertThat(millis).as("answered in %d ms", millis).isLessThan(DEADLINE.toMillis() + 2000);
        // Liveness is the process, not the store: it still answers.
        assertThat(get("/health/live").statusCode()).isEqualTo(200);

        release();
        assertThat(eventuallyUp()).isTrue();
    }

    @Test
    void aStoppedStoreIsDownWithinTheDeadline() throws Exception {
        server.shutdownNow();
        serverStopped = true;
        long started = System.nanoTime();
        HttpResponse<String> response = get("/health/ready");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(millis).as("answered in %d ms", millis).isLessThan(DEADLINE.toMillis() + 2000);
    }

    private boolean eventuallyUp() throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            if (get("/health/ready").statusCode() == 200) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private void release() {
        CountDownLatch current = backend.stall;
        backend.stall = null;
        if (current != null) {
            current.countDown();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + health.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
