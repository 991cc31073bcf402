package vn.thidua.shared.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP for tests: real requests over loopback, JSON answers as trees. */
public final class TestHttp {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public TestHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Response(int status, HttpHeaders headers, String text) {
        public JsonNode json() {
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Call get(String path) {
        return new Call("GET", path, null);
    }

    public Call post(String path, Object body) {
        return new Call("POST", path, body);
    }

    public Call put(String path, Object body) {
        return new Call("PUT", path, body);
    }

    public Call delete(String path) {
        return new Call("DELETE", path, null);
    }

    public final class Call {
        private final String method;
        private final String path;
        private final Object body;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Call(String method, String path, Object body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        public Call token(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Response send() {
            String payload = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(payload));
            if (payload != null) {
                request.header("Content-Type", "application/json");
            }
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
