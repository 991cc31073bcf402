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
import java.util.LinkedHashSet;
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

    private final AtomicLong documentsFetched = new AtomicLong();
    private volatile String lastPlan = "none";

    IndexedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    /** Documents read through an index since the collection opened (tests prove a page reads ≤ skip + limit). */
    long documentsFetched() {
        return documentsFetched.get();
    }

    /** How the last query or count of this collection was served ("scan", or the index scans). */
    String lastPlan() {
        return lastPlan;
    }

    /** Every document with its position, in the data map's order (index builds, and tests comparing with a rebuild). */
    Stream<DocumentWithPosition<Object>> allDocuments() {
        return streamAllDocumentsWithPosition();
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
            secondary.build(allDocuments());
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
        Stream<Document> matches = plan.ordered() && comparator != null
                ? stream(new OrderedMerge(plan, query, comparator)) // already in order: no comparator below
                : candidates(plan, query);
        // An empty query: the documents are already filtered; the parent skips, limits, sorts (top-k), projects.
        return matchDocumentsFromStream(new Document(), matches, numberToSkip, limit, batchSize,
                plan.ordered() ? null : comparator, fieldSelector);
    }

    @Override
    public synchronized int count(Document query, int skip, int limit) {
        QueryPlanner.Plan plan = query == null || query.isEmpty() ? null
                : QueryPlanner.plan(query, null, 0, secondaryIndexes());
        if (plan == null) {
            lastPlan = query == null || query.isEmpty() ? "collection size" : "scan";
            return super.count(query, skip, limit);
        }
        lastPlan = "count " + plan.describe();
        long wanted = limit > 0 ? (long) Math.max(skip, 0) + limit : Long.MAX_VALUE;
        long n;
        if (plan.exact()) {
            n = plan.scans().get(0).entries(); // range counts: index keys only, O(log n) per range
        } else if (plan.scans().stream().allMatch(QueryPlanner.Scan::exact)) {
            n = distinctPositions(plan, wanted).size(); // a union of exact branches: keys only, deduplicated
        } else {
            n = candidates(plan, query).limit(wanted).count();
        }
        n = Math.max(0, n - Math.max(skip, 0));
        return (int) Math.min(limit > 0 ? Math.min(n, limit) : n, Integer.MAX_VALUE);
    }

    /** Matching documents in index order (not the sort's), each once, re-checked unless the plan is exact. */
    private Stream<Document> candidates(QueryPlanner.Plan plan, Document query) {
        boolean exact = plan.exact();
        return distinctPositions(plan, Long.MAX_VALUE).stream()
                .map(this::fetch)
                .filter(d -> d != null && (exact || documentMatchesQuery(d, query)));
    }

    private Set<ByteBuffer> distinctPositions(QueryPlanner.Plan plan, long atMost) {
        Set<ByteBuffer> positions = new LinkedHashSet<>();
        for (QueryPlanner.Scan scan : plan.scans()) {
            for (QueryPlanner.Range range : scan.ranges()) {
                Iterator<byte[][]> entries = scan.index().entries(range.from(), range.to(), false);
                while (entries.hasNext() && positions.size() < atMost) {
                    QueryDeadline.check();
                    positions.add(ByteBuffer.wrap(entries.next()[1]));
                }
            }
        }
        return positions;
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

        OrderedMerge(QueryPlanner.Plan plan, Document query, Comparator<Document> comparator) {
            this.query = query;
            heads = new PriorityQueue<>(Comparator.comparing(Head::document, comparator));
            for (QueryPlanner.Scan scan : plan.scans()) {
                for (QueryPlanner.Range range : scan.ranges()) {
                    advance(new Walk(scan.index().entries(range.from(), range.to(), scan.reverse()), scan.exact()));
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
