package vn.thidua.launcher;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;

/**
 * What "acknowledged means durable" costs (issue 14): the same acknowledged writes against the store in each
 * durability mode, one mode after the other in one run, each in its own store process on a fresh file.
 * For each mode: one writer (a phone saving one result at a time) and {@code clients} concurrent writers
 * (group commit shares one commit between them); writes/s, p50 and p99 latency; then {@code kill -9} right after
 * the last acknowledged write, a restart, and how many acknowledged writes are missing. Ratios against
 * {@code off} (H2's one-second auto-commit, the store before issue 14).
 *
 * <p>{@code java -jar launcher/target/launcher-0.1.0-SNAPSHOT.jar bench-durability [writes] [clients]}
 */
final class DurabilityBenchmark {

    private DurabilityBenchmark() {
    }

    record Result(String mode, double singleRate, double singleP50, double singleP99, double concurrentRate,
            double concurrentP99, long acknowledged, long lost) {
    }

    static void run(String[] args) throws Exception {
        int writes = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path work = Files.createTempDirectory("thidua-durability");
        System.out.printf("durability benchmark: %d acknowledged writes of one client, %d clients × %d, work in %s%n",
                writes, clients, writes / clients, work);
        List<Result> results = new ArrayList<>();
        for (DurableBackend.Mode mode : DurableBackend.Mode.values()) {
            results.add(measure(mode, work, writes, clients));
        }
        print(results);
    }

    private static Result measure(DurableBackend.Mode mode, Path work, int writes, int clients) throws Exception {
        String name = mode.name().toLowerCase(Locale.ROOT);
        Path file = work.resolve(name + ".mv.db");
        try (StoreProcess store = new StoreProcess(file, work.resolve(name + ".log"), StoreProcess.freePort(),
                List.of("-Dthidua.store.durability=" + name))) {
            store.start(Duration.ofSeconds(60));
            long[] single;
            long singleNanos;
            long[] concurrent;
            long concurrentNanos;
            try (MongoClient client = MongoClients.create(store.uri())) {
                MongoCollection<Document> progress = client.getDatabase("bench").getCollection("progress");
                progress.insertOne(new Document("_id", "warm-up"));
                long start = System.nanoTime();
                single = insert(progress, "s", writes);
                singleNanos = System.nanoTime() - start;
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                List<Future<long[]>> futures = new ArrayList<>();
                start = System.nanoTime();
                for (int c = 0; c < clients; c++) {
                    String prefix = "c" + c;
                    futures.add(pool.submit(() -> insert(progress, prefix, writes / clients)));
                }
                List<long[]> parts = new ArrayList<>();
                for (Future<long[]> future : futures) {
                    parts.add(future.get());
                }
                concurrentNanos = System.nanoTime() - start;
                pool.shutdown();
                concurrent = parts.stream().flatMapToLong(Arrays::stream).toArray();
            }
            long acknowledged = 1L + single.length + concurrent.length;
            store.kill();
            store.start(Duration.ofSeconds(60));
            long present;
            try (MongoClient client = MongoClients.create(store.uri())) {
                present = client.getDatabase("bench").getCollection("progress").countDocuments();
            }
            return new Result(name, single.length / (singleNanos / 1e9), percentile(single, 50),
                    percentile(single, 99), concurrent.length / (concurrentNanos / 1e9), percentile(concurrent, 99),
                    acknowledged, acknowledged - present);
        }
    }

    /** Latency of each acknowledged insert, in nanoseconds. */
    private static long[] insert(MongoCollection<Document> collection, String prefix, int count) {
        long[] latencies = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            collection.insertOne(new Document("_id", prefix + "-" + i).append("indicator", "NTM_CRITERIA_MET")
                    .append("value", i).append("unitCode", "03390"));
            latencies[i] = System.nanoTime() - start;
        }
        return latencies;
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static void print(List<Result> results) {
        Result off = results.stream().filter(r -> r.mode().equals("off")).findFirst().orElseThrow();
        System.out.printf("%-7s %12s %9s %9s %14s %9s %8s %6s %12s %12s%n", "mode", "1 client w/s", "p50 ms",
                "p99 ms", "N clients w/s", "p99 ms", "acked", "lost", "w/s vs off", "Nw/s vs off");
        for (Result r : results) {
            System.out.printf("%-7s %12.0f %9.2f %9.2f %14.0f %9.2f %8d %6d %12.2f %12.2f%n", r.mode(),
                    r.singleRate(), r.singleP50(), r.singleP99(), r.concurrentRate(), r.concurrentP99(),
                    r.acknowledged(), r.lost(), r.singleRate() / off.singleRate(),
                    r.concurrentRate() / off.concurrentRate());
        }
    }
}
