package vn.thidua.campaign.campaigns;

import static vn.thidua.campaign.campaigns.CampaignPolicy.POLICY;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.campaign.campaigns.CampaignPolicy.Action;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.sync.ChangeFeed;
import vn.thidua.shared.web.Versions;

/**
 * Deleting a draft (a plan never launched: nothing registered for it, nobody outside its owner's subtree saw it).
 * A launched campaign is never deleted, it is closed. The draft leaves a tombstone in the campaigns feed, so a
 * reader that copied it drops it.
 */
@Service
public class CampaignDeletion {

    private final MongoTemplate mongo;
    private final Campaigns campaigns;
    private final ChangeFeed feed;

    public CampaignDeletion(MongoTemplate mongo, Campaigns campaigns, ChangeFeed feed) {
        this.mongo = mongo;
        this.campaigns = campaigns;
        this.feed = feed;
    }

    public void deleteDraft(String id, long expectedVersion, PlatformPrincipal caller) {
        POLICY.require(caller, Action.EDIT);
        Campaign current = campaigns.get(id, caller);
        if (!CampaignLifecycle.mayEdit(current.status(), current.plan().level(), current.tenant(),
                current.ownerUnitCode(), caller)) {
            throw ProblemException.forbidden("forbidden");
        }
        if (current.status() != CampaignStatus.DRAFT) {
            throw ProblemException.conflict("invalid-transition", "DELETE", current.status());
        }
        Versions.check(expectedVersion, current.version());
        if (mongo.exists(Query.query(Criteria.where("plan.parentCampaignId").is(id)), Campaign.class)) {
            // A lower unit's plan names it: deleting it would leave that plan implementing nothing.
            throw ProblemException.conflict("campaign-has-lower-plans", id);
        }
        // The version in the filter: an edit since our read wins, and this delete answers 412.
        long removed = mongo.remove(Query.query(Criteria.where("_id").is(id).and("version").is(current.version())),
                Campaign.class).getDeletedCount();
        if (removed == 0) {
            throw ProblemException.preconditionFailed(current.version());
        }
        mongo.remove(Query.query(Criteria.where("tenant").is(current.tenant()).and("campaignId").is(id)),
                CampaignVersion.class);
        feed.tombstone(CampaignFeed.FEED, id, CampaignFeed.scopeFields(current));
    }
}
