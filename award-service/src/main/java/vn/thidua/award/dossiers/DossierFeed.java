package vn.thidua.award.dossiers;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.thidua.award.dossiers.DossierPolicy.Action;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.sync.ChangeFeed;
import vn.thidua.shared.sync.ChangePage;

/**
 * The dossiers change feed: every move of every dossier ({@link DossierJournal} stamps each write), visible as the
 * dossier list is (the proposer's subtree, the units on its route, the whole province for its own, every tenant for
 * national roles). Items are {@link DossierChange} views, read with a projection: never the whole stored dossier.
 *
 * <p>Start-up rewrites: {@link StoredFormMigration} changes only the storage form of figures and path levels, which
 * no item shows, so it does not stamp; dossiers stored before the feed existed are stamped once here.
 */
@Service
public class DossierFeed implements ApplicationRunner {

    public static final String FEED = "dossiers";

    private final MongoTemplate mongo;
    private final ChangeFeed feed;

    public DossierFeed(MongoTemplate mongo, ChangeFeed feed) {
        this.mongo = mongo;
        this.feed = feed;
        // National readers walk the sequence; a province's scope starts with its tenant.
        ChangeFeed.ensureIndex(mongo.indexOps(Dossier.class));
        ChangeFeed.ensureIndex(mongo.indexOps(Dossier.class), "tenant");
    }

    @Override
    public void run(ApplicationArguments args) {
        feed.backfill(FEED, mongo.getCollectionName(Dossier.class), 1000);
    }

    public ChangePage<DossierChange> changes(PlatformPrincipal caller, long since, int size) {
        DossierPolicy.POLICY.require(caller, Action.READ);
        return feed.changes(since, size, ChangeFeed.Source.of(mongo.getCollectionName(Dossier.class),
                DossierAccess.visibleTo(caller),
                document -> DossierChange.of(mongo.getConverter().read(Dossier.class, document)),
                DossierChange.FIELDS));
    }
}
