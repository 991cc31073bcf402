package vn.thidua.launcher.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;

/**
 * A collection whose queries and counts go through {@link QueryPlanner} when an index serves them, and through
 * the bounded scan of {@link BoundedH2Backend.BoundedCollection} otherwise.
 *
 * <p>Ordered plans read the index in the sort's order and stop after skip + limit matches (several ranges, from
 * {@code $in} or {@code $or} branches, are merged by the sort's comparator and deduplicated by document key);
 * other plans collect the candidate document keys and keep the top skip + limit with the bounded top-k. The full
 * filter is re-checked on every fetched document unless the plan is exact. Every query and count runs under the
 * collection's lock ({@code synchronized}, as mongo-java-server's), so writes never interleave with a plan.
 */
final class IndexedCollection extends BoundedH2Backend.BoundedCollection {

    /** H2Collection keeps its map private; the index build reads it in short batches (see {@link #allDocuments}). */
    private final MVMap<Object, Document> dataMap;
    private final AtomicLong documentsFetched = new AtomicLong();
    private volatile String lastPlan = "none";

    /** Between batches of an index build (see {@link SecondaryIndex#build(Stream, Runnable)}). */
    private final Runnable buildCheckpoint;

    IndexedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        this(database, collectionName, options, dataMap, metaMap, cursorRegistry, () -> { });
    }

    IndexedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry,
            Runnable buildCheckpoint) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.dataMap = dataMap;
        this.buildCheckpoint = buildCheckpoint;
    }

    /** Documents read through an index since the collection opened (tests prove a page reads ≤ skip + limit). */
    long documentsFetched() {
        return documentsFetched.get();
    }

    /** How the last query or count of this collection was served ("scan", or the index scans). */
    String lastPlan() {
        return lastPlan;
    }

    /**
     * Every document with its position, in the data map's order, read in batches of 1,000 with a fresh cursor each:
     * one cursor held over a whole large collection pins the map's version of its start, and H2 frees the chunks of
     * versions older than its retention time (45 s) while index entries are written, which failed a 100 k-dossier
     * index build with "Chunk … not found".
     */
    Stream<DocumentWithPosition<Object>> allDocuments() {
        Iterator<DocumentWithPosition<Object>> batches = new Iterator<>() {
            private final java.util.ArrayDeque<DocumentWithPosition<Object>> batch = new java.util.ArrayDeque<>();
            private Object last;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (batch.isEmpty() && !done) {
                    org.h2.mvstore.Cursor<Object, Document> cursor = dataMap.cursor(
                            last == null ? null : dataMap.higherKey(last));
                    while (batch.size() < 1000 && cursor.hasNext()) {
                        last = cursor.next();
                        batch.add(new DocumentWithPosition<>(cursor.getValue(), last));
                    }
                    done = batch.isEmpty() || last == null || dataMap.higherKey(last) == null;
                }
                return !batch.isEmpty();
            }

            @Override
            public DocumentWithPosition<Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.poll();
            }
        };
        return stream(batches);
    }

    List<SecondaryIndex> secondaryIndexes() {
        List<SecondaryIndex> result = new ArrayList<>();
        for (Index<Object> index : getIndexes()) {
            if (index instanceof SecondaryIndex secondary) {
                result.add(secondary);
            }
        }
        return result;
    }

    /** Builds a new (or incomplete) secondary index under the lock, so no write slips between build and use. */
    @Override
    public synchronized void addIndex(Index<Object> index) {
        boolean known = getIndexes().stream().anyMatch(i -> i.getName().equals(index.getName()));
        if (!known && index instanceof SecondaryIndex secondary && !secondary.isComplete()) {
            secondary.build(allDocuments(), buildCheckpoint);
        }
        super.addIndex(index);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
            Document fieldSelector) {
        long wanted = limit > 0 ? (long) Math.max(numberToSkip, 0) + limit : 0;
        QueryPlanner.Plan plan = isNaturalDescending(orderBy) ? null
                : QueryPlanner.plan(query, orderBy, wanted, secondaryIndexes());
        if (plan == null) {
            lastPlan = "scan";
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        lastPlan = plan.describe();
        Comparator<Document> comparator = deriveComparator(orderBy);
        boolean ordered = plan.ordered() && comparator != null;
        // An exact walk of one range has one entry per matching document: a skip passes over index keys only,
        // so page 50 reads 20 documents, not 1,000.
        int skippedByKeys = ordered && plan.exact() && plan.scans().get(0).ranges().size() == 1
                ? Math.max(numberToSkip, 0) : 0;
        Stream<Document> matches = ordered
                ? stream(new OrderedMerge(plan, query, comparator, skippedByKeys)) // in order: no comparator below
                : candidates(plan, query);
        // An empty query: the documents are already filtered; the parent skips, limits, sorts (top-k), projects.
        return matchDocumentsFromStream(new Document(), matches, numberToSkip - skippedByKeys, limit, batchSize,
                ordered ? null : comparator, fieldSelector);
    }

    @Override
    public synchronized int count(Document query, int skip, int limit) {
        QueryPlanner.Plan plan = query == null || query.isEmpty() ? null
                : QueryPlanner.plan(query, null, 0, secondaryIndexes());
        if (plan == null) {
            if (query == null || query.isEmpty()) {
                lastPlan = "collection size";
                return super.count(query, skip, limit);
            }
            // The library's count collects every match (projected to _id) into a list; counting the stream holds
            // one document at a time, whatever the collection's size.
            lastPlan = "scan";
            long wanted = limit > 0 ? (long) Math.max(skip, 0) + limit : Long.MAX_VALUE;
            long n = queryAllAsStream().filter(d -> documentMatchesQuery(d, query)).limit(wanted).count();
            n = Math.max(0, n - Math.max(skip, 0));
            return (int) Math.min(limit > 0 ? Math.min(n, limit) : n, Integer.MAX_VALUE);
        }
        lastPlan = "count " + plan.describe();
        long wanted = limit > 0 ? (long) Math.max(skip, 0) + limit : Long.MAX_VALUE;
        long n;
        if (plan.exact()) {
            n = plan.scans().get(0).entries(); // range counts: index keys only, O(log n) per range
        } else if (plan.scans().stream().allMatch(QueryPlanner.Scan::exact)) {
            n = distinctPositionCount(plan, wanted); // a union of exact branches: keys only, deduplicated
        } else {
            n = candidates(plan, query).limit(wanted).count();
        }
        n = Math.max(0, n - Math.max(skip, 0));
        return (int) Math.min(limit > 0 ? Math.min(n, limit) : n, Integer.MAX_VALUE);
    }

    /**
     * Matching documents in index order (not the sort's), each once, re-checked unless the plan is exact. Lazy: a
     * count or a top-k reads the ranges as it goes. Positions are remembered only when a document can come twice
     * (several scans, or a multikey index), so a single-valued range of a million entries holds no set.
     */
    private Stream<Document> candidates(QueryPlanner.Plan plan, Document query) {
        boolean exact = plan.exact();
        return positions(plan).map(this::fetch).filter(d -> d != null && (exact || documentMatchesQuery(d, query)));
    }

    private Stream<ByteBuffer> positions(QueryPlanner.Plan plan) {
        boolean repeats = plan.scans().size() > 1 || plan.scans().stream().anyMatch(s -> s.index().hasMultikey());
        Stream<ByteBuffer> positions = plan.scans().stream()
                .flatMap(scan -> scan.ranges().stream().flatMap(range -> stream(scan.index().entries(range.from(),
                        range.to(), false))))
                .map(entry -> {
                    QueryDeadline.check();
                    return ByteBuffer.wrap(entry[1]);
                });
        if (repeats) {
            Set<ByteBuffer> seen = new HashSet<>();
            positions = positions.filter(seen::add);
        }
        return positions;
    }

    private long distinctPositionCount(QueryPlanner.Plan plan, long atMost) {
        return positions(plan).limit(atMost).count();
    }

    private Document fetch(ByteBuffer position) {
        QueryDeadline.check();
        documentsFetched.incrementAndGet();
        return getDocument(SecondaryIndex.decodePosition(position.array()));
    }

    private static <T> Stream<T> stream(Iterator<T> iterator) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    /**
     * The matching documents in sort order: one index walk per range, in the range's order, merged by the sort's
     * comparator (a document in two ranges, or two {@code $or} branches, has one sort key; its first copy is kept).
     * Lazy: a range is read on only when its last document has been taken, so a page of k documents from one range
     * fetches k documents (plus the ones the re-check rejects).
     */
    private final class OrderedMerge implements Iterator<Document> {

        /** One range being read: its entries and whether its documents need the re-check. */
        private record Walk(Iterator<byte[][]> entries, boolean exact) {
        }

        private record Head(Document document, ByteBuffer position, Walk walk) {
        }

        private final Document query;
        private final PriorityQueue<Head> heads;
        private final Set<ByteBuffer> emitted = new HashSet<>();
        private Walk deferred;
        private Document next;
        private boolean ready;

        /** {@code skipKeys}: index entries to pass over first (only for one exact range: one entry, one match). */
        OrderedMerge(QueryPlanner.Plan plan, Document query, Comparator<Document> comparator, int skipKeys) {
            this.query = query;
            heads = new PriorityQueue<>(Comparator.comparing(Head::document, comparator));
            for (QueryPlanner.Scan scan : plan.scans()) {
                for (QueryPlanner.Range range : scan.ranges()) {
                    Iterator<byte[][]> entries = scan.index().entries(range.from(), range.to(), scan.reverse());
                    for (int i = 0; i < skipKeys && entries.hasNext(); i++) {
                        QueryDeadline.check();
                        entries.next();
                    }
                    advance(new Walk(entries, scan.exact()));
                }
            }
        }

        /** Reads one range up to its next matching document not yet emitted, and queues it. */
        private void advance(Walk walk) {
            while (walk.entries().hasNext()) {
                QueryDeadline.check();
                ByteBuffer position = ByteBuffer.wrap(walk.entries().next()[1]);
                if (emitted.contains(position)) {
                    continue;
                }
                Document document = fetch(position);
                if (document != null && (walk.exact() || documentMatchesQuery(document, query))) {
                    heads.add(new Head(document, position, walk));
                    return;
                }
            }
        }

        private Document compute() {
            if (deferred != null) {
                advance(deferred);
                deferred = null;
            }
            while (!heads.isEmpty()) {
                Head head = heads.poll();
                if (emitted.add(head.position())) {
                    deferred = head.walk();
                    return head.document();
                }
                advance(head.walk());
            }
            return null;
        }

        @Override
        public boolean hasNext() {
            if (!ready) {
                next = compute();
                ready = true;
            }
            return next != null;
        }

        @Override
        public Document next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return next;
        }
    }
}
