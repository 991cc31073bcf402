package vn.thidua.shared.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.web.PageResponse;

/**
 * "Changed since" feeds: what phones sync from and what reporting builds its read models from. Every write of a
 * document in a feed stamps it with the next number of one monotonic sequence per feed ({@code changeSeq}, from
 * an atomic {@code $inc} on a counter document) and the time it took that number ({@code changedAt}). A feed
 * returns documents with {@code changeSeq > since} in sequence order, and the next cursor is the last number
 * returned:
 * <ul>
 *   <li>an item written twice gets a new, higher number each time, so it moves to the end of the feed: a reader
 *       paging through never loses it (it shows up again later with its latest state), never sees it twice in
 *       one page (one document, one number) and never gets a stale copy after a fresh one;</li>
 *   <li>a number taken but not yet written (a slow writer) must not be skipped by a reader that already saw a
 *       higher one: the feed serves only documents whose {@code changedAt} is at least the settle lag old, and
 *       stops before the first younger one, so any lower number, taken earlier, has been written by then
 *       (writes finish well within the lag; 2 s by default, {@code thidua.sync.settle-lag});</li>
 *   <li>one sequence per feed for every tenant, so a national reader's cursor works across provinces; scope is
 *       applied to the documents, never to the numbers (a province sees gaps where others' changes are);</li>
 *   <li>a document that is deleted leaves a {@link Tombstone} stamped from the same sequence, so readers learn
 *       of deletions in order with everything else.</li>
 * </ul>
 * Nothing here knows a domain type: a service names its collections, the caller's scope and the item view.
 */
public class ChangeFeed {

    public static final String COUNTERS = "change_counters";
    public static final String TOMBSTONES = "change_tombstones";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration settleLag;

    public ChangeFeed(MongoTemplate mongo, Clock clock, Duration settleLag) {
        this.mongo = mongo;
        this.clock = clock;
        this.settleLag = settleLag;
        mongo.indexOps(TOMBSTONES).createIndex(new Index().on("feed", Sort.Direction.ASC)
                .on(Stamp.SEQ, Sort.Direction.ASC).named("feed_changeSeq"));
    }

    /** A stamp for one write: the next number of the feed and the time it was taken. */
    public Stamp next(String feed) {
        return reserve(feed, 1);
    }

    /**
     * A block of {@code count} numbers in one round trip (an import or a backfill stamping many documents): the
     * stamp carries the first, {@link Stamp#plus} gives the others. Take a block just before writing it, so the
     * write stays well within the settle lag.
     */
    public Stamp reserve(String feed, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(feed)),
                new Update().inc("value", (long) count), FindAndModifyOptions.options().returnNew(true).upsert(true),
                Document.class, COUNTERS);
        Number value = counter == null ? null : (Number) counter.get("value");
        if (value == null) {
            throw new IllegalStateException("change counter " + feed + " returned nothing");
        }
        return new Stamp(value.longValue() - count + 1, clock.instant());
    }

    /** The update that stamps a document (for writes that are updates, not saves of a whole document). */
    public static Update stamped(Update update, Stamp stamp) {
        return update.set(Stamp.SEQ, stamp.seq()).set(Stamp.AT, stamp.at());
    }

    /**
     * Records that a document of the feed is gone. {@code scopeFields} are the fields the feed's scope criteria
     * read ({@code tenant}, {@code unitPath}, ...), copied from the document, so the tombstone reaches exactly the
     * readers that could see the document.
     */
    public Stamp tombstone(String feed, String id, Document scopeFields) {
        Stamp stamp = next(feed);
        Document tombstone = new Document(scopeFields).append("_id", feed + ":" + id).append("feed", feed)
                .append("documentId", id).append(Stamp.SEQ, stamp.seq()).append(Stamp.AT, Date.from(stamp.at()));
        mongo.getCollection(TOMBSTONES).replaceOne(new Document("_id", tombstone.get("_id")), tombstone,
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
        return stamp;
    }

    /**
     * Stamps the documents of {@code collection} written before the feed existed (or by a write that does not stamp),
     * in blocks of {@code batch}, so a reader starting at 0 gets every document once. Run at start-up: one pass over
     * the unstamped documents (one scan, not one per block, so a million documents cost one read), each block's
     * numbers reserved just before its update. A document stamped meanwhile by a real write keeps its own stamp
     * ({@code changeSeq: null} in the update's filter). Answers how many it stamped.
     */
    public long backfill(String feed, String collection, int batch) {
        // "is null" (missing or null) rather than "$exists: false": an equality, so the feed's index serves it.
        Query unstamped = Query.query(Criteria.where(Stamp.SEQ).is(null));
        unstamped.fields().include("_id");
        List<Object> ids = new ArrayList<>(batch);
        long stamped = 0;
        try (var documents = mongo.stream(unstamped, Document.class, collection)) {
            for (var it = documents.iterator(); it.hasNext(); ) {
                ids.add(it.next().get("_id"));
                if (ids.size() == batch) {
                    stamped += stampAll(feed, collection, ids);
                    ids.clear();
                }
            }
        }
        return ids.isEmpty() ? stamped : stamped + stampAll(feed, collection, ids);
    }

    private long stampAll(String feed, String collection, List<Object> ids) {
        Stamp first = reserve(feed, ids.size());
        var updates = new ArrayList<com.mongodb.client.model.UpdateOneModel<Document>>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            Stamp stamp = first.plus(i);
            updates.add(new com.mongodb.client.model.UpdateOneModel<>(
                    new Document("_id", ids.get(i)).append(Stamp.SEQ, null),
                    new Document("$set", new Document(Stamp.SEQ, stamp.seq())
                            .append(Stamp.AT, Date.from(stamp.at())))));
        }
        mongo.getCollection(collection).bulkWrite(updates,
                new com.mongodb.client.model.BulkWriteOptions().ordered(false));
        return ids.size();
    }

    /** A feed's order: its numbers are unique, {@code _id} ends the sort so every store can read it from an index. */
    public static final Sort ORDER = Sort.by(Stamp.SEQ);

    /** The scopes a feed is read in (ScopeQueries.visibleTo): a tenant, a unit's subtree, the national board. */
    public static final List<List<String>> SCOPES = List.of(List.of("tenant"), List.of("tenant", "unitPath"),
            List.of());

    /** The index every feed's collection needs: its scope's leading fields, then the sequence and {@code _id}. */
    public static void ensureIndex(IndexOperations indexes, String... leadingFields) {
        Index index = new Index();
        StringBuilder name = new StringBuilder();
        for (String field : leadingFields) {
            index.on(field, Sort.Direction.ASC);
            name.append(field).append('_');
        }
        indexes.createIndex(index.on(Stamp.SEQ, Sort.Direction.ASC).on("_id", Sort.Direction.ASC)
                .named(name + Stamp.SEQ + "_id"));
    }

    /** Checks {@code since} and {@code size} from the query string, naming the wrong parameter. */
    public static void validate(long since, int size) {
        if (since < 0) {
            throw ProblemException.invalid("since", "out-of-range", 0, Long.MAX_VALUE);
        }
        PageResponse.validate(0, size);
    }

    /**
     * Where a feed's items come from: documents of {@code collection} matching {@code scope}, read with only the
     * {@code fields} the view needs (all when empty), turned into API items by {@code view}.
     */
    public record Source<T>(String collection, Criteria scope, Function<Document, T> view, List<String> fields) {

        public static <T> Source<T> of(String collection, Criteria scope, Function<Document, T> view,
                String... fields) {
            return new Source<>(collection, scope, view, List.of(fields));
        }

        /** The feed's tombstones the caller may see, as {@link Tombstone} items. */
        public static <T> Source<T> tombstones(String feed, Criteria scope, Function<Tombstone, T> view) {
            return new Source<>(TOMBSTONES, new Criteria().andOperator(Criteria.where("feed").is(feed), scope),
                    document -> view.apply(new Tombstone(document.getString("documentId"), true,
                            seqOf(document), atOf(document))), List.of());
        }
    }

    /** The stored documents of {@code type} themselves as items (the phones' sync feeds). */
    public <S> Source<S> stored(Class<S> type, Criteria scope) {
        return Source.of(mongo.getCollectionName(type), scope, document -> mongo.getConverter().read(type, document));
    }

    /** One source's items changed after {@code since}, settled, in order. */
    public <T> ChangePage<T> changes(long since, int size, Source<? extends T> source) {
        return changes(since, size, List.of(source));
    }

    /**
     * Items of every source changed after {@code since}, settled, merged in sequence order (the sources share one
     * sequence: a collection and its tombstones). Each source reads at most {@code size + 1} documents by the
     * {@code changeSeq} index, so a page costs the same however long the feed is.
     */
    public <T> ChangePage<T> changes(long since, int size, List<? extends Source<? extends T>> sources) {
        validate(since, size);
        Instant settled = clock.instant().minus(settleLag);
        record Found<T>(Document document, Source<? extends T> source) {
        }
        List<Found<T>> found = new ArrayList<>();
        for (Source<? extends T> source : sources) {
            Query query = Query.query(new Criteria().andOperator(source.scope(), Criteria.where(Stamp.SEQ).gt(since)))
                    .with(ORDER.and(Sort.by("_id"))).limit(size + 1);
            if (!source.fields().isEmpty()) {
                source.fields().forEach(query.fields()::include);
                query.fields().include(Stamp.SEQ, Stamp.AT);
            }
            mongo.find(query, Document.class, source.collection()).forEach(d -> found.add(new Found<>(d, source)));
        }
        found.sort(Comparator.comparingLong(f -> seqOf(f.document())));
        List<T> items = new ArrayList<>();
        boolean more = found.size() > size;
        long next = since;
        for (Found<T> item : found.subList(0, Math.min(size, found.size()))) {
            Instant at = atOf(item.document());
            if (at == null || at.isAfter(settled)) {
                // Not settled yet: stop here, the reader asks again shortly from the last settled number.
                more = true;
                break;
            }
            items.add(item.source().view().apply(item.document()));
            next = seqOf(item.document());
        }
        return new ChangePage<>(items, since, next, more);
    }

    static long seqOf(Document document) {
        return ((Number) document.get(Stamp.SEQ)).longValue();
    }

    static Instant atOf(Document document) {
        Object at = document.get(Stamp.AT);
        return at instanceof Date date ? date.toInstant() : at instanceof Instant instant ? instant : null;
    }
}
