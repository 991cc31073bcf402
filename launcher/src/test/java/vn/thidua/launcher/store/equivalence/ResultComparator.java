package vn.thidua.launcher.store.equivalence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two outcomes of one step and, when they differ, says how in terms a person can act on: which answers
 * the candidate lacks (a list that silently misses documents, the failure this whole test exists for), which it
 * adds, or, with the same answers, where the order first differs.
 */
final class ResultComparator {

    private static final int SHOWN = 3;

    private ResultComparator() {
    }

    static Optional<String> difference(List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        List<String> missing = minus(expected, actual);
        List<String> extra = minus(actual, expected);
        StringBuilder out = new StringBuilder("reference " + expected.size() + " answers, candidate "
                + actual.size());
        if (missing.isEmpty() && extra.isEmpty()) {
            int i = 0;
            while (expected.get(i).equals(actual.get(i))) {
                i++;
            }
            return Optional.of(out + "; same answers, order differs first at " + i + ": reference "
                    + expected.get(i) + " / candidate " + actual.get(i));
        }
        if (!missing.isEmpty()) {
            out.append("; candidate lacks ").append(missing.size()).append(": ").append(head(missing));
        }
        if (!extra.isEmpty()) {
            out.append("; candidate adds ").append(extra.size()).append(": ").append(head(extra));
        }
        return Optional.of(out.toString());
    }

    /** Multiset difference: what {@code a} has more often than {@code b}. */
    static List<String> minus(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        b.forEach(s -> counts.merge(s, 1, Integer::sum));
        List<String> rest = new ArrayList<>();
        for (String s : a) {
            if (counts.getOrDefault(s, 0) > 0) {
                counts.merge(s, -1, Integer::sum);
            } else {
                rest.add(s);
            }
        }
        return rest;
    }

    private static String head(List<String> list) {
        return String.join(" ", list.subList(0, Math.min(SHOWN, list.size())))
                + (list.size() > SHOWN ? " …" : "");
    }
}
