package vn.thidua.launcher;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded MongoDB-compatible store of the local stack: mongo-java-server speaking the MongoDB wire protocol,
 * with the H2 backend so data survives restarts. The services reach it with the real MongoDB Java Driver, exactly
 * as they reach a MongoDB replica set in production. It has no transactions; the services do not need them.
 *
 * <p>Usage: {@code java -jar launcher.jar store [port] [data-file]}.
 */
final class LocalMongoServer {

    private LocalMongoServer() {
    }

    static void run(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 27018;
        Path file = Path.of(args.length > 1 ? args[1] : ".data/mongo/thidua.mv.db").toAbsolutePath();
        Files.createDirectories(file.getParent());
        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        System.out.println("MongoDB-compatible store listening on 127.0.0.1:" + port + ", data in " + file);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Closing the backend flushes H2 so nothing acknowledged is lost on ./thidua down.
            server.shutdown();
            stopped.countDown();
        }));
        stopped.await();
    }
}
