package vn.thidua.award.checks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A MongoDB (mongo-java-server, in memory, a fresh database each) for store-backed tests without a Spring context. */
public final class InMemoryStore implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    public final MongoTemplate mongo;

    public InMemoryStore() {
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "checks-" + UUID.randomUUID());
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
