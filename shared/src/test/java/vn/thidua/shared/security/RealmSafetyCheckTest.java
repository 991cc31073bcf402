package vn.thidua.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A token endpoint that grants the overlay's credentials, or the literal placeholder Keycloak keeps for an unset
 * variable, is found out; a production realm grants none of them.
 */
class RealmSafetyCheckTest {

    HttpServer server;

    /** A token endpoint that grants exactly the forms this predicate accepts. */
    URI endpoint(Predicate<String> grants) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/thidua/protocol/openid-connect/token", exchange -> {
            String form = URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(grants.test(form) ? 200 : 401, -1);
            exchange.close();
        });
        server.start();
        PlatformSecurityProperties.Issuer issuer = new PlatformSecurityProperties.Issuer();
        issuer.setIssuerUri("http://127.0.0.1:" + server.getAddress().getPort() + "/realms/thidua");
        return RealmSafetyCheck.tokenEndpoint(issuer);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    final RealmSafetyCheck check = new RealmSafetyCheck(new PlatformSecurityProperties());

    @Test
    void aProductionRealmGrantsNoneOfTheProbes() throws Exception {
        assertThat(check.granted(endpoint(form -> false))).isEmpty();
    }

    @Test
    void theDevelopmentOverlayIsFoundOut() throws Exception {
        List<String> granted = check.granted(endpoint(form -> form.contains("username=national.admin")
                && form.contains("password=demo") && form.contains("client_id=thidua-dev-cli")));
        assertThat(granted).containsExactly("the development overlay (password grant of thidua-dev-cli)");
    }

    @Test
    void aSecretLeftUnsetAtImportIsFoundOut() throws Exception {
        List<String> granted = check.granted(endpoint(form -> form.contains("client_id=thidua-reporting")
                && form.contains("client_secret=${THIDUA_REPORTING_SECRET}")));
        assertThat(granted).containsExactly("thidua-reporting accepts THIDUA_REPORTING_SECRET unset when the realm "
                + "was imported");
    }

    @Test
    void anEndpointThatDoesNotAnswerIsNotJudged() throws Exception {
        URI endpoint = endpoint(form -> true);
        server.stop(0);
        server = null;
        assertThat(check.granted(endpoint)).isNull();
    }
}
