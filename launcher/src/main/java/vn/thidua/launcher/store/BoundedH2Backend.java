package vn.thidua.launcher.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
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
 * mongo-java-server's H2 backend with three changes, each measured in {@code benchmarks/STORE-VOLUME-NOTES.md}.
 *
 * <p>An aggregation ({@code countDocuments}, which is what Spring Data's {@code count(query)} sends, and every
 * {@code aggregate}) no longer starts by copying the whole collection into a list: mongo-java-server 1.47.0 feeds
 * the pipeline from {@code MongoCollection.queryAllAsStream()}, which is {@code handleQuery({})} collected into a
 * {@code List} of every document; here it is a lazy stream over the H2 map, so a count holds one document at a time.
 * With 10 k real-sized dossiers (8.4 KB of BSON each) one count of a province's dossiers held ≈ 300 MB and ran the
 * {@code -Xmx320m} store out of memory.
 *
 * <p>A sorted query with a limit ({@code find … sort … skip … limit},
 * what every paginated list sends) keeps only the {@code skip + limit} first documents while it scans, instead of
 * collecting every matching document and sorting them all in the heap (mongo-java-server 1.47.0,
 * {@code AbstractMongoCollection.matchDocumentsFromStream}). The scan itself is unchanged (the backend has no
 * secondary indexes), so the time still grows with the collection; the memory of one list request no longer does.
 * Results are identical, ties included: equal sort keys keep the collection's order, as a stable sort keeps them.
 *
 * <p>A non-unique index, which mongo-java-server ignores (it keeps no entries), is no longer "built" at
 * every start by two full scans of its collection ({@code AbstractMongoCollection.addIndex} scans when an index
 * reports itself empty): with 100 k dossiers and their three non-unique indexes the store took more than a minute
 * to open, longer than {@code ./thidua up} waits.
 *
 * <p>Same data file format as {@link H2Backend}; switching back and forth is safe.
 */
public final class BoundedH2Backend extends H2Backend {

    public BoundedH2Backend(MVStore store) {
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
            H2CollectionMaps maps = H2CollectionMaps.open(getMvStore(), getFullCollectionNamespace(collectionName));
            return new BoundedCollection(this, collectionName, options, maps.data(), maps.meta(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                List<IndexKey> keys, boolean sparse) {
            // Ignored as before (no entries, never used by a query), but not "empty": nothing to build by scanning.
            return new EmptyIndex<>(indexName, keys) {
                @Override
                public boolean isEmpty() {
                    return false;
                }
            };
        }
    }

    /** Not final: {@link IndexedCollection} keeps the bounded scan as its fallback for filters no index serves. */
    static class BoundedCollection extends H2Collection {

        BoundedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
            super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        }

        /** Lazy, in the map's order (the order handleQuery({}) gives), instead of a List of every document. */
        @Override
        public Stream<Document> queryAllAsStream() {
            return QueryDeadline.checked(streamAllDocumentsWithPosition().map(DocumentWithPosition::getDocument));
        }

        @Override
        protected QueryResult matchDocumentsFromStream(Document query, Stream<Document> documentStream,
                int numberToSkip, int limit, int batchSize, Comparator<Document> comparator, Document fieldSelector) {
            long keep = (long) Math.max(numberToSkip, 0) + limit;
            if (comparator == null || limit <= 0 || keep > 100_000) {
                return super.matchDocumentsFromStream(query, QueryDeadline.checked(documentStream), numberToSkip, limit, batchSize,
                        comparator, fieldSelector);
            }
            List<Document> top = topK(QueryDeadline.checked(documentStream).filter(d -> documentMatchesQuery(d, query)), comparator,
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
