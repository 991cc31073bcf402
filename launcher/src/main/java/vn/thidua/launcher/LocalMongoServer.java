package vn.thidua.launcher;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded MongoDB-compatible store of the local stack: mongo-java-server speaking the MongoDB wire protocol,
 * with the H2 backend so data survives restarts. The services reach it with the real MongoDB Java Driver, exactly
 * as they reach a MongoDB replica set in production. It has no transactions; the services do not need them.
 *
 * <p>Usage: {@code java -jar launcher.jar store [port] [data-file]}. By default a sorted, limited query (every
 * paginated list) keeps only the page it answers while it scans ({@link BoundedH2Backend}); without that, one list
 * over a large collection held every matching document in the heap and ran the store out of memory (issue 15).
 * {@code -Dthidua.store.backend=h2} selects mongo-java-server's unchanged H2 backend (for comparison);
 * {@code -Dthidua.store.cache-mb=N} sets H2's page cache (default 16 MiB, H2's own default).
 */
final class LocalMongoServer {

    private LocalMongoServer() {
    }

    static void run(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 27018;
        Path file = Path.of(args.length > 1 ? args[1] : ".data/mongo/thidua.mv.db").toAbsolutePath();
        Files.createDirectories(file.getParent());
        int cacheMb = Integer.getInteger("thidua.store.cache-mb", 16);
        MVStore store = new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMb).open();
        boolean plain = "h2".equals(System.getProperty("thidua.store.backend"));
        H2Backend backend = plain ? new H2Backend(store) : new BoundedH2Backend(store);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        StoreHealth.start(port); // readiness = a query answered within 2 s, on port + 1 (./thidua status, up)
        System.out.println("MongoDB-compatible store listening on 127.0.0.1:" + port + ", data in " + file
                + " (" + (plain ? "H2 backend" : "H2 backend, bounded sorted queries") + ", cache " + cacheMb + " MiB)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Closing the backend flushes H2 so nothing acknowledged is lost on ./thidua down.
            server.shutdown();
            stopped.countDown();
        }));
        stopped.await();
    }
}
