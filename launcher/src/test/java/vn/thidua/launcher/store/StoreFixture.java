package vn.thidua.launcher.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;

/** An indexed store on an H2 file (and, for comparisons, a memory store), each reached through the real driver. */
final class StoreFixture implements AutoCloseable {

    final Path file;
    final MVStore mvStore;
    final IndexedH2Backend backend;
    private final MongoServer server;
    final MongoClient client;

    StoreFixture(Path file) {
        this.file = file;
        this.mvStore = new MVStore.Builder().fileName(file.toString()).open();
        this.backend = new IndexedH2Backend(mvStore);
        this.server = new MongoServer(backend);
        this.client = client(server.bind());
    }

    static MongoClient client(InetSocketAddress address) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build());
    }

    /** mongo-java-server's memory backend: the reference for results. */
    static final class Memory implements AutoCloseable {
        private final MongoServer server = new MongoServer(new MemoryBackend());
        final MongoClient client = client(server.bind());

        @Override
        public void close() {
            client.close();
            server.shutdownNow();
        }
    }

    IndexedCollection collection(String database, String name) {
        return (IndexedCollection) backend.resolveDatabase(database).resolveCollection(name, true);
    }

    /** The entries of every secondary index of the collection equal those of a fresh build. */
    static void assertIndexesEqualRebuild(IndexedCollection collection, MVStore store) {
        int n = 0;
        for (SecondaryIndex index : collection.secondaryIndexes()) {
            SecondaryIndex rebuilt = new SecondaryIndex(store, "test.rebuild." + index.getName() + "." + n++,
                    index.getName(), index.getKeys(), index.isSparseIndex());
            rebuilt.build(collection.allDocuments());
            List<String> actual = keys(index);
            List<String> expected = keys(rebuilt);
            rebuilt.drop();
            if (!actual.equals(expected)) {
                throw new AssertionError(index + ": " + actual.size() + " entries, a rebuild has "
                        + expected.size() + "; first difference "
                        + actual.stream().filter(k -> !expected.contains(k)).findFirst().orElse("-") + " / "
                        + expected.stream().filter(k -> !actual.contains(k)).findFirst().orElse("-"));
            }
        }
    }

    static List<String> keys(SecondaryIndex index) {
        List<String> keys = new ArrayList<>();
        Iterator<byte[][]> entries = index.entries(new byte[0], null, false);
        entries.forEachRemaining(e -> keys.add(Arrays.toString(e[0]) + "=" + Arrays.toString(e[1])));
        return keys;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow(); // closes the backend, which closes (and commits) the MVStore
    }
}
