package vn.thidua.registration.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.web.PageResponse;

/**
 * "Changed since" feeds for phones that sync. Every write of a synced document stamps it with the next number of
 * one monotonic sequence per feed ({@code changeSeq}, from an atomic {@code $inc} on a counter document) and the
 * time it took that number ({@code changedAt}). A feed returns documents with {@code changeSeq > since} in
 * sequence order, and the next cursor is the last number returned:
 * <ul>
 *   <li>an item updated twice gets a new, higher number each time, so it moves to the end of the feed: a
 *       client paging through never loses it (it shows up again later with its latest state) and never gets a
 *       stale copy after a fresh one (it keeps only the latest by id);</li>
 *   <li>a number taken but not yet written (a slow writer) must not be skipped by a reader that already saw a
 *       higher one: the feed serves only documents whose {@code changedAt} is at least the settle lag old, and
 *       stops before the first younger one, so any lower number, taken earlier, has been written by then
 *       (writes finish well within the lag; lag 2 s by default, {@code thidua.sync.settle-lag});</li>
 *   <li>one sequence per feed for every tenant, so a national user's cursor works across provinces; scope is
 *       applied to the documents, never to the numbers.</li>
 * </ul>
 */
@Component
public class ChangeSequence {

    static final String COUNTERS = "change_counters";

    /** The feed's order: its sequence numbers are unique, so they are the cursor (indexes then end with _id). */
    public static final Sort ORDER = Sort.by("changeSeq");
    /** The scopes a feed is read in (ScopeQueries.visibleTo): tenant, a unit's subtree, the national board. */
    public static final List<List<String>> SCOPES = List.of(List.of("tenant"), List.of("tenant", "unitPath"),
            List.of());

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration settleLag;

    public ChangeSequence(MongoTemplate mongo, Clock clock,
            @Value("${thidua.sync.settle-lag:2s}") Duration settleLag) {
        this.mongo = mongo;
        this.clock = clock;
        this.settleLag = settleLag;
    }

    /** A stamp for one write: the next number of the feed and the time it was taken. */
    public record Stamp(long seq, Instant at) {
    }

    public Stamp next(String feed) {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(feed)),
                new Update().inc("value", 1L), FindAndModifyOptions.options().returnNew(true).upsert(true),
                Document.class, COUNTERS);
        Number value = counter == null ? null : (Number) counter.get("value");
        if (value == null) {
            throw new IllegalStateException("change counter " + feed + " returned nothing");
        }
        return new Stamp(value.longValue(), clock.instant());
    }

    /** One page of a feed. {@code nextCursor} goes into the next call's {@code since}. */
    public record ChangePage<T>(List<T> items, long since, long nextCursor, boolean more) {
    }

    /** Documents of {@code type} visible by {@code scope}, changed after {@code since}, settled, in order. */
    public <T extends Synced> ChangePage<T> changes(Criteria scope, long since, int size, Class<T> type) {
        if (since < 0) {
            throw ProblemException.invalid("since", "out-of-range", 0, Long.MAX_VALUE);
        }
        PageResponse.validate(0, size);
        Instant settled = clock.instant().minus(settleLag);
        Query query = Query.query(new Criteria().andOperator(scope, Criteria.where("changeSeq").gt(since)))
                .with(ORDER).limit(size + 1);
        List<T> found = mongo.find(query, type);
        List<T> items = new java.util.ArrayList<>();
        boolean more = found.size() > size;
        for (T item : found.subList(0, Math.min(size, found.size()))) {
            if (item.changedAt() == null || item.changedAt().isAfter(settled)) {
                // Not settled yet: stop here, the client asks again shortly from the last settled number.
                more = true;
                break;
            }
            items.add(item);
        }
        long next = items.isEmpty() ? since : items.getLast().changeSeq();
        return new ChangePage<>(items, since, next, more);
    }

    /** A document in a feed. */
    public interface Synced {
        long changeSeq();

        Instant changedAt();
    }
}
