package vn.thidua.shared.health;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The store as a member of the readiness group ({@code store}): a {@code ping} on the service's own database that
 * must answer within {@code thidua.store.health-timeout} (default 2 s).
 *
 * <p>Why not Boot's {@code mongo} indicator: it sends {@code hello}, which the embedded store does not know, so it
 * was DOWN on every local stack and turned {@code /actuator/health} into a 503 for no reason (issue 12); and it has
 * no time limit of its own, so a store that keeps its port but answers nothing held the health request for as long
 * as the socket (forever, by default). The driver's operation timeout ({@code withTimeout}) bounds the whole
 * probe — finding a server, the connection, the read — so readiness turns DOWN within seconds either way (issue 15).
 */
public class StoreHealthIndicator implements HealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final MongoTemplate mongo;
    private final Duration timeout;

    public StoreHealthIndicator(MongoTemplate mongo, Duration timeout) {
        this.mongo = mongo;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        long started = System.nanoTime();
        try {
            mongo.getDb().withTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).runCommand(PING);
            return Health.up().withDetail("latencyMs", (System.nanoTime() - started) / 1_000_000).build();
        } catch (RuntimeException e) {
            // The exception's class says enough (timeout, refused, selection); its message may carry addresses.
            return Health.down().withDetail("error", e.getClass().getSimpleName())
                    .withDetail("afterMs", (System.nanoTime() - started) / 1_000_000).build();
        }
    }
}
