package vn.thidua.launcher.store.equivalence;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The store engine against mongo-java-server's memory backend, through the real driver: a seeded random list of
 * index declarations, writes and reads (see {@link OpGenerator}) must give the same answers on both. The memory
 * backend has no secondary indexes, so any difference is the candidate's indexes or planner: a list that misses
 * documents, a count that is off, an index that did not survive a reopen.
 *
 * <p>{@code -Dthidua.equivalence.seed=N} repeats a run ({@code random} picks one), {@code -Dthidua.equivalence.ops=N}
 * scales it (default 2500 steps, cut short after {@code -Dthidua.equivalence.budget-s}, default 50 when no ops are
 * given, on a loaded machine: then every collection is compared once more and the summary says so), {@code -Dthidua.equivalence.runs=N} runs N seeds from
 * that one on (for hunting), {@code -Dthidua.equivalence.skip=REGEX} leaves out the steps whose description
 * matches (a known discrepancy), {@code -Dthidua.equivalence.shrink-ms=N} bounds the
 * shrinking of a failure (default 120000). The default seed is fixed so every build runs the same, repeatable test.
 */
class StoreEquivalenceTest {

    static {
        // mongo-java-server logs connections, ignored indexes and every refused write (with a stack trace),
        // which this test provokes on purpose; the summary line is what matters.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty(
                "org.slf4j.simpleLogger.defaultLogLevel", "off"));
    }

    private static final long DEFAULT_SEED = 20261207L;

    @Test
    void candidateAnswersEveryStepAsTheMemoryBackendDoes() {
        long first = seed();
        int runs = Integer.getInteger("thidua.equivalence.runs", 1);
        for (long seed = first; seed < first + runs; seed++) {
            runOnce(seed, Integer.getInteger("thidua.equivalence.ops", 2500));
        }
    }

    private static void runOnce(long seed, int total) {
        List<Op> ops = new OpGenerator(seed).generate(total);
        String skip = System.getProperty("thidua.equivalence.skip", "");
        if (!skip.isBlank()) {
            // While a known discrepancy waits for its fix, hunting goes on without the steps that show it.
            Pattern known = Pattern.compile(skip);
            ops = ops.stream().filter(op -> !known.matcher(op.describe()).find()).toList();
        }
        long started = System.nanoTime();
        EquivalenceRun.Result result;
        long documents = 0;
        try (StorePair pair = StorePair.memoryVersusCandidate()) {
            // The build's run (no ops given) keeps to a budget; a run asked for by size runs to its end.
            long seconds = Long.getLong("thidua.equivalence.budget-s",
                    System.getProperty("thidua.equivalence.ops") == null ? 50 : 1_000_000);
            result = EquivalenceRun.run(pair, ops, System.nanoTime() + seconds * 1_000_000_000L);
            for (String collection : OpGenerator.COLLECTIONS) {
                documents += pair.reference().getCollection(collection).countDocuments();
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("equivalence: seed %d, operations %d, queries %d, mismatches %d  (candidate %s, %d reopens,"
                + " %d documents at the end, %d ms)%n", seed, result.operations(), result.queries(),
                result.mismatch() == null ? 0 : 1, CandidateBackend.className(), result.reopens(), documents, millis);
        System.out.println("equivalence: time (ms) " + result.millis());
        if (result.cut()) {
            int run = result.operations() - OpGenerator.COLLECTIONS.size();
            System.out.println("equivalence: cut after " + run + " of " + ops.size() + " steps by the time budget"
                    + " (-Dthidua.equivalence.budget-s), then every collection compared; -Dthidua.equivalence.ops="
                    + run + " runs these steps (to the end of their batch) without a budget");
        }
        if (result.mismatch() != null) {
            fail(report(seed, ops, result.mismatch()));
        }
    }

    private static String report(long seed, List<Op> ops, EquivalenceRun.Mismatch mismatch) {
        StringBuilder out = new StringBuilder("seed " + seed + ": step " + mismatch.index() + " differs: "
                + mismatch.op().describe() + "\n  " + mismatch.difference() + "\n");
        Shrinker shrinker = new Shrinker(StorePair::memoryVersusCandidate,
                Long.getLong("thidua.equivalence.shrink-ms", 120_000));
        List<Op> minimal = shrinker.shrink(ops.subList(0, mismatch.index() + 1));
        EquivalenceRun.Mismatch last;
        try (StorePair pair = StorePair.memoryVersusCandidate()) {
            last = EquivalenceRun.run(pair, minimal).mismatch();
        }
        out.append("minimal reproduction (").append(minimal.size()).append(" steps, ").append(shrinker.replays())
                .append(" replays), on empty stores:\n");
        for (int i = 0; i < minimal.size(); i++) {
            out.append("  ").append(i + 1).append(". ").append(minimal.get(i).describe()).append('\n');
        }
        if (last != null) {
            out.append("  => ").append(last.difference()).append('\n');
        }
        System.out.println(out);
        return out.toString();
    }

    private static long seed() {
        String value = System.getProperty("thidua.equivalence.seed", "");
        if (value.isBlank()) {
            return DEFAULT_SEED;
        }
        return value.equals("random") ? System.nanoTime() : Long.parseLong(value);
    }
}
