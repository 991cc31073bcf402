package vn.thidua.benchmarks.volume;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Checks that the launcher's store backend answers exactly what mongo-java-server's H2 backend answers: sorted,
 * skipped, limited finds (ties included) and counts, against two stores opened on copies of one data file,
 * one with {@code -Dthidua.store.backend=h2}, one with the default.
 *
 * <pre>java -cp … vn.thidua.benchmarks.volume.BoundedSortCheck mongodb://127.0.0.1:27250 mongodb://127.0.0.1:27251</pre>
 */
public final class BoundedSortCheck {

    private BoundedSortCheck() {
    }

    public static void main(String[] args) {
        List<Object[]> queries = List.of(
                new Object[] {new Document(), new Document("updatedAt", -1), 0, 20},
                new Object[] {new Document("tenant", "12"), new Document("updatedAt", -1), 5, 7},
                new Object[] {new Document(), new Document("year", 1), 30, 50},
                new Object[] {new Document(), new Document("status", 1).append("year", -1), 100, 25},
                new Object[] {new Document("status", "PUBLISHED"), new Document("tenant", 1), 0, 200});
        boolean all = true;
        try (MongoClient a = MongoClients.create(args[0]); MongoClient b = MongoClients.create(args[1])) {
            for (Object[] q : queries) {
                List<Object> ia = ids(a.getDatabase("thidua-award").getCollection("dossiers"), q);
                List<Object> ib = ids(b.getDatabase("thidua-award").getCollection("dossiers"), q);
                boolean same = ia.equals(ib);
                all &= same;
                System.out.printf("%s sort %s skip %s limit %s: %d ids, identical=%s%n", q[0].toString(),
                        q[1].toString(), q[2], q[3], ia.size(), same);
            }
            // Counts (aggregate pipelines), which the launcher's backend now streams.
            for (Document filter : List.of(new Document(), new Document("tenant", "12"),
                    new Document("status", "IN_REVIEW").append("year", 2021))) {
                long ca = a.getDatabase("thidua-award").getCollection("dossiers").countDocuments(filter);
                long cb = b.getDatabase("thidua-award").getCollection("dossiers").countDocuments(filter);
                all &= ca == cb;
                System.out.printf("count %s: %d / %d, identical=%s%n", filter.toJson(), ca, cb, ca == cb);
            }
        }
        System.exit(all ? 0 : 1);
    }

    private static List<Object> ids(MongoCollection<Document> collection, Object[] q) {
        List<Object> ids = new ArrayList<>();
        for (Document d : collection.find((Document) q[0]).sort((Document) q[1]).skip((int) q[2]).limit((int) q[3])
                .projection(new Document("_id", 1))) {
            ids.add(d.get("_id"));
        }
        return ids;
    }
}
