package vn.thidua.shared.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.thidua.shared.security.TrustedIssuers;

/**
 * What a service's web tests import: the production security chain trusting the test key, and a real
 * MongoDB wire-protocol server (mongo-java-server, in memory) reached through the MongoDB Java Driver.
 * Set {@code MONGODB_URI} to run the same tests against a real MongoDB.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PlatformTestSupport {

    private static MongoServer server;
    private static String uri;

    @Bean
    TrustedIssuers<JwtDecoder> servletTrustedIssuers() {
        return TestTokens.trustedIssuers();
    }

    /** Call from a test class's {@code @DynamicPropertySource} method. */
    public static void mongoProperties(DynamicPropertyRegistry registry, String database) {
        String external = System.getenv("MONGODB_URI");
        registry.add("spring.mongodb.uri", () -> external != null ? external : startInMemory());
        registry.add("spring.mongodb.database", () -> database + "-" + Long.toHexString(System.nanoTime()));
        registry.add("spring.config.import", () -> "");
        registry.add("spring.cloud.config.enabled", () -> "false");
        registry.add("thidua.security.issuers[0].issuer-uri", () -> TestTokens.ISSUER);
    }

    private static synchronized String startInMemory() {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
            uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        }
        return uri;
    }
}
