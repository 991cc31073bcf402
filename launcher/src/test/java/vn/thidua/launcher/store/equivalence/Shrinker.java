package vn.thidua.launcher.store.equivalence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * Shrinks a failing list of steps to a short one that still fails, by replaying candidates on fresh stores:
 * first without the reads before the failing step, then without chunks of steps (halving the chunk size, as
 * delta debugging does), then without conditions of the failing step's filter, then without single documents of
 * the remaining inserts. Any mismatch counts, and the
 * list is cut after the step that now fails. Bounded by a time budget: a partial shrink is still a reproduction.
 */
final class Shrinker {

    private final Supplier<StorePair> pairs;
    private final long deadline;
    private int replays;

    Shrinker(Supplier<StorePair> pairs, long budgetMillis) {
        this.pairs = pairs;
        this.deadline = System.currentTimeMillis() + budgetMillis;
    }

    int replays() {
        return replays;
    }

    /** {@code failing} ends with a step that mismatches when the list is run from an empty store. */
    List<Op> shrink(List<Op> failing) {
        List<Op> current = failing;
        List<Op> withoutReads = new ArrayList<>(current.subList(0, current.size() - 1).stream()
                .filter(op -> !op.isQuery()).toList());
        withoutReads.add(current.getLast());
        current = orElse(tryList(withoutReads), current);
        for (int chunk = Math.max(1, (current.size() - 1) / 2); chunk >= 1 && !late(); chunk /= 2) {
            for (int from = 0; from < current.size() - 1 && !late(); ) {
                List<Op> candidate = new ArrayList<>(current.subList(0, from));
                candidate.addAll(current.subList(Math.min(from + chunk, current.size() - 1), current.size()));
                List<Op> smaller = tryList(candidate);
                if (smaller != null) {
                    current = smaller;
                } else {
                    from += chunk;
                }
            }
        }
        return shrinkInserts(shrinkFilter(current));
    }

    /** Drops conditions from the failing step's filter (keys, and branches of $and/$or) while it still fails. */
    private List<Op> shrinkFilter(List<Op> current) {
        boolean progress = true;
        while (progress && !late() && current.getLast().filter() != null) {
            progress = false;
            for (Document smaller : smaller(current.getLast().filter())) {
                List<Op> candidate = new ArrayList<>(current);
                candidate.set(candidate.size() - 1, current.getLast().withFilter(smaller));
                List<Op> result = tryList(candidate);
                if (result != null && result.size() == candidate.size()) {
                    current = result;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    private static List<Document> smaller(Document filter) {
        List<Document> out = new ArrayList<>();
        for (String key : filter.keySet()) {
            Document without = new Document(filter);
            without.remove(key);
            out.add(without);
            if (filter.get(key) instanceof List<?> branches && branches.size() > 1) {
                for (int i = 0; i < branches.size(); i++) {
                    List<Object> fewer = new ArrayList<>(branches);
                    fewer.remove(i);
                    out.add(new Document(filter).append(key, fewer));
                }
            }
        }
        return out;
    }

    private List<Op> shrinkInserts(List<Op> current) {
        for (int i = 0; i < current.size() && !late(); i++) {
            if (current.get(i) instanceof WriteOps.InsertMany insert) {
                for (int d = 0; d < insert.documents().size() && !late(); ) {
                    List<Document> fewer = new ArrayList<>(insert.documents());
                    fewer.remove(d);
                    List<Op> candidate = new ArrayList<>(current);
                    candidate.set(i, new WriteOps.InsertMany(insert.collection(), fewer, insert.ordered()));
                    List<Op> smaller = fewer.isEmpty() ? null : tryList(candidate);
                    if (smaller != null && smaller.size() > i && smaller.get(i) instanceof WriteOps.InsertMany now) {
                        current = smaller;
                        insert = now;
                    } else {
                        d++;
                    }
                }
            }
        }
        return current;
    }

    /** The list cut after its first mismatching step, or null if it no longer fails. */
    private List<Op> tryList(List<Op> ops) {
        replays++;
        try (StorePair pair = pairs.get()) {
            EquivalenceRun.Mismatch mismatch = EquivalenceRun.run(pair, ops).mismatch();
            return mismatch == null ? null : new ArrayList<>(ops.subList(0, mismatch.index() + 1));
        }
    }

    private static List<Op> orElse(List<Op> a, List<Op> b) {
        return a != null ? a : b;
    }

    private boolean late() {
        return System.currentTimeMillis() > deadline;
    }
}
