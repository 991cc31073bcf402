package vn.thidua.launcher.store.equivalence;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs steps on both stores of a {@link StorePair}, one after the other, and stops at the first step whose
 * outcomes differ: after that the stores' states may differ too, and every later step would only repeat it.
 */
final class EquivalenceRun {

    record Mismatch(int index, Op op, String difference) {
    }

    /** {@code mismatch} is null when every step agreed; times in ms, where a slow store shows. */
    record Result(int operations, int queries, int reopens, Mismatch mismatch, Map<String, Long> millis,
            boolean cut) {
    }

    private EquivalenceRun() {
    }

    static Result run(StorePair pair, List<Op> ops) {
        return run(pair, ops, Long.MAX_VALUE);
    }

    /**
     * As {@link #run(StorePair, List)}; past {@code deadlineNanos} (of System.nanoTime) the remaining steps give way
     * to a last comparison of every collection, so a loaded machine shortens the run instead of stretching the build.
     * The steps run are a prefix of the list: the seed and the number of operations reproduce them.
     */
    static Result run(StorePair pair, List<Op> ops, long deadlineNanos) {
        int queries = 0;
        int reopens = 0;
        boolean cut = false;
        Map<String, Long> nanos = new TreeMap<>();
        for (int i = 0; i < ops.size(); i++) {
            if (!cut && System.nanoTime() - deadlineNanos > 0) {
                cut = true;
                List<Op> prefix = new ArrayList<>(ops.subList(0, i));
                OpGenerator.COLLECTIONS.forEach(c -> prefix.add(new ReadOps.Everything(c)));
                ops = prefix;
            }
            Op op = ops.get(i);
            long started = System.nanoTime();
            if (op instanceof Op.Reopen) {
                pair.reopenCandidate();
                reopens++;
                nanos.merge("reopen", System.nanoTime() - started, Long::sum);
                continue;
            }
            queries += op.isQuery() ? 1 : 0;
            Outcome reference = outcome(op, pair.reference());
            long between = System.nanoTime();
            Outcome candidate = outcome(op, pair.candidate());
            long ended = System.nanoTime();
            nanos.merge("reference", between - started, Long::sum);
            nanos.merge("candidate", ended - between, Long::sum);
            nanos.merge("candidate " + op.getClass().getSimpleName(), ended - between, Long::sum);
            Optional<String> difference = ResultComparator.difference(reference.values(), candidate.values());
            if (difference.isPresent()) {
                return new Result(i + 1, queries, reopens, new Mismatch(i, op, difference.get()
                        + (reference.error() == null ? "" : "\n  reference error: " + reference.error())
                        + (candidate.error() == null ? "" : "\n  candidate error: " + candidate.error())),
                        millis(nanos), cut);
            }
        }
        return new Result(ops.size(), queries, reopens, null, millis(nanos), cut);
    }

    private static Map<String, Long> millis(Map<String, Long> nanos) {
        Map<String, Long> millis = new TreeMap<>();
        nanos.forEach((k, v) -> millis.put(k, v / 1_000_000));
        return millis;
    }

    /** What a step answered; an error is compared by its code only (the message is for the report). */
    record Outcome(List<String> values, String error) {
    }

    /** The step's outcome, or its error code: both stores must refuse the same steps the same way. */
    static Outcome outcome(Op op, MongoDatabase db) {
        try {
            return new Outcome(op.run(db), null);
        } catch (MongoException e) {
            return new Outcome(List.of("error " + e.getCode()), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
