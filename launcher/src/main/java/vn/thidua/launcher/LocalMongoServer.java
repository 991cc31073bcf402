package vn.thidua.launcher;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import vn.thidua.launcher.store.BoundedH2Backend;
import vn.thidua.launcher.store.IndexedH2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded MongoDB-compatible store of the local stack: mongo-java-server speaking the MongoDB wire protocol,
 * with the H2 backend so data survives restarts. The services reach it with the real MongoDB Java Driver, exactly
 * as they reach a MongoDB replica set in production. It has no transactions; the services do not need them.
 *
 * <p>Usage: {@code java -jar launcher.jar store [port] [data-file]}. By default the services' indexes are real
 * ({@link IndexedH2Backend}): lists and counts read index ranges instead of scanning their collection, and
 * {@code maxTimeMS} is honoured (issue 15). {@code -Dthidua.store.backend=bounded} selects the scanning backend
 * that only bounds a sorted query's memory ({@link BoundedH2Backend}), {@code h2} mongo-java-server's unchanged H2
 * backend (both for comparison; all three share the data format); {@code -Dthidua.store.cache-mb=N} sets H2's page
 * cache (default 16 MiB, H2's own default); {@code -Dthidua.store.max-query-ms} the indexed backend's time limit of a
 * query whose client sends no {@code maxTimeMS} (default 30000).
 * {@code -Dthidua.store.durability=sync|commit|off}: a write is answered once committed and forced to disk (default),
 * committed to the operating system only, or left to H2's one-second auto-commit ({@link DurableBackend}).
 */
final class LocalMongoServer {

    private LocalMongoServer() {
    }

    static void run(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 27018;
        Path file = Path.of(args.length > 1 ? args[1] : ".data/mongo/thidua.mv.db").toAbsolutePath();
        Files.createDirectories(file.getParent());
        int cacheMb = Integer.getInteger("thidua.store.cache-mb", 16);
        DurableBackend.Mode durability = DurableBackend.configuredMode();
        MVStore store = DurableBackend.builder(durability).fileName(file.toString()).cacheSize(cacheMb).open();
        String kind = System.getProperty("thidua.store.backend", "indexed");
        H2Backend backend;
        String description;
        switch (kind) {
            case "h2" -> {
                backend = new H2Backend(store);
                description = "H2 backend";
            }
            case "bounded" -> {
                backend = new BoundedH2Backend(store);
                description = "H2 backend, bounded sorted queries";
            }
            case "indexed" -> {
                backend = new IndexedH2Backend(store);
                description = "H2 backend, secondary indexes, max query "
                        + Long.getLong("thidua.store.max-query-ms", 30_000L) + " ms";
            }
            default -> throw new IllegalArgumentException(
                    "thidua.store.backend must be indexed, bounded or h2, not " + kind);
        }
        DurableBackend durable = new DurableBackend(backend, store, durability);
        MongoServer server = new MongoServer(durable);
        // mongo-java-server runs each command on the netty event loop its connection is pinned to (2 × cores by
        // default): a long query blocked every connection sharing its loop, the drivers' heartbeats included (seen
        // as "Read timed out" and the store marked unknown while one index build or scan ran). One loop per
        // connection, up to this many, keeps other clients answering while one query works.
        int workers = Integer.getInteger("thidua.store.worker-threads", 64);
        server.bind(new java.net.InetSocketAddress("127.0.0.1", port), 1, workers);
        // readiness = a query answered within 2 s, on port + 1 (./thidua status, up); online backups on the same port
        StoreHealth health = StoreHealth.start(port);
        if (health != null) {
            health.serveBackups(new StoreSnapshot(store, durable::quiescent, file.getParent().resolve("backups")));
        }
        System.out.println("MongoDB-compatible store listening on 127.0.0.1:" + port + ", data in " + file
                + " (" + kind + ": " + description + ", cache " + cacheMb + " MiB, durability "
                + durability.name().toLowerCase(java.util.Locale.ROOT) + ")");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Closing the backend flushes H2 so nothing acknowledged is lost on ./thidua down.
            server.shutdown();
            stopped.countDown();
        }));
        stopped.await();
    }
}
