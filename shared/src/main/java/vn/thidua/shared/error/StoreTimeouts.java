package vn.thidua.shared.error;

import java.util.Set;
import org.springframework.dao.QueryTimeoutException;

/**
 * Tells a query that ran out of its time limit ({@code thidua.store.query-timeout}) from other store failures,
 * whether it reaches the handler raw or translated by Spring Data: the driver's client-side operation timeout
 * ({@code MongoOperationTimeoutException}), the server's {@code maxTimeMS} ({@code MongoExecutionTimeoutException},
 * error code 50 {@code MaxTimeMSExpired}, which Spring Data wraps as {@code UncategorizedMongoDbException}) or
 * Spring's {@link QueryTimeoutException}. Matched by name and code, so this class loads without the driver.
 */
public final class StoreTimeouts {

    /** MongoDB's {@code MaxTimeMSExpired}. */
    public static final int MAX_TIME_EXPIRED = 50;

    private static final Set<String> TIMEOUT_CLASSES = Set.of("com.mongodb.MongoOperationTimeoutException",
            "com.mongodb.MongoExecutionTimeoutException");

    private StoreTimeouts() {
    }

    /** A query over its time limit; not a store that could not be found at all (see {@link #isUnreachable}). */
    public static boolean isTimeout(Throwable failure) {
        if (isUnreachable(failure)) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof QueryTimeoutException || TIMEOUT_CLASSES.contains(t.getClass().getName())
                    || code(t) == MAX_TIME_EXPIRED) {
                return true;
            }
        }
        return false;
    }

    /**
     * With the operation timeout set, the driver reports "no server found in time" as an operation timeout too
     * (measured with driver 5.6.5: {@code MongoOperationTimeoutException: Timed out while waiting for a server …});
     * that is a store that is not there, {@code store-unavailable}, not a slow query.
     */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("waiting for a server")) {
                return true;
            }
        }
        return false;
    }

    /** The driver's error code ({@code MongoException.getCode()}) without linking to the driver. */
    private static int code(Throwable t) {
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            if ("com.mongodb.MongoException".equals(type.getName())) {
                try {
                    return (int) type.getMethod("getCode").invoke(t);
                } catch (ReflectiveOperationException | ClassCastException unexpected) {
                    return 0;
                }
            }
        }
        return 0;
    }
}
