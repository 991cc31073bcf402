package vn.thidua.benchmarks.volume;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;

/**
 * The platform as a client sees it: GETs through the gateway with a real Keycloak access token per demo user
 * (password grant, client {@code thidua-dev-cli}, password {@code demo}). A token is fetched again when it is older
 * than a minute, outside any timed request, so it never expires during a run and its fetch is never measured.
 * Loopback only. The token comes from {@code localhost}: its issuer must be the one the services trust
 * ({@code KEYCLOAK_ISSUER}, http://localhost:8180/realms/thidua), or every request is 401.
 */
final class Gateway {

    /** One answer: status, time in milliseconds, body (null on a transport failure, then status is 0). */
    record Answer(int status, double ms, String body, String error) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        Document json() {
            return body == null || body.isBlank() || body.charAt(0) != '{' ? null : Document.parse(body);
        }
    }

    private static final long TOKEN_MAX_AGE_NANOS = 60_000_000_000L;

    private final String gateway;
    private final URI tokenUri;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Long> fetchedAt = new HashMap<>();

    Gateway(String gateway, String keycloak, Duration timeout) {
        this.gateway = gateway;
        this.tokenUri = URI.create(keycloak + "/realms/thidua/protocol/openid-connect/token");
        this.timeout = timeout;
    }

    /** A valid access token of the user (fetched when missing or older than a minute). */
    synchronized String token(String user) {
        Long at = fetchedAt.get(user);
        if (at == null || System.nanoTime() - at > TOKEN_MAX_AGE_NANOS) {
            String form = "grant_type=password&client_id=thidua-dev-cli&username=" + enc(user) + "&password=demo";
            HttpRequest request = HttpRequest.newBuilder(tokenUri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Keycloak refused " + user + ": " + response.statusCode() + " "
                            + response.body());
                }
                tokens.put(user, Document.parse(response.body()).getString("access_token"));
                fetchedAt.put(user, System.nanoTime());
            } catch (IOException e) {
                throw new IllegalStateException("no token for " + user + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return tokens.get(user);
    }

    /** GET path as user; the time covers sending the request and reading the whole body. */
    Answer get(String user, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(timeout)
                .header("Authorization", "Bearer " + token(user)).header("Accept", "application/json")
                .header("Accept-Language", "en").GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), (System.nanoTime() - start) / 1e6, response.body(), null);
        } catch (IOException e) {
            return new Answer(0, (System.nanoTime() - start) / 1e6, null, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, (System.nanoTime() - start) / 1e6, null, "interrupted");
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
