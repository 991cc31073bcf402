package vn.thidua.campaign.campaigns;

import static vn.thidua.campaign.campaigns.CampaignPolicy.POLICY;

import org.bson.Document;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.thidua.campaign.campaigns.CampaignPolicy.Action;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.sync.ChangeFeed;
import vn.thidua.shared.sync.ChangePage;

/**
 * The campaigns change feed: every create, edit and move of a campaign (each stamps the document, {@link Campaigns})
 * and every deleted draft (a tombstone, {@link CampaignDeletion}), in one sequence, with the same visibility as the
 * campaign list ({@link Campaigns#visibleTo}). Campaigns stored before the feed existed are stamped at start-up.
 */
@Service
public class CampaignFeed implements ApplicationRunner {

    public static final String FEED = "campaigns";

    private final MongoTemplate mongo;
    private final ChangeFeed feed;
    private final CampaignUnits units;

    public CampaignFeed(MongoTemplate mongo, ChangeFeed feed, CampaignUnits units) {
        this.mongo = mongo;
        this.feed = feed;
        this.units = units;
        // National readers walk the sequence; a province's scope starts with its tenant (or the national plans').
        ChangeFeed.ensureIndex(mongo.indexOps(Campaign.class));
        ChangeFeed.ensureIndex(mongo.indexOps(Campaign.class), "tenant");
    }

    @Override
    public void run(ApplicationArguments args) {
        feed.backfill(FEED, mongo.getCollectionName(Campaign.class), 1000);
    }

    /** Items are {@link CampaignChange} or, for a deleted draft, {@link vn.thidua.shared.sync.Tombstone}. */
    public ChangePage<Object> changes(PlatformPrincipal caller, long since, int size) {
        POLICY.require(caller, Action.READ);
        ChangeFeed.validate(since, size);
        Criteria scope = Campaigns.visibleTo(caller, units.callerPath(caller));
        return feed.changes(since, size, java.util.List.of(
                ChangeFeed.Source.<Object>of(mongo.getCollectionName(Campaign.class), scope,
                        document -> CampaignChange.of(mongo.getConverter().read(Campaign.class, document))),
                ChangeFeed.Source.<Object>tombstones(FEED, scope, tombstone -> tombstone)));
    }

    /** What a deleted draft's tombstone keeps: the fields {@link Campaigns#visibleTo} reads, nothing else. */
    static Document scopeFields(Campaign draft) {
        return new Document("tenant", draft.tenant()).append("unitPath", draft.unitPath())
                .append("ownerUnitCode", draft.ownerUnitCode()).append("status", draft.status().name());
    }
}
