package vn.thidua.launcher.store.equivalence;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * One step of a run, replayable on any database: it is a value (generated up front from the seed), so a failing
 * list of steps can be replayed and shrunk. {@link #run} answers the step's outcome in a canonical form; two
 * stores agree on a step when the outcomes are equal.
 */
interface Op {

    /** Extended JSON: keeps 1, 1L, 1.0 and Decimal128 1 apart, which relaxed JSON would blur. */
    JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    List<String> run(MongoDatabase db);

    /** Reads are counted as queries; writes, index creations and reopens are not. */
    boolean isQuery();

    /** A line a person can paste into mongosh (collection, method, arguments). */
    String describe();

    /** The step's filter, for shrinking (null when it has none). */
    default Document filter() {
        return null;
    }

    /** The same step with another filter (only called when {@link #filter()} is not null). */
    default Op withFilter(Document filter) {
        throw new UnsupportedOperationException();
    }

    static String json(Document d) {
        return d == null ? "null" : d.toJson(JSON);
    }

    /** Closes and reopens the candidate's store from its file; the reference keeps running. */
    record Reopen() implements Op {
        @Override
        public List<String> run(MongoDatabase db) {
            return List.of();
        }

        @Override
        public boolean isQuery() {
            return false;
        }

        @Override
        public String describe() {
            return "<close the candidate's MVStore and reopen it from its file>";
        }
    }
}
