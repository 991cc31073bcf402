package vn.thidua.registration.units;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;

/**
 * The service over real HTTP, the production security chain and a MongoDB wire-protocol server, with the real
 * bundled dataset imported at start-up as in production. Test classes extending this share one application
 * context, so the dataset is imported once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
abstract class RegistryWebTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "units-test");
    }

    @LocalServerPort
    int port;

    TestHttp http;

    @org.springframework.beans.factory.annotation.Autowired
    protected org.springframework.data.mongodb.core.MongoTemplate mongo;

    @BeforeEach
    void setUpHttp() {
        http = new TestHttp("http://localhost:" + port);
    }
}
