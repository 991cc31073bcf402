package vn.thidua.launcher.store.equivalence;

import de.bwaldvogel.mongo.MongoBackend;
import java.lang.reflect.Constructor;
import org.h2.mvstore.MVStore;

/**
 * The backend under test, built on an MVStore. Reached reflectively so this test compiles and runs on any branch:
 * {@code vn.thidua.launcher.store.IndexedH2Backend} (the indexed engine) when it is on the classpath, else the
 * launcher's current {@code BoundedH2Backend} (package-private, hence reflection rather than
 * a factory in main code, which this test must not edit). {@code -Dthidua.equivalence.backend=indexed|bounded|h2}
 * forces one.
 */
final class CandidateBackend {

    static final String INDEXED = "vn.thidua.launcher.store.IndexedH2Backend";
    /** Where the bounded backend is today, and where the store engine may move it. */
    static final String BOUNDED = "vn.thidua.launcher.BoundedH2Backend";
    static final String BOUNDED_MOVED = "vn.thidua.launcher.store.BoundedH2Backend";
    static final String STOCK = "de.bwaldvogel.mongo.backend.h2.H2Backend";

    private CandidateBackend() {
    }

    /** The class name chosen for this run. */
    static String className() {
        String wanted = System.getProperty("thidua.equivalence.backend", "");
        return switch (wanted) {
            case "indexed" -> INDEXED;
            case "bounded" -> present(BOUNDED_MOVED) ? BOUNDED_MOVED : BOUNDED;
            case "h2" -> STOCK;
            case "" -> present(INDEXED) ? INDEXED : present(BOUNDED_MOVED) ? BOUNDED_MOVED : BOUNDED;
            default -> throw new IllegalArgumentException("thidua.equivalence.backend: indexed, bounded or h2");
        };
    }

    static MongoBackend open(MVStore store) {
        try {
            Constructor<?> constructor = Class.forName(className()).getDeclaredConstructor(MVStore.class);
            constructor.setAccessible(true);
            return (MongoBackend) constructor.newInstance(store);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot open the candidate backend " + className(), e);
        }
    }

    private static boolean present(String name) {
        try {
            Class.forName(name, false, CandidateBackend.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
