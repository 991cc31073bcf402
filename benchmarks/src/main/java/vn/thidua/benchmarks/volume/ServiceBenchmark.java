package vn.thidua.benchmarks.volume;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Measures the running platform through the gateway with real tokens, on whatever data its store holds
 * ({@code ./thidua bench-volume} loads it first): every probe of {@link ServiceProbes} once untimed-for-the-
 * percentiles ("first", which shows a cold cache) and then {@code --reps} times, one request at a time; then the
 * other users' campaign and unit reads while another thread loops the national dossier list; then the store's
 * memory (VmRSS, VmHWM of the pid in {@code .local/run/store.pid}) and whether any log says OutOfMemoryError.
 *
 * <p>Bounded in time: a probe stops repeating once it has used {@code --probe-s} seconds, and once the whole run
 * has used {@code --budget-s} the remaining probes are reported "skipped (budget)"; each request times out after
 * {@code --timeout-s}. Prints a table and appends tab-separated rows ({@link VolumeReport} reads them) to
 * {@code --out}.
 *
 * <pre>
 * java -cp … vn.thidua.benchmarks.volume.ServiceBenchmark --size 10000 --out results.tsv
 *     [--gateway http://127.0.0.1:8080] [--keycloak http://127.0.0.1:8180] [--reps 10] [--budget-s 600]
 *     [--probe-s 30] [--under-load-s 30] [--timeout-s 60] [--store-pid .local/run/store.pid] [--logs .local/logs]
 * </pre>
 */
public final class ServiceBenchmark {

    private ServiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String size = o.getOrDefault("size", "?");
        Gateway gateway = new Gateway(o.getOrDefault("gateway", "http://127.0.0.1:8080"),
                o.getOrDefault("keycloak", "http://localhost:8180"),
                Duration.ofSeconds(Long.parseLong(o.getOrDefault("timeout-s", "60"))));
        int reps = Integer.parseInt(o.getOrDefault("reps", "10"));
        long budgetNanos = Long.parseLong(o.getOrDefault("budget-s", "600")) * 1_000_000_000L;
        long probeNanos = Long.parseLong(o.getOrDefault("probe-s", "30")) * 1_000_000_000L;
        int underLoadS = Integer.parseInt(o.getOrDefault("under-load-s", "30"));
        PrintStream out = System.out;
        List<String> rows = new ArrayList<>();

        out.printf("%n=== %s dossiers: through the gateway, %d timed requests per probe after one first request%n",
                size, reps);
        out.printf("%-44s %-16s %6s %6s %6s %6s %6s  %-14s %s%n", "probe", "user", "first", "p50", "p95", "p99",
                "max", "statuses", "note");
        long start = System.nanoTime();
        for (Probe probe : ServiceProbes.all()) {
            Probe.Timings t = new Probe.Timings();
            if (System.nanoTime() - start > budgetNanos) {
                probe.note = "skipped (budget)";
            } else if (probe.resolve(gateway)) {
                long probeStart = System.nanoTime();
                Gateway.Answer last = gateway.get(probe.user, probe.path);
                t.add(last, false);
                for (int r = 0; r < reps && System.nanoTime() - probeStart < probeNanos; r++) {
                    last = gateway.get(probe.user, probe.path);
                    t.add(last, true);
                }
                if (t.ms.size() < reps) {
                    probe.note = (probe.note.isEmpty() ? "" : probe.note + "; ") + t.ms.size() + " timed (probe time)";
                }
                probe.note = (probe.note.isEmpty() ? "" : probe.note + "; ") + detail(last);
            }
            print(out, probe.name, probe.user, t, probe.note);
            rows.add(row(size, probe.group, probe.name, probe.user, t, probe.note, probe.path));
        }

        out.printf("%n--- while national.admin's dossier list (page 1) loops on another thread, %d s%n", underLoadS);
        underLoad(gateway, underLoadS, size, out, rows);

        String memory = storeMemory(o.getOrDefault("store-pid", ".local/run/store.pid"));
        String oom = outOfMemory(o.getOrDefault("logs", ".local/logs"));
        out.printf("%nstore memory: %s%nOutOfMemoryError in logs: %s%n", memory, oom);
        rows.add(String.join("\t", "#meta", size, "store memory", memory));
        rows.add(String.join("\t", "#meta", size, "OutOfMemoryError", oom));
        rows.add(String.join("\t", "#meta", size, "benchmark seconds",
                String.format(Locale.ROOT, "%.0f", (System.nanoTime() - start) / 1e9)));
        if (o.containsKey("out")) {
            Files.write(Path.of(o.get("out")), rows, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** Items on page 1 and the total the list reports (exact or capped), so an empty list is seen as such. */
    private static String detail(Gateway.Answer answer) {
        org.bson.Document json = answer.ok() ? answer.json() : null;
        if (json == null) {
            return answer.ok() ? "" : "last answer " + answer.status() + (answer.body() == null ? ""
                    : ": " + answer.body().replaceAll("\\s+", " ").substring(0, Math.min(160, answer.body().length())));
        }
        if (!json.containsKey("items")) {
            return "";
        }
        Object exact = json.get("totalExact");
        return json.getList("items", Object.class).size() + " items of " + json.get("totalItems")
                + (Boolean.FALSE.equals(exact) ? "+ (capped)" : "") + (json.get("next") != null ? ", next" : "");
    }

    private static void underLoad(Gateway gateway, int seconds, String size, PrintStream out, List<String> rows)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        Probe.Timings loop = new Probe.Timings();
        String national = "/api/v1/dossiers?size=" + ServiceProbes.SIZE;
        Thread looper = new Thread(() -> {
            while (running.get()) {
                Gateway.Answer answer = gateway.get(ServiceProbes.NATIONAL, national);
                synchronized (loop) {
                    loop.add(answer, true);
                }
            }
        }, "national-dossier-loop");
        List<Probe> probes = ServiceProbes.underLoad();
        Map<Probe, Probe.Timings> timings = new LinkedHashMap<>();
        probes.forEach(p -> {
            p.resolve(gateway);
            gateway.token(p.user);
            timings.put(p, new Probe.Timings());
        });
        gateway.token(ServiceProbes.NATIONAL);
        looper.start();
        Thread.sleep(500);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (Probe p : probes) {
                timings.get(p).add(gateway.get(p.user, p.path), true);
            }
        }
        running.set(false);
        looper.join(120_000);
        for (Map.Entry<Probe, Probe.Timings> e : timings.entrySet()) {
            print(out, e.getKey().name, e.getKey().user, e.getValue(), "");
            rows.add(row(size, "under load", e.getKey().name, e.getKey().user, e.getValue(), "", e.getKey().path));
        }
        synchronized (loop) {
            String note = loop.ms.size() + " national lists completed meanwhile";
            print(out, "the looping national dossier list p1", ServiceProbes.NATIONAL, loop, note);
            rows.add(row(size, "under load", "the looping national dossier list p1", ServiceProbes.NATIONAL, loop,
                    note, national));
        }
    }

    private static void print(PrintStream out, String name, String user, Probe.Timings t, String note) {
        out.printf("%-44s %-16s %6s %6s %6s %6s %6s  %-14s %s%n", name, user, Probe.ms(t.first),
                Probe.ms(t.percentile(50)), Probe.ms(t.percentile(95)), Probe.ms(t.percentile(99)),
                Probe.ms(t.percentile(100)), t.statusText(), note);
    }

    private static String row(String size, String group, String name, String user, Probe.Timings t, String note,
            String path) {
        return String.join("\t", size, group, name, user, String.valueOf(t.ms.size()), String.valueOf(t.ok()),
                Probe.ms(t.first), Probe.ms(t.percentile(50)), Probe.ms(t.percentile(95)), Probe.ms(t.percentile(99)),
                Probe.ms(t.percentile(100)), t.statusText(), note, path == null ? "" : path);
    }

    /** VmRSS and VmHWM (peak) of the store process, from /proc. */
    static String storeMemory(String pidFile) {
        try {
            String pid = Files.readString(Path.of(pidFile)).trim();
            Map<String, String> status = new HashMap<>();
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    status.put(line.substring(0, colon), line.substring(colon + 1).trim());
                }
            }
            return "pid " + pid + ", VmRSS " + mib(status.get("VmRSS")) + ", VmHWM (peak) " + mib(status.get("VmHWM"));
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String mib(String kb) {
        if (kb == null) {
            return "?";
        }
        return String.format(Locale.ROOT, "%.0f MiB", Long.parseLong(kb.replace("kB", "").trim()) / 1024.0);
    }

    /** "none", or the logs (under the folder) that mention OutOfMemoryError. */
    static String outOfMemory(String logs) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(logs))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
                    long n = lines.filter(l -> l.contains("OutOfMemoryError")).count();
                    if (n > 0) {
                        found.add(file.getFileName() + " (" + n + " lines)");
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return found.isEmpty() ? "none" : String.join(", ", found);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
