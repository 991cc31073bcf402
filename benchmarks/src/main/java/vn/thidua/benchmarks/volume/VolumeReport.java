package vn.thidua.benchmarks.volume;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table across sizes from the rows {@link ServiceBenchmark} (and {@code ./thidua bench-volume}, for the load
 * and the store's file) appended to one results file: per probe, p50 / p95 at each size and the ratio of the p50s
 * between consecutive sizes; then the facts per size (load rate, file size, store memory, OutOfMemoryError).
 * Markdown, so it goes into the README as printed.
 *
 * <pre>java -cp … vn.thidua.benchmarks.volume.VolumeReport results.tsv</pre>
 */
public final class VolumeReport {

    private VolumeReport() {
    }

    public static void main(String[] args) throws Exception {
        List<String> sizes = new ArrayList<>();
        Map<String, Map<String, String[]>> probes = new LinkedHashMap<>();
        Map<String, Map<String, String>> facts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                continue;
            }
            if (f[0].equals("#meta")) {
                facts.computeIfAbsent(f[2], k -> new LinkedHashMap<>()).put(f[1], f[3]);
                addSize(sizes, f[1]);
                continue;
            }
            addSize(sizes, f[0]);
            probes.computeIfAbsent(f[2] + "\t" + f[3], k -> new LinkedHashMap<>()).put(f[0], f);
        }
        System.out.println(table(sizes, probes, facts));
    }

    private static void addSize(List<String> sizes, String size) {
        if (!sizes.contains(size)) {
            sizes.add(size);
        }
    }

    static String table(List<String> sizes, Map<String, Map<String, String[]>> probes,
            Map<String, Map<String, String>> facts) {
        StringBuilder t = new StringBuilder();
        t.append("| probe | user |");
        for (String size : sizes) {
            t.append(' ').append(label(size)).append(" p50 / p95 ms |");
        }
        for (int i = 1; i < sizes.size(); i++) {
            t.append(" p50 ").append(label(sizes.get(i))).append(" / ").append(label(sizes.get(i - 1))).append(" |");
        }
        t.append('\n').append("|---|---|").append("---|".repeat(sizes.size() * 2 - 1)).append('\n');
        for (Map.Entry<String, Map<String, String[]>> e : probes.entrySet()) {
            String[] key = e.getKey().split("\t");
            t.append("| ").append(key[0]).append(" | ").append(key[1]).append(" |");
            for (String size : sizes) {
                String[] f = e.getValue().get(size);
                t.append(' ').append(cell(f)).append(" |");
            }
            for (int i = 1; i < sizes.size(); i++) {
                t.append(' ').append(ratio(e.getValue().get(sizes.get(i - 1)), e.getValue().get(sizes.get(i))))
                        .append(" |");
            }
            t.append('\n');
        }
        t.append('\n');
        for (Map.Entry<String, Map<String, String>> fact : facts.entrySet()) {
            for (String size : sizes) {
                String value = fact.getValue().get(size);
                if (value != null) {
                    t.append("- ").append(label(size)).append(", ").append(fact.getKey()).append(": ").append(value)
                            .append('\n');
                }
            }
        }
        return t.toString();
    }

    /** "p50 / p95", with the failures when not every request answered 2xx. */
    private static String cell(String[] f) {
        if (f == null) {
            return "";
        }
        int n = Integer.parseInt(f[4]);
        int ok = Integer.parseInt(f[5]);
        String text = n == 0 ? (f[12].isEmpty() ? "-" : f[12]) : f[7] + " / " + f[8];
        if (n > 0 && ok < n + (f[6].equals("-") ? 0 : 1)) {
            text += " (" + f[11] + ")";
        }
        return text;
    }

    private static String ratio(String[] before, String[] after) {
        if (before == null || after == null) {
            return "";
        }
        try {
            double a = Double.parseDouble(before[7]);
            double b = Double.parseDouble(after[7]);
            return a <= 0 ? "" : String.format(Locale.ROOT, "×%.1f", b / a);
        } catch (NumberFormatException e) {
            return "";
        }
    }

    static String label(String size) {
        try {
            long n = Long.parseLong(size);
            return n >= 1_000_000 && n % 1_000_000 == 0 ? n / 1_000_000 + " M"
                    : n >= 1000 && n % 1000 == 0 ? n / 1000 + " k" : size;
        } catch (NumberFormatException e) {
            return size;
        }
    }
}
