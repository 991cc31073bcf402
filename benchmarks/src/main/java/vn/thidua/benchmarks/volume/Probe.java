package vn.thidua.benchmarks.volume;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One measured request shape: a name, the demo user who sends it, and its path. The path may need something only
 * the running platform knows (an id, the {@code next} cursor of page 1, the last page): it is resolved once, before
 * the timed requests, through untimed calls; null means "cannot be measured here", with the reason in {@link #note}.
 */
final class Probe {

    final String group;
    final String name;
    final String user;
    private final Function<Gateway, String> resolve;
    String path;
    String note = "";

    private Probe(String group, String name, String user, Function<Gateway, String> resolve) {
        this.group = group;
        this.name = name;
        this.user = user;
        this.resolve = resolve;
    }

    static Probe of(String group, String name, String user, String path) {
        return new Probe(group, name, user, g -> path);
    }

    static Probe resolved(String group, String name, String user, Function<Gateway, String> resolve) {
        return new Probe(group, name, user, resolve);
    }

    boolean resolve(Gateway gateway) {
        try {
            path = resolve.apply(gateway);
        } catch (RuntimeException e) {
            note = "not measured: " + e.getMessage();
            path = null;
        }
        return path != null;
    }

    /** What the timed requests of one probe gave. */
    static final class Timings {
        final List<Double> ms = new ArrayList<>();
        final Map<String, Integer> statuses = new TreeMap<>();
        double first = -1;
        String sample = "";

        void add(Gateway.Answer answer, boolean counted) {
            String key = answer.status() == 0 ? answer.error() : String.valueOf(answer.status());
            statuses.merge(key, 1, Integer::sum);
            if (counted) {
                ms.add(answer.ms());
            } else {
                first = answer.ms();
            }
        }

        int ok() {
            int ok = 0;
            for (Map.Entry<String, Integer> e : statuses.entrySet()) {
                if (e.getKey().startsWith("2")) {
                    ok += e.getValue();
                }
            }
            return ok;
        }

        double percentile(double p) {
            if (ms.isEmpty()) {
                return Double.NaN;
            }
            List<Double> sorted = new ArrayList<>(ms);
            sorted.sort(null);
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
        }

        String statusText() {
            StringBuilder text = new StringBuilder();
            statuses.forEach((k, v) -> text.append(text.isEmpty() ? "" : " ").append(k).append('×').append(v));
            return text.toString();
        }
    }

    static String ms(double value) {
        return Double.isNaN(value) || value < 0 ? "-" : String.format(Locale.ROOT, "%.0f", value);
    }
}
