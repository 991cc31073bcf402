package vn.thidua.registration.units;

import java.time.Instant;
import java.util.Date;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.sync.ChangeFeed;
import vn.thidua.shared.sync.ChangePage;
import vn.thidua.shared.sync.Stamp;

/**
 * The units and successions change feeds (what reporting maps history with).
 *
 * <p>Successions are a feed of their own, not part of the unit documents: the registry stores each link as its
 * own document keyed by (from, to, date), a link joins two units that may be in two provinces (a commune of old
 * Quảng Trị, 45, into a commune of today's 44) and a unit has several, and reporting needs the edges themselves to
 * roll a historic unit up to its successors in force on a date. Folding them into unit documents would stamp and
 * ship both units for every link, with no single owner.
 *
 * <p>Scope: units as the registry's scope rules say (national roles every tenant, a province its own, a lower
 * unit its subtree by {@code path}); successions are the official conversion table, which every platform role
 * already reads ({@code /units/{code}/successors}), so every reader gets all of them.
 *
 * <p>Writers stamp: {@link RegisteredUnits} on create and edit, the import on every unit or link it inserts or
 * changes (a re-import of the same data changes and stamps nothing). Documents stored before the feeds existed
 * are stamped once at start-up, before the import runs.
 */
@Service
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UnitFeed implements ApplicationRunner {

    public static final String UNITS = "units";
    public static final String SUCCESSIONS = "unit-successions";
    private static final int BACKFILL_BATCH = 1000;

    private final MongoTemplate mongo;
    private final ChangeFeed feed;

    public UnitFeed(MongoTemplate mongo, ChangeFeed feed) {
        this.mongo = mongo;
        this.feed = feed;
        // National readers walk the sequence itself; everyone else within a tenant.
        ChangeFeed.ensureIndex(mongo.indexOps(Unit.class));
        ChangeFeed.ensureIndex(mongo.indexOps(Unit.class), "tenant");
        ChangeFeed.ensureIndex(mongo.indexOps(Succession.class));
    }

    @Override
    public void run(ApplicationArguments args) {
        feed.backfill(UNITS, mongo.getCollectionName(Unit.class), BACKFILL_BATCH);
        feed.backfill(SUCCESSIONS, mongo.getCollectionName(Succession.class), BACKFILL_BATCH);
    }

    public ChangePage<UnitChange> units(PlatformPrincipal caller, long since, int size) {
        return feed.changes(since, size, ChangeFeed.Source.of(mongo.getCollectionName(Unit.class), scope(caller),
                document -> UnitChange.of(mongo.getConverter().read(Unit.class, document)), "code", "level", "type",
                "name", "names", "parentCode", "provinceCode", "tenant", "path", "validFrom", "validTo", "official",
                "version"));
    }

    public ChangePage<SuccessionChange> successions(long since, int size) {
        return feed.changes(since, size, ChangeFeed.Source.of(mongo.getCollectionName(Succession.class),
                new Criteria(), document -> SuccessionChange.of(mongo.getConverter().read(Succession.class, document),
                        ((Number) document.get(Stamp.SEQ)).longValue(), atOf(document))));
    }

    /** Tenant first (the index), then the caller's subtree; a token without tenant or unit sees nothing. */
    static Criteria scope(PlatformPrincipal caller) {
        if (caller.isNational()) {
            return new Criteria();
        }
        if (caller.tenant() == null || caller.unitCode() == null) {
            return Criteria.where("tenant").is("\u0000none");
        }
        Criteria criteria = Criteria.where("tenant").is(caller.tenant());
        return caller.unitCode().equals(caller.tenant()) ? criteria : criteria.and("path").is(caller.unitCode());
    }

    private static Instant atOf(org.bson.Document document) {
        return ((Date) document.get(Stamp.AT)).toInstant();
    }
}
