package vn.thidua.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.thidua.shared.test.TestHttp;

/** The running stack as the launcher started it: real Keycloak tokens, calls through the gateway. */
final class Stack {

    static final String GATEWAY = System.getProperty("thidua.gateway.url", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("thidua.keycloak.url", "http://localhost:8180");
    static final String REALM = KEYCLOAK + "/realms/thidua";
    static final Path ROOT = Path.of(System.getProperty("thidua.root", "..")).toAbsolutePath().normalize();
    static final TestHttp GATEWAY_HTTP = new TestHttp(GATEWAY);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    /** A cached access token and when to stop using it (a margin before its expiry). */
    private record Token(String value, long useUntilMillis) {
    }

    private Stack() {
    }

    /**
     * A real access token of a demo user, by the development realm's direct-grant test client. Tokens live 300 s and
     * the whole suite runs longer than that: a cached token is renewed 60 s before it expires.
     */
    static String token(String username) {
        return TOKENS.compute(username, (u, cached) -> cached != null
                && cached.useUntilMillis() > System.currentTimeMillis() ? cached
                : new Token(login("thidua-dev-cli", u), System.currentTimeMillis() + 240_000L)).value();
    }

    static String login(String client, String username) {
        return loginTo("thidua", client, username, "demo");
    }

    static String loginTo(String realm, String client, String username, String password) {
        String form = "grant_type=password&client_id=" + client + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/" + realm
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("login " + username + ": " + response.statusCode() + " "
                        + response.body());
            }
            return TestHttp.JSON.readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code ./thidua <args>} and returns its exit code. */
    static int launcher(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = ROOT.resolve("thidua").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO().start();
            return process.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
