package vn.thidua.systemtest;

import java.util.Map;

/**
 * What the fuzz suite ({@code vn.thidua.systemtest.fuzz}) borrows from the other system tests: real tokens, the
 * gateway's address and the isolation matrix's valid bodies and owned objects, so that bad input is sent to real
 * objects and next to bodies that would otherwise succeed.
 */
public final class FuzzFixtures {

    private FuzzFixtures() {
    }

    public static String gateway() {
        return Stack.GATEWAY;
    }

    public static String token(String username) {
        return Stack.token(username);
    }

    /** A valid create body for a collection path, fresh each call (unique codes), or null when none is known. */
    public static Map<String, Object> validBody(String collection) {
        var body = TenantIsolationSystemTest.BODIES.get(collection);
        return body == null ? null : body.get();
    }

    /** The id of an object Lai Châu owns in a collection (the isolation matrix's, made once per run), or null. */
    public static String ownedId(String collection) {
        if (!TenantIsolationSystemTest.READ_ONLY_OWNED.containsKey(collection)
                && !TenantIsolationSystemTest.BODIES.containsKey(collection)) {
            return null;
        }
        return TenantIsolationSystemTest.owned(collection);
    }
}
