package vn.thidua.launcher;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bson.Document;

/**
 * The store's readiness as "answers a query within a deadline", on {@code 127.0.0.1:<store port + 1>}:
 * {@code GET /health/ready} runs a real {@code ping} and a {@code find} (limit 1) through the MongoDB Java Driver
 * against the store's own wire port, 200 {@code {"status":"UP","latencyMs":n}} or 503 {@code {"status":"DOWN",
 * "reason":…}}; {@code GET /health/live} is 200 while the process answers HTTP at all.
 *
 * <p>Why: an accepted TCP connection proved nothing — a store out of heap kept its port while answering no query,
 * and {@code ./thidua status} still called it ready (issue 15). Why through the driver: it is what the services use,
 * so a probe that passes means the path they take answers. Probes are coalesced (one in flight at a time) so a hung
 * store cannot pile up probe threads or connections however often the endpoint is asked.
 */
final class StoreHealth implements AutoCloseable {

    static final String PROBE_DATABASE = "thidua-store-health";
    static final String PROBE_COLLECTION = "probe";

    private final Duration deadline;
    private final MongoClient client;
    private final HttpServer http;
    private final ExecutorService probes = Executors.newSingleThreadExecutor(daemon("store-health-probe"));
    private CompletableFuture<Long> inFlight;

    private StoreHealth(int storePort, int healthPort, Duration deadline) throws IOException {
        this.deadline = deadline;
        int millis = (int) deadline.toMillis();
        // Every wait the driver could make is bounded by the deadline: finding the server, connecting, each read.
        this.client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + storePort))
                .applicationName("thidua-store-health")
                .applyToClusterSettings(c -> c.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(millis, TimeUnit.MILLISECONDS)
                        .readTimeout(millis, TimeUnit.MILLISECONDS))
                .applyToConnectionPoolSettings(p -> p.maxSize(2).maxWaitTime(millis, TimeUnit.MILLISECONDS))
                .build());
        this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", healthPort), 16);
        http.createContext("/health/ready", this::ready);
        http.createContext("/health/live", exchange -> answer(exchange, 200, "{\"status\":\"UP\"}"));
        http.setExecutor(Executors.newFixedThreadPool(2, daemon("store-health-http")));
        http.start();
    }

    /**
     * Starts the endpoint on {@code store port + 1} (or {@code -Dthidua.store.health-port=N}, {@code off} for none)
     * with the 2 s deadline {@code ./thidua} relies on. A taken port is a warning, not a failure: a store started
     * by a benchmark next to another one still serves (./thidua checks the port is free before it starts a store).
     */
    static StoreHealth start(int storePort) {
        String configured = System.getProperty("thidua.store.health-port", String.valueOf(storePort + 1));
        if ("off".equals(configured)) {
            return null;
        }
        try {
            return start(storePort, Integer.parseInt(configured), Duration.ofSeconds(2));
        } catch (IOException e) {
            System.err.println("Store readiness endpoint not started on port " + configured + ": " + e
                    + " (the store still serves; ./thidua status will not see it ready)");
            return null;
        }
    }

    static StoreHealth start(int storePort, int healthPort, Duration deadline) throws IOException {
        StoreHealth health = new StoreHealth(storePort, healthPort, deadline);
        System.out.println("Store readiness on http://127.0.0.1:" + healthPort + "/health/ready (a query through "
                + "the wire port within " + deadline.toMillis() + " ms)");
        return health;
    }

    /**
     * Serves {@code POST /admin/backup} on this (loopback) port: an online backup into the store's backup folder,
     * answered {@code {"file":…,"bytes":n,"millis":n}} ({@code ./thidua backup} calls it).
     */
    void serveBackups(StoreSnapshot snapshot) {
        http.createContext("/admin/backup", exchange -> {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "{\"error\":\"POST only\"}");
                return;
            }
            try {
                answer(exchange, 200, snapshot.write().json());
            } catch (Exception e) {
                answer(exchange, 500, down(e.getClass().getSimpleName() + ": " + e.getMessage())
                        .replace("\"status\":\"DOWN\",\"reason\"", "\"error\""));
            }
        });
    }

    int port() {
        return http.getAddress().getPort();
    }

    private void ready(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, "{\"status\":\"DOWN\",\"reason\":\"GET only\"}");
            return;
        }
        CompletableFuture<Long> probe = probe();
        try {
            long latency = probe.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            answer(exchange, 200, "{\"status\":\"UP\",\"latencyMs\":" + latency + "}");
        } catch (TimeoutException e) {
            answer(exchange, 503, down("no answer within " + deadline.toMillis() + " ms"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(exchange, 503, down("interrupted"));
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            answer(exchange, 503, down(cause.getClass().getSimpleName() + ": " + cause.getMessage()));
        }
    }

    /** The probe in flight, or a new one: concurrent asks share one query instead of each opening their own. */
    private synchronized CompletableFuture<Long> probe() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = CompletableFuture.supplyAsync(this::query, probes);
        }
        return inFlight;
    }

    private long query() {
        long started = System.nanoTime();
        client.getDatabase("admin").runCommand(new Document("ping", 1));
        MongoCollection<Document> probe = client.getDatabase(PROBE_DATABASE).getCollection(PROBE_COLLECTION);
        if (probe.find().limit(1).first() == null) {
            // One small document, so the find reads a real record from the backend rather than an empty namespace.
            probe.replaceOne(Filters.eq("_id", "probe"), new Document("_id", "probe"),
                    new ReplaceOptions().upsert(true));
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String down(String reason) {
        String safe = String.valueOf(reason).replace("\\", "\\\\").replace("\"", "'").replaceAll("[\\r\\n\\t]", " ");
        if (safe.length() > 300) {
            safe = safe.substring(0, 300) + "…";
        }
        return "{\"status\":\"DOWN\",\"reason\":\"" + safe + "\"}";
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        http.stop(0);
        probes.shutdownNow();
        client.close();
    }
}
