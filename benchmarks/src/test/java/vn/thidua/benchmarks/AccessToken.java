package vn.thidua.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A Keycloak access token (password grant) shared by all virtual users, fetched again in the background at a
 * third of its lifetime (at most every 60 s), so it never expires during a run. Fetching happens outside
 * Gatling's HTTP stack and never on a request's path: it is not part of what is measured.
 */
final class AccessToken {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI tokenUri;
  private final String form;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private volatile String value;
  private ScheduledExecutorService refresher;

  AccessToken(String keycloakUrl, String realm, String clientId, String username, String password) {
    this.tokenUri = URI.create(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token");
    this.form = "grant_type=password&client_id=" + enc(clientId) + "&username=" + enc(username) + "&password=" + enc(password);
  }

  /** Fetches the first token (failing the run at once if Keycloak says no) and schedules the refreshes. */
  void start() {
    long lifetimeSeconds = fetch();
    long period = Math.max(5, Math.min(60, lifetimeSeconds / 3));
    refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "access-token-refresher");
      t.setDaemon(true);
      return t;
    });
    refresher.scheduleAtFixedRate(() -> {
      try {
        fetch();
      } catch (RuntimeException e) {
        // Keep the current token; it is still valid for a while, and the next attempt may work.
        System.err.println("access token refresh failed: " + e.getMessage());
      }
    }, period, period, TimeUnit.SECONDS);
  }

  void stop() {
    if (refresher != null) {
      refresher.shutdownNow();
    }
  }

  String bearer() {
    return "Bearer " + value;
  }

  /** Fetches a token, keeps it, answers its lifetime in seconds. */
  private long fetch() {
    HttpRequest request = HttpRequest.newBuilder(tokenUri)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("Keycloak answered " + response.statusCode() + " at " + tokenUri + ": " + response.body());
      }
      JsonNode body = JSON.readTree(response.body());
      String accessToken = body.path("access_token").asText("");
      if (accessToken.isEmpty()) {
        throw new IllegalStateException("no access_token in Keycloak's answer at " + tokenUri);
      }
      value = accessToken;
      return body.path("expires_in").asLong(300);
    } catch (IOException e) {
      throw new IllegalStateException("cannot get a token from " + tokenUri + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while getting a token from " + tokenUri, e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
