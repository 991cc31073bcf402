package vn.thidua.award.dossiers;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Campaign-service and registration-service answers recorded from their contracts (the campaign document, the
 * resolved schedule, catalogue entries, unit records, progress, registrations), served over real HTTP so the
 * dossier flow runs through award-service's real clients, breakers and JSON reading. Answers are keyed by path
 * (query string ignored, except {@code year} for schedules); a path without an answer is 404.
 */
final class ServicesFixture implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();

    ServicesFixture() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            String body = answers.get(path);
            if (body == null && path.startsWith("/api/v1/units/")) {
                body = path.endsWith("/successors") || path.endsWith("/predecessors") ? "[]" : null;
            }
            if (body == null && path.equals("/api/v1/progress/current")) {
                body = "{\"unitCode\":null,\"asOf\":null,\"indicators\":[]}";
            }
            if (body == null && path.equals("/api/v1/registrations")) {
                body = "{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0}";
            }
            if (body == null && path.endsWith("/schedule") && query != null) {
                body = answers.get(path + "?" + query.replaceAll(".*(year=\\d+).*", "$1"));
            }
            byte[] bytes = (body == null ? "{\"code\":\"not-found\"}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", body == null ? "application/problem+json"
                    : "application/json");
            if (body != null && path.startsWith("/api/v1/campaigns/") && !path.endsWith("/schedule")) {
                exchange.getResponseHeaders().add("ETag", "\"7\"");
            }
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    ServicesFixture answer(String path, String json) {
        answers.put(path, json);
        return this;
    }

    /** A unit as the registry answers it. */
    ServicesFixture unit(String code, String level, String name, String tenant, String... path) {
        String pathJson = "[\"" + String.join("\",\"", path) + "\"]";
        return answer("/api/v1/units/" + code, """
                {"code":"%s","level":"%s","type":"%s","name":"%s","parentCode":null,"provinceCode":"%s",
                 "tenant":"%s","path":%s,"validFrom":"2000-01-01","validTo":null,"official":true}
                """.formatted(code, level, level, name, tenant, tenant, pathJson));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
