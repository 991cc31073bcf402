package vn.thidua.benchmarks.volume;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;

import static vn.thidua.benchmarks.volume.StoreProcesses.deleteTree;
import static vn.thidua.benchmarks.volume.StoreProcesses.dirSize;
import static vn.thidua.benchmarks.volume.StoreProcesses.javaCommand;
import static vn.thidua.benchmarks.volume.StoreProcesses.memory;
import static vn.thidua.benchmarks.volume.StoreProcesses.oneLine;
import static vn.thidua.benchmarks.volume.StoreProcesses.oom;
import static vn.thidua.benchmarks.volume.StoreProcesses.percentile;
import static vn.thidua.benchmarks.volume.StoreProcesses.stop;
import static vn.thidua.benchmarks.volume.StoreProcesses.waitForPort;

/**
 * The store volume benchmark: for each store variant, starts the store as its own process, loads the sizes one
 * after the other (10 k, then up to 100 k dossiers, …) with {@link VolumeGenerator}, and after each size runs the
 * query shapes the services issue on their hot paths, timing each "endpoint" as the service does it
 * (count, then the page). Prints p50/p95 per query, the store's resident memory (VmRSS, and its peak VmHWM),
 * whether it ran out of memory, and the ratios between sizes.
 *
 * <pre>
 * java -cp … vn.thidua.benchmarks.volume.StoreBenchmark --launcher launcher/target/launcher-0.1.0-SNAPSHOT.jar \
 *     --sizes 10000,100000 --variants h2-320m,bounded-320m,bounded-2g,pg-320m [--reps 9] [--out file]
 * </pre>
 * Variants: {@code h2-<heap>} mongo-java-server's H2 backend unchanged ({@code -Dthidua.store.backend=h2});
 * {@code bounded-<heap>} the launcher's default (H2, bounded sorted queries); {@code pg-<heap>} the PostgreSQL
 * backend on {@code --pg jdbc:postgresql://127.0.0.1:55432/thidua}, run by a store main class built beside the
 * project ({@code --pg-classpath}, {@code --pg-store}: the backend is not on Maven Central, see the notes). Heap as for {@code java -Xmx}; the JVM
 * options are otherwise those of {@code ./thidua} ({@code -Xms64m -XX:+UseSerialGC -Xss512k}).
 * A suffix {@code +cacheN} sets H2's page cache to N MiB ({@code -Dthidua.store.cache-mb}).
 */
public final class StoreBenchmark {

    /** The real communes (read once, from the repository root): the generator spreads the volume over them. */
    private static final java.util.function.Supplier<VolumeUnits> UNITS = new java.util.function.Supplier<>() {
        private VolumeUnits units;

        @Override
        public synchronized VolumeUnits get() {
            if (units == null) {
                units = VolumeUnits.read(java.nio.file.Path.of(VolumeUnits.DATASET));
            }
            return units;
        }
    };

    static final String TENANT = "12";
    static final String DISTRICT = "12D03";

    private final Map<String, String> options;
    private final PrintStream out;

    private StoreBenchmark(Map<String, String> options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("sizes", "10000,100000");
        options.put("variants", "h2-320m,bounded-320m,bounded-2g");
        options.put("launcher", "launcher/target/launcher-0.1.0-SNAPSHOT.jar");
        options.put("port", "27201");
        options.put("reps", "9");
        options.put("work", "/tmp/store-volume");
        options.put("pg", "jdbc:postgresql://127.0.0.1:55432/thidua");
        options.put("query-budget-s", "60");
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        PrintStream out = System.out;
        if (options.containsKey("out")) {
            out = new StoreProcesses.Tee(System.out, new PrintStream(Files.newOutputStream(Path.of(options.get("out"))), true, "UTF-8"));
        }
        new StoreBenchmark(options, out).run();
    }

    /** One measured query shape at one size. */
    record Result(String query, double p50, double p95, int n, String failure) {
    }

    private void run() throws Exception {
        int[] sizes = Arrays.stream(options.get("sizes").split(",")).mapToInt(Integer::parseInt).toArray();
        int port = Integer.parseInt(options.get("port"));
        out.printf("store volume benchmark: sizes %s, variants %s, %s reps per query (after 1 warm-up), %d cores%n",
                options.get("sizes"), options.get("variants"), options.get("reps"),
                Runtime.getRuntime().availableProcessors());
        List<String> variants = new ArrayList<>(Arrays.asList(options.get("variants").split(",")));
        boolean h2 = variants.stream().anyMatch(v -> !v.startsWith("pg-"));
        boolean reuse = Arrays.stream(sizes).allMatch(size -> Files.exists(snapshot(size)))
                && Boolean.parseBoolean(options.getOrDefault("reuse-snapshots", "false"));
        if (h2 && inPlace()) {
            // One file grown size by size and measured where it lies (hard links, no copies: a 1 M-dossier file is
            // too big to copy twice here); a run stopped for time keeps the sizes already measured.
            int from = 0;
            for (int size : sizes) {
                loadSnapshots(new int[] {size}, port, from);
                from = size;
                for (int v = 0; v < variants.size(); v++) {
                    runVariant(variants.get(v), new int[] {size}, port + 1 + v);
                }
            }
            return;
        }
        if (h2 && !reuse) {
            loadSnapshots(sizes, port++, 0);
        } else if (h2) {
            out.printf("reusing the snapshots in %s (loaded by an earlier run)%n", snapshot(sizes[0]).getParent());
            port++;
        }
        for (String variant : variants) {
            runVariant(variant, sizes, port++);
        }
    }

    private boolean inPlace() {
        return Boolean.parseBoolean(options.getOrDefault("in-place", "false"));
    }

    private Path snapshot(int size) {
        return Path.of(options.get("work"), "snapshots", size + ".mv.db");
    }

    /**
     * Loads the sizes one after the other into one H2 file through a store started for loading (the launcher's
     * default backend with {@code --load-heap}, 2g by default), and keeps a copy of the file at each size: every H2
     * variant then measures the same data, and the load is paid once.
     */
    private void loadSnapshots(int[] sizes, int port, int from) throws Exception {
        Path dir = Path.of(options.get("work"), "snapshots");
        if (from == 0) {
            deleteTree(dir);
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("loading.mv.db");
        int loaded = from;
        for (int size : sizes) {
            List<String> cmd = javaCommand(options.getOrDefault("load-heap", "2g"));
            // e.g. --load-props "-Dthidua.store.compact-interval-ms=-1": the loader store's own settings.
            for (String prop : options.getOrDefault("load-props", "").trim().split("\\s+")) {
                if (!prop.isEmpty()) {
                    cmd.add(prop);
                }
            }
            cmd.addAll(List.of("-jar", options.get("launcher"), "store", String.valueOf(port), file.toString()));
            out.printf("%n=== load to %,d dossiers: %s%n", size, String.join(" ", cmd.subList(1, cmd.size())));
            Process store = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("loader.log").toFile())).start();
            try {
                waitForPort(port, store);
                long started = System.nanoTime();
                try (MongoClient client = client(port)) {
                    VolumeGenerator.load(client, size, loaded, UNITS.get(), out);
                    loaded = size;
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                long documents = 0;
                try (MongoClient client = client(port)) {
                    for (String db : List.of("thidua-award", "thidua-registration", "thidua-campaign")) {
                        for (String name : client.getDatabase(db).listCollectionNames()) {
                            documents += client.getDatabase(db).getCollection(name).estimatedDocumentCount();
                        }
                    }
                }
                out.printf("   loaded to %,d dossiers in %.0f s; store holds %,d documents (%,.0f documents/s overall);"
                        + " file %,.0f MiB before close%n", size, seconds, documents, documents / seconds,
                        Files.size(file) / 1048576.0);
                out.printf("   loader store: %s%n", memory(store));
            } finally {
                stop(store);
            }
            out.printf("   file after close %,.0f MiB%n", Files.size(file) / 1048576.0);
            if (inPlace()) {
                Files.deleteIfExists(snapshot(size));
                Files.createLink(snapshot(size), file);
            } else {
                Files.copy(file, snapshot(size));
            }
            out.printf("   snapshot %s: %,.0f MiB%n", snapshot(size), Files.size(snapshot(size)) / 1048576.0);
        }
    }

    private MongoClient client(int port) {
        int readTimeout = Integer.parseInt(options.getOrDefault("read-timeout-s", "120"));
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port))
                .applyToSocketSettings(s -> s.readTimeout(readTimeout, TimeUnit.SECONDS))
                .applyToClusterSettings(s -> s.serverSelectionTimeout(10, TimeUnit.SECONDS)).build());
    }

    private void runVariant(String variant, int[] sizes, int port) throws Exception {
        String[] parts = variant.split("\\+");
        String kind = parts[0].substring(0, parts[0].indexOf('-'));
        String heap = parts[0].substring(parts[0].indexOf('-') + 1);
        Path dir = Path.of(options.get("work"), variant);
        deleteTree(dir);
        Files.createDirectories(dir);
        Map<Integer, List<Result>> bySize = new LinkedHashMap<>();
        if (kind.equals("pg")) {
            resetPostgres();
        }
        int loaded = 0;
        for (int size : sizes) {
            Path log = dir.resolve("store-" + size + ".log");
            List<String> cmd = javaCommand(heap);
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].startsWith("cache")) {
                    cmd.add("-Dthidua.store.cache-mb=" + parts[i].substring(5));
                }
            }
            for (String prop : options.getOrDefault("store-props", "").trim().split("\\s+")) {
                if (!prop.isEmpty()) {
                    cmd.add(prop); // e.g. --store-props "-Dthidua.store.cache-mb=64"
                }
            }
            Path file = dir.resolve("thidua.mv.db");
            switch (kind) {
                case "h2" -> cmd.addAll(List.of("-Dthidua.store.backend=h2", "-jar", options.get("launcher"), "store",
                        String.valueOf(port), file.toString()));
                // The launcher's default is the indexed backend (issue 15, store engine); "bounded" names the scan.
                case "bounded" -> cmd.addAll(List.of("-Dthidua.store.backend=bounded", "-jar", options.get("launcher"),
                        "store", String.valueOf(port), file.toString()));
                case "indexed" -> cmd.addAll(List.of("-Dthidua.store.backend=indexed", "-jar", options.get("launcher"),
                        "store", String.valueOf(port), file.toString()));
                // mongo-java-server's PostgreSQL backend is not on Maven Central and its code is not kept here: the
                // comparison runs a store built from its 1.47.0 sources beside the project (STORE-VOLUME-NOTES.md).
                case "pg" -> cmd.addAll(List.of("-cp", options.getOrDefault("pg-classpath", ""),
                        options.getOrDefault("pg-store", "PgStore"), String.valueOf(port), options.get("pg"),
                        "postgres"));
                default -> throw new IllegalArgumentException("unknown variant " + variant);
            }
            if (!kind.equals("pg") && inPlace()) {
                Files.deleteIfExists(file);
                Files.createLink(file, snapshot(size));
            } else if (!kind.equals("pg")) {
                Files.copy(snapshot(size), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            out.printf("%n=== %s at %,d dossiers: %s%n", variant, size, String.join(" ", cmd.subList(1, cmd.size()))
                    .replace(System.getProperty("java.class.path"), "<benchmarks classpath>"));
            long started = System.nanoTime();
            Process store = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                waitForPort(port, store);
                out.printf("   store listening after %.1f s (./thidua up waits 60 s)%n", (System.nanoTime() - started) / 1e9);
                try (MongoClient client = client(port)) {
                    if (kind.equals("pg")) {
                        VolumeGenerator.load(client, size, loaded, UNITS.get(), out);
                        loaded = size;
                    }
                    out.printf("   store opened: %s%n", memory(store));
                    List<Result> results = measure(client, size);
                    bySize.put(size, results);
                    out.printf("   after queries: %s; out of memory: %s%n", memory(store), oom(log));
                    if (!store.isAlive()) {
                        out.println("   store process exited");
                    }
                }
            } catch (RuntimeException e) {
                out.printf("   FAILED: %s; store %s; out of memory: %s%n", oneLine(e), memory(store), oom(log));
            } finally {
                stop(store);
            }
        }
        printRatios(variant, bySize);
        out.printf("   data: %s%n", kind.equals("pg") ? "PostgreSQL " + pgSize() : dirSize(dir));
    }

    private List<Result> measure(MongoClient client, int size) {
        MongoDatabase award = client.getDatabase("thidua-award");
        MongoCollection<Document> dossiers = award.getCollection("dossiers");
        MongoCollection<Document> campaigns = client.getDatabase("thidua-campaign").getCollection("campaigns");
        MongoCollection<Document> units = client.getDatabase("thidua-registration").getCollection("units");
        MongoCollection<Document> registrations = client.getDatabase("thidua-registration").getCollection("registrations");
        int campaignCount = VolumeData.campaignsFor(size);
        String someCampaign = VolumeData.campaignOf(TENANT, 0, campaignCount);
        String someDossier = VolumeData.dossierId(size / 2 / 34 * 34 + VolumeData.indexOf(TENANT));
        Document byUpdated = new Document("updatedAt", -1);

        Map<String, Runnable> queries = new LinkedHashMap<>();
        queries.put("dossiers national p1 (count+page)", () -> list(dossiers, new Document(), byUpdated, 0));
        queries.put("dossiers province p1", () -> list(dossiers, new Document("tenant", TENANT), byUpdated, 0));
        queries.put("dossiers province status=IN_REVIEW", () -> list(dossiers,
                new Document("tenant", TENANT).append("status", "IN_REVIEW"), byUpdated, 0));
        queries.put("dossiers district (unitPath|routeUnits)", () -> list(dossiers, new Document("tenant", TENANT)
                .append("$or", List.of(new Document("unitPath", DISTRICT), new Document("routeUnits", DISTRICT))),
                byUpdated, 0));
        queries.put("dossiers province page 50", () -> list(dossiers, new Document("tenant", TENANT), byUpdated, 50));
        queries.put("dossier by _id", () -> one(dossiers, new Document("_id", someDossier)));
        queries.put("campaigns province p1", () -> list(campaigns, new Document("$or", List.of(
                new Document("tenant", null).append("status", new Document("$ne", "DRAFT")),
                new Document("tenant", TENANT))), new Document("plan.code", 1), 0));
        queries.put("unit by _id", () -> one(units,
                new Document("_id", UNITS.get().village(VolumeData.indexOf(TENANT)).get("_id"))));
        queries.put("registrations province campaign+year", () -> list(registrations, new Document("$and", List.of(
                new Document("$or", List.of(new Document("tenant", TENANT),
                        new Document("tenant", TENANT).append("recipients", TENANT))),
                new Document("campaignId", someCampaign), new Document("year", 2021))),
                new Document("year", 1).append("unitCode", 1).append("_id", 1), 0));

        if (options.containsKey("only")) {
            List<String> only = Arrays.asList(options.get("only").split(","));
            queries.keySet().removeIf(name -> only.stream().noneMatch(name::startsWith));
        }
        int reps = Integer.parseInt(options.get("reps"));
        double budget = Double.parseDouble(options.get("query-budget-s")) * 1e9;
        List<Result> results = new ArrayList<>();
        out.printf("   %-42s %10s %10s %4s%n", "query (" + String.format("%,d", size) + " dossiers)", "p50 ms",
                "p95 ms", "n");
        for (Map.Entry<String, Runnable> q : queries.entrySet()) {
            List<Double> times = new ArrayList<>();
            String failure = null;
            long spent = 0;
            for (int rep = 0; rep <= reps; rep++) {
                long t0 = System.nanoTime();
                try {
                    q.getValue().run();
                } catch (RuntimeException e) {
                    failure = oneLine(e) + " after " + (System.nanoTime() - t0) / 1_000_000 + " ms";
                    break;
                }
                long t = System.nanoTime() - t0;
                spent += t;
                // The first run warms up, unless it is slow (> 5 s): then it counts, and the budget decides.
                if (rep > 0 || t > 5_000_000_000L) {
                    times.add(t / 1e6);
                }
                if (spent > budget && times.size() >= Integer.parseInt(options.getOrDefault("min-reps", "1"))) {
                    break;
                }
            }
            Result r = new Result(q.getKey(), percentile(times, 50), percentile(times, 95), times.size(), failure);
            results.add(r);
            out.printf("   %-42s %10.1f %10.1f %4d%s%n", r.query(), r.p50(), r.p95(), r.n(),
                    failure == null ? "" : "  FAILED: " + failure);
        }
        // Other users' reads while a national dossier list runs in a loop on another connection.
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger loops = new java.util.concurrent.atomic.AtomicInteger();
        Thread heavy = new Thread(() -> {
            while (running.get()) {
                try {
                    list(dossiers, new Document(), byUpdated, 0);
                    loops.incrementAndGet();
                } catch (RuntimeException e) {
                    loops.incrementAndGet();
                }
            }
        });
        heavy.setDaemon(true);
        heavy.start();
        for (String name : List.of("campaigns province p1", "unit by _id")) {
            if (!queries.containsKey(name)) {
                continue;
            }
            List<Double> times = new ArrayList<>();
            String failure = null;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(Integer.parseInt(options.getOrDefault("under-load-s", "20")));
            while (System.nanoTime() < until) {
                long t0 = System.nanoTime();
                try {
                    queries.get(name).run();
                } catch (RuntimeException e) {
                    failure = oneLine(e) + " after " + (System.nanoTime() - t0) / 1_000_000 + " ms";
                    break;
                }
                times.add((System.nanoTime() - t0) / 1e6);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            Result r = new Result(name + " | national list looping", percentile(times, 50), percentile(times, 95),
                    times.size(), failure);
            results.add(r);
            out.printf("   %-42s %10.1f %10.1f %4d%s%n", r.query().replace(" | national list looping", " (under load)"),
                    r.p50(), r.p95(), r.n(), failure == null ? "" : "  FAILED: " + failure);
        }
        running.set(false);
        try {
            heavy.join(TimeUnit.SECONDS.toMillis(130));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.printf("   (the national list ran %d times meanwhile)%n", loops.get());
        return results;
    }

    private static void list(MongoCollection<Document> collection, Bson filter, Bson sort, int page) {
        collection.countDocuments(filter);
        List<Document> items = collection.find(filter).sort(sort).skip(page * 20).limit(20).into(new ArrayList<>());
        if (items.isEmpty() && page == 0) {
            throw new IllegalStateException("no documents for " + filter);
        }
    }

    private static void one(MongoCollection<Document> collection, Bson filter) {
        if (collection.find(filter).first() == null) {
            throw new IllegalStateException("not found: " + filter);
        }
    }

    private void printRatios(String variant, Map<Integer, List<Result>> bySize) {
        List<Integer> sizes = new ArrayList<>(bySize.keySet());
        for (int s = 1; s < sizes.size(); s++) {
            int a = sizes.get(s - 1);
            int b = sizes.get(s);
            out.printf("-- %s: ratio of p50, %,d → %,d dossiers (×%.0f data)%n", variant, a, b, (double) b / a);
            List<Result> ra = bySize.get(a);
            List<Result> rb = bySize.get(b);
            for (int i = 0; i < ra.size() && i < rb.size(); i++) {
                out.printf("   %-42s ×%.1f%n", ra.get(i).query(), rb.get(i).p50() / ra.get(i).p50());
            }
        }
    }

    private void resetPostgres() throws Exception {
        try (Connection c = DriverManager.getConnection(options.get("pg"), "postgres", "");
                Statement s = c.createStatement()) {
            for (String db : List.of("thidua-award", "thidua-registration", "thidua-campaign")) {
                s.execute("DROP SCHEMA IF EXISTS \"" + db + "\" CASCADE");
            }
        }
    }

    private String pgSize() {
        try (Connection c = DriverManager.getConnection(options.get("pg"), "postgres", "");
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            return rs.getString(1);
        } catch (Exception e) {
            return "?";
        }
    }

}
