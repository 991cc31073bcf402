package vn.thidua.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Before the run: both targets must answer the benchmarked request with 200, else stop with a clear message. */
final class Preflight {

  private Preflight() {
  }

  static void check(AccessToken token, String directUri, String gatewayUri) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String direct = get(client, token, directUri);
    String gateway = get(client, token, gatewayUri);
    System.out.printf("Preflight: both answer 200 (direct %d bytes, gateway %d bytes)%n", direct.length(), gateway.length());
    if (direct.length() != gateway.length()) {
      System.out.println("Note: the two answers differ in size; the benchmark compares them anyway.");
    }
  }

  private static String get(HttpClient client, AccessToken token, String uri) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .header("Authorization", token.bearer())
        .GET()
        .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("GET " + uri + " failed: " + e + " (is the stack running? ./thidua status)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: GET " + uri, e);
    }
  }
}
