package vn.thidua.benchmarks.volume;

import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The store processes a volume benchmark starts, and what it reads about them (memory, out-of-memory, files). */
final class StoreProcesses {

    private StoreProcesses() {
    }

    static List<String> javaCommand(String heap) {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx" + heap, "-XX:+UseSerialGC", "-Xss512k", "-Dfile.encoding=UTF-8"));
    }

    static void stop(Process store) throws InterruptedException {
        store.destroy();
        if (!store.waitFor(60, TimeUnit.SECONDS)) {
            store.destroyForcibly();
            store.waitFor();
        }
    }

    static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static String memory(Process process) {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"));
            String rss = status.stream().filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: ?");
            String hwm = status.stream().filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM: ?");
            return "pid " + process.pid() + " " + rss.replaceAll("\\s+", " ") + ", peak " + hwm.replaceAll("\\s+", " ");
        } catch (IOException e) {
            return "pid " + process.pid() + " gone";
        }
    }

    static String oom(Path log) {
        try {
            long n = Files.readAllLines(log).stream().filter(l -> l.contains("OutOfMemoryError")).count();
            return n == 0 ? "no" : "YES (" + n + " OutOfMemoryError lines in " + log + ")";
        } catch (IOException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    static void waitForPort(int port, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("store exited with " + process.exitValue());
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("store not listening on " + port + " after 600 s");
    }

    static String dirSize(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            return String.format("%,.0f MiB in %s", bytes / 1048576.0, dir);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getClass().getSimpleName() + ": " + e.getMessage();
        m = m.replaceAll("\\s+", " ");
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** Writes to the console and to a file. */
    static final class Tee extends PrintStream {
        private final PrintStream second;

        Tee(PrintStream first, PrintStream second) {
            super(first, true);
            this.second = second;
        }

        @Override
        public void write(byte[] buf, int off, int len) {
            super.write(buf, off, len);
            second.write(buf, off, len);
        }

        @Override
        public void flush() {
            super.flush();
            second.flush();
        }
    }
}
