package vn.thidua.benchmarks.volume;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.postgresql.PostgresqlBackend;
import java.util.concurrent.CountDownLatch;

/**
 * The comparison store: mongo-java-server with its PostgreSQL backend (copied from v1.47.0, see
 * {@code de.bwaldvogel.mongo.backend.postgresql}) on a PostgreSQL server, as its own process.
 *
 * <pre>java -Xmx320m -cp … vn.thidua.benchmarks.volume.PgStore 27203 jdbc:postgresql://127.0.0.1:55432/thidua postgres</pre>
 */
public final class PgStore {

    private PgStore() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[1]);
        config.setUsername(args.length > 2 ? args[2] : "postgres");
        config.setMaximumPoolSize(8);
        HikariDataSource dataSource = new HikariDataSource(config);
        MongoServer server = new MongoServer(new PostgresqlBackend(dataSource));
        server.bind("127.0.0.1", port);
        System.out.println("MongoDB-compatible store (PostgreSQL backend) listening on 127.0.0.1:" + port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            dataSource.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
