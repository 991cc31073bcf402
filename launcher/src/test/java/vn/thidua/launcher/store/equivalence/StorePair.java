package vn.thidua.launcher.store.equivalence;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;

/**
 * Two in-process MongoServers reached through the real driver, as the services reach the store: the reference
 * (mongo-java-server's memory backend, unless a test passes another) and the candidate on an MVStore in a temp
 * file, so {@link #reopenCandidate()} can close it and open it again from disk. Ephemeral loopback ports, so runs
 * never collide with a stack on the fixed ports.
 */
final class StorePair implements AutoCloseable {

    static final String DATABASE = "thidua-award";

    private final Supplier<MongoBackend> referenceBackend;
    private final Path file;
    private final MongoServer referenceServer;
    private final MongoClient referenceClient;
    private MongoServer candidateServer;
    private MongoClient candidateClient;

    /** Memory backend against the candidate on a fresh temp file. */
    static StorePair memoryVersusCandidate() {
        return new StorePair(de.bwaldvogel.mongo.backend.memory.MemoryBackend::new, null);
    }

    /** For tests of the harness itself: any reference, and this backend (not reopenable) as the candidate. */
    static StorePair of(Supplier<MongoBackend> reference, Supplier<MongoBackend> candidate) {
        return new StorePair(reference, candidate);
    }

    private StorePair(Supplier<MongoBackend> reference, Supplier<MongoBackend> fixedCandidate) {
        this.referenceBackend = reference;
        try {
            this.file = fixedCandidate == null ? Files.createTempFile("thidua-equivalence-", ".mv.db") : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        referenceServer = new MongoServer(referenceBackend.get());
        referenceClient = client(referenceServer);
        candidateServer = new MongoServer(fixedCandidate != null ? fixedCandidate.get() : openCandidate());
        candidateClient = client(candidateServer);
    }

    MongoDatabase reference() {
        return referenceClient.getDatabase(DATABASE);
    }

    MongoDatabase candidate() {
        return candidateClient.getDatabase(DATABASE);
    }

    boolean reopenable() {
        return file != null;
    }

    /** Shuts the candidate down (which closes its MVStore) and opens a new backend on the same file. */
    void reopenCandidate() {
        if (!reopenable()) {
            return;
        }
        candidateClient.close();
        candidateServer.shutdownNow();
        candidateServer = new MongoServer(openCandidate());
        candidateClient = client(candidateServer);
    }

    private MongoBackend openCandidate() {
        return CandidateBackend.open(new MVStore.Builder().fileName(file.toString()).open());
    }

    private static MongoClient client(MongoServer server) {
        java.net.InetSocketAddress address = server.bind();
        String uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        return MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.readTimeout(60, TimeUnit.SECONDS))
                .build());
    }

    @Override
    public void close() {
        referenceClient.close();
        candidateClient.close();
        referenceServer.shutdownNow();
        candidateServer.shutdownNow();
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A leftover temp file is harmless; the result of the run is what matters.
            }
        }
    }
}
