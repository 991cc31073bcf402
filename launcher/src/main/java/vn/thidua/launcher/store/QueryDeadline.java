package vn.thidua.launcher.store;

import de.bwaldvogel.mongo.exception.MongoServerError;
import java.util.stream.Stream;

/**
 * The time limit of the command running on this thread ({@code maxTimeMS}, or the store-wide ceiling).
 *
 * <p>mongo-java-server ignores {@code maxTimeMS}; a query that scans a large collection would run to its end
 * while the client has long given up, holding the collection's lock (every query and write of a collection is
 * {@code synchronized} on it). Each command runs on one netty worker thread from start to answer, so a
 * thread-local deadline set around the command is seen by every loop that reads documents for it. The loops call
 * {@link #check()} per document; past the deadline the command fails with MongoDB's error 50
 * {@code MaxTimeMSExpired}, which the Java driver surfaces as {@code MongoExecutionTimeoutException}.
 */
public final class QueryDeadline {

    /** MongoDB's code and name for an operation that exceeded its time limit. */
    static final int MAX_TIME_MS_EXPIRED = 50;

    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

    private QueryDeadline() {
    }

    /** Starts a deadline {@code millis} from now on this thread; {@link #clear()} must follow (finally). */
    static void start(long millis) {
        DEADLINE.set(new long[] {System.nanoTime() + Math.max(millis, 1) * 1_000_000L, millis});
    }

    static void clear() {
        DEADLINE.remove();
    }

    /** Fails with MongoDB error 50 when the command on this thread is past its deadline; free when there is none. */
    public static void check() {
        long[] deadline = DEADLINE.get();
        if (deadline != null && System.nanoTime() - deadline[0] > 0) {
            throw new MongoServerError(MAX_TIME_MS_EXPIRED, "MaxTimeMSExpired",
                    "operation exceeded time limit (" + deadline[1] + " ms)");
        }
    }

    /** The stream, checking the deadline before each element is passed on. */
    static <T> Stream<T> checked(Stream<T> stream) {
        return DEADLINE.get() == null ? stream : stream.peek(element -> check());
    }
}
