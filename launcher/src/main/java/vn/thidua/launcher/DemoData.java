package vn.thidua.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo data through the public API, as the people in it would: each item is sent by its demo user with
 * a real Keycloak token, through the gateway, with an Idempotency-Key, so a rerun creates nothing twice.
 * The data is in {@code demo/demo-data.json}; each later issue adds its part there. {@code {ref:<key>}} in a path or
 * body stands for the {@code id} answered to the earlier request of that key (e.g. a campaign's transitions). An item
 * may carry {@code headers} (e.g. {@code If-Match} for a registration's workflow move).
 */
final class DemoData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern REF = Pattern.compile("\\{ref:([^}]+)}");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoData() {
    }

    static void run(String[] args) throws Exception {
        String gateway = args[0];
        String issuer = args[1];
        JsonNode data;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/demo-data.json")) {
            data = JSON.readTree(in);
        }
        Map<String, String> tokens = new HashMap<>();
        int created = 0;
        int replayed = 0;
        Map<String, String> ids = new HashMap<>();
        for (JsonNode item : data.get("requests")) {
            String user = item.get("as").asString();
            String token = tokens.computeIfAbsent(user, u -> login(issuer, u));
            String path = resolve(item.get("path").asString(), ids);
            String body = resolve(JSON.writeValueAsString(item.get("body")), ids);
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Accept-Language", "en")
                    .header("Idempotency-Key", "demo-" + item.get("key").asString())
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            // Optional extra headers of an item, e.g. If-Match for a workflow move of a versioned resource.
            JsonNode extra = item.get("headers");
            if (extra != null) {
                extra.properties().forEach(h -> builder.header(h.getKey(), resolve(h.getValue().asString(), ids)));
            }
            HttpRequest request = builder.build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("POST " + item.get("path").asString() + " as " + user + " → "
                        + response.statusCode() + ": " + response.body());
            }
            JsonNode answer = response.body().isBlank() ? null : JSON.readTree(response.body());
            if (answer != null && answer.has("id")) {
                ids.put(item.get("key").asString(), answer.get("id").asString());
            }
            if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                replayed++;
            } else {
                created++;
            }
            System.out.println(response.statusCode() + " " + item.get("path").asString() + " " + item.get("key").asString());
        }
        System.out.println("demo data: " + created + " created, " + replayed + " already there");
    }

    /** Replaces each {@code {ref:<key>}} with the id answered to the request of that key. */
    static String resolve(String text, Map<String, String> ids) {
        Matcher matcher = REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String id = ids.get(matcher.group(1));
            if (id == null) {
                throw new IllegalStateException("{ref:" + matcher.group(1) + "} names no earlier request with an id");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(id));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String login(String issuer, String username) {
        String form = "grant_type=password&client_id=thidua-dev-cli&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo";
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("login " + username + " → " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
