package vn.thidua.launcher;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with one change: a sorted query with a limit ({@code find … sort … skip … limit},
 * what every paginated list sends) keeps only the {@code skip + limit} first documents while it scans, instead of
 * collecting every matching document and sorting them all in the heap (mongo-java-server 1.47.0,
 * {@code AbstractMongoCollection.matchDocumentsFromStream}). The scan itself is unchanged (the backend has no
 * secondary indexes), so the time still grows with the collection; the memory of one list request no longer does.
 * Results are identical, ties included: equal sort keys keep the collection's order, as a stable sort keeps them.
 * Same data file format as {@link H2Backend}; switching back and forth is safe.
 */
final class BoundedH2Backend extends H2Backend {

    BoundedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BoundedDatabase(databaseName, getCursorRegistry());
    }

    /** Inner class: the outer backend (and its MVStore) is reachable while H2Database's constructor opens maps. */
    private final class BoundedDatabase extends H2Database {

        BoundedDatabase(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, getMvStore(), cursorRegistry);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // Same map names as H2Database (its prefixes are not public).
            String full = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> dataMap = getMvStore().openMap("databases." + full);
            MVMap<String, Object> metaMap = getMvStore().openMap("meta." + full);
            return new BoundedCollection(this, collectionName, options, dataMap, metaMap, getCursorRegistry());
        }
    }

    static final class BoundedCollection extends H2Collection {

        BoundedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
            super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        }

        @Override
        protected QueryResult matchDocumentsFromStream(Document query, Stream<Document> documentStream,
                int numberToSkip, int limit, int batchSize, Comparator<Document> comparator, Document fieldSelector) {
            long keep = (long) Math.max(numberToSkip, 0) + limit;
            if (comparator == null || limit <= 0 || keep > 100_000) {
                return super.matchDocumentsFromStream(query, documentStream, numberToSkip, limit, batchSize,
                        comparator, fieldSelector);
            }
            List<Document> top = topK(documentStream.filter(d -> documentMatchesQuery(d, query)), comparator,
                    (int) keep);
            // Already in order: the parent skips, limits and projects them (no comparator: no second sort).
            return super.matchDocumentsFromStream(query, top.stream(), numberToSkip, limit, batchSize, null,
                    fieldSelector);
        }

        /** The k first documents by the comparator, ties in encounter order (as a stable sort would give). */
        static List<Document> topK(Stream<Document> documents, Comparator<Document> comparator, int k) {
            record Seen(Document document, long n) {
            }
            Comparator<Seen> order = Comparator.<Seen, Document>comparing(Seen::document, comparator)
                    .thenComparingLong(Seen::n);
            PriorityQueue<Seen> worstFirst = new PriorityQueue<>(Math.min(k, 1024) + 1, order.reversed());
            long[] counter = {0};
            documents.forEach(d -> {
                Seen seen = new Seen(d, counter[0]++);
                if (worstFirst.size() < k) {
                    worstFirst.add(seen);
                } else if (order.compare(seen, worstFirst.peek()) < 0) {
                    worstFirst.poll();
                    worstFirst.add(seen);
                }
            });
            List<Seen> kept = new ArrayList<>(worstFirst);
            kept.sort(order);
            return kept.stream().map(Seen::document).toList();
        }
    }
}
