package vn.thidua.registration.units;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.thidua.shared.lists.LongReads;

/**
 * The official units and their successions, read through an in-process cache. They change only when the
 * bundled dataset is imported (at start-up, or by a national admin), so a lookup by code, which sits on every
 * request path of the platform, is a map lookup, not a query; the import empties and refills the cache. Every
 * version of a code is cached together (a code has at most a few), and the date picks one.
 *
 * <p>{@link #preload()} reads everything once (about 14,200 units and 14,300 links); a code not found after a
 * preload is answered "none" without a query. Before a preload, or when it is switched off, misses read the
 * store (indexes {@code code+validFrom}, {@code fromCode}, {@code toCode}) and are cached.
 */
@Component
public class OfficialUnits {

    private static final Logger log = LoggerFactory.getLogger(OfficialUnits.class);
    private static final Comparator<Unit> BY_VALID_FROM = Comparator.comparing(Unit::validFrom);

    private final MongoTemplate mongo;
    private final Cache<String, List<Unit>> versions = Caffeine.newBuilder().maximumSize(200_000).build();
    private final Cache<String, List<Succession>> outgoing = Caffeine.newBuilder().maximumSize(200_000).build();
    private final Cache<String, List<Succession>> incoming = Caffeine.newBuilder().maximumSize(200_000).build();
    private volatile boolean complete;

    public OfficialUnits(MongoTemplate mongo) {
        this.mongo = mongo;
        // Lookups and children as of a date; search by folded name; tenant-first lists.
        mongo.indexOps(Unit.class).createIndex(new Index().on("code", Sort.Direction.ASC)
                .on("validFrom", Sort.Direction.ASC).named("code_validFrom"));
        mongo.indexOps(Unit.class).createIndex(new Index().on("parentCode", Sort.Direction.ASC)
                .on("validFrom", Sort.Direction.ASC).named("parentCode_validFrom"));
        mongo.indexOps(Unit.class).createIndex(new Index().on("searchKeys", Sort.Direction.ASC)
                .named("searchKeys"));
        mongo.indexOps(Unit.class).createIndex(new Index().on("tenant", Sort.Direction.ASC)
                .on("level", Sort.Direction.ASC).on("searchKey", Sort.Direction.ASC).named("tenant_level_searchKey"));
        mongo.indexOps(Unit.class).createIndex(new Index().on("level", Sort.Direction.ASC)
                .on("validTo", Sort.Direction.ASC).named("level_validTo"));
        mongo.indexOps(Succession.class).createIndex(new Index().on("fromCode", Sort.Direction.ASC).named("fromCode"));
        mongo.indexOps(Succession.class).createIndex(new Index().on("toCode", Sort.Direction.ASC).named("toCode"));
    }

    /** Every version of an official code, oldest first. */
    public List<Unit> versions(String code) {
        List<Unit> cached = versions.getIfPresent(code);
        if (cached != null) {
            return cached;
        }
        if (complete) {
            return List.of();
        }
        return versions.get(code, c -> mongo.find(Query.query(Criteria.where("code").is(c).and("official").is(true))
                .with(Sort.by("validFrom")), Unit.class));
    }

    /** The version of an official code valid on {@code day} (yyyy-MM-dd). */
    public Optional<Unit> on(String code, String day) {
        List<Unit> all = versions(code);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).validOn(day)) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    public List<Succession> from(String code) {
        return links(outgoing, "fromCode", code);
    }

    public List<Succession> to(String code) {
        return links(incoming, "toCode", code);
    }

    private List<Succession> links(Cache<String, List<Succession>> cache, String field, String code) {
        List<Succession> cached = cache.getIfPresent(code);
        if (cached != null) {
            return cached;
        }
        if (complete) {
            return List.of();
        }
        return cache.get(code, c -> mongo.find(Query.query(Criteria.where(field).is(c))
                .with(Sort.by("effectiveDate", "fromCode", "toCode")), Succession.class));
    }

    /** Empties the cache: the next reads go to the store. */
    public void invalidate() {
        complete = false;
        versions.invalidateAll();
        outgoing.invalidateAll();
        incoming.invalidateAll();
    }

    /** Reads all official units and successions into the cache in one pass each. */
    public void preload() {
        long started = System.nanoTime();
        invalidate();
        Map<String, List<Unit>> byCode = new HashMap<>();
        // Whole-set reads: each batch under the query time limit, not the whole read (LongReads).
        try (Stream<Unit> units = LongReads.stream(mongo, Unit.class, new org.bson.Document("official", true),
                new org.bson.Document("_id", 1))) {
            units.forEach(unit -> byCode.computeIfAbsent(unit.code(), c -> new ArrayList<>()).add(unit));
        }
        byCode.values().forEach(list -> list.sort(BY_VALID_FROM));
        Map<String, List<Succession>> from = new HashMap<>();
        Map<String, List<Succession>> to = new HashMap<>();
        long links = 0;
        try (Stream<Succession> all = LongReads.stream(mongo, Succession.class, new org.bson.Document(),
                new org.bson.Document("_id", 1))) {
            for (Succession link : (Iterable<Succession>) all::iterator) {
                from.computeIfAbsent(link.fromCode(), c -> new ArrayList<>()).add(link);
                to.computeIfAbsent(link.toCode(), c -> new ArrayList<>()).add(link);
                links++;
            }
        }
        Comparator<Succession> order = Comparator.comparing(Succession::effectiveDate)
                .thenComparing(Succession::fromCode).thenComparing(Succession::toCode);
        from.values().forEach(list -> list.sort(order));
        to.values().forEach(list -> list.sort(order));
        byCode.forEach((code, list) -> versions.put(code, List.copyOf(list)));
        from.forEach((code, list) -> outgoing.put(code, List.copyOf(list)));
        to.forEach((code, list) -> incoming.put(code, List.copyOf(list)));
        complete = true;
        log.info("Official units cached: {} codes, {} successions, in {} ms", byCode.size(), links,
                (System.nanoTime() - started) / 1_000_000);
    }
}
