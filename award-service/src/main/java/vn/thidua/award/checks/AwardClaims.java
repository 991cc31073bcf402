package vn.thidua.award.checks;

import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Once-only claims (tặng 01 lần; một thành tích khen một lần): one document per claim key, its {@code _id} the
 * key, so the unique _id index lets exactly one dossier hold it even when two submit at once. A once-for-life claim
 * also looks for the same form claimed for the nominee in any campaign (a pattern over the keys). Held while the
 * dossier is in flight or awarded; removed when it is returned, rejected, not approved or revoked.
 */
@Component
public class AwardClaims {

    static final String COLLECTION = "award_claims";

    private final MongoTemplate mongo;

    public AwardClaims(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Takes the claim for the dossier; answers the id of the dossier that holds it instead, or null. */
    public String claim(ClaimDemand demand, String tenant, String dossierId) {
        String other = heldElsewhere(demand, dossierId);
        if (other != null) {
            return other;
        }
        try {
            mongo.insert(new Document("_id", demand.key()).append("tenant", tenant).append("dossierId", dossierId),
                    COLLECTION);
            return null;
        } catch (DuplicateKeyException taken) {
            Document holder = mongo.findById(demand.key(), Document.class, COLLECTION);
            String holderId = holder == null ? null : holder.getString("dossierId");
            return dossierId.equals(holderId) ? null : holderId;
        }
    }

    /** Who holds the claim (under any of the nominee's codes) other than this dossier, or null. */
    public String heldElsewhere(ClaimDemand demand, String dossierId) {
        for (String key : java.util.stream.Stream.concat(java.util.stream.Stream.of(demand.key()),
                demand.alsoBlocking().stream()).toList()) {
            Document holder = mongo.findById(key, Document.class, COLLECTION);
            if (holder != null && !dossierId.equals(holder.getString("dossierId"))) {
                return holder.getString("dossierId");
            }
        }
        for (String pattern : demand.alsoBlockingPatterns() == null ? List.<String>of()
                : demand.alsoBlockingPatterns()) {
            Document holder = mongo.findOne(Query.query(Criteria.where("_id").regex(pattern)
                    .and("dossierId").ne(dossierId)), Document.class, COLLECTION);
            if (holder != null) {
                return holder.getString("dossierId");
            }
        }
        return null;
    }

    /**
     * Re-keys once-only claims taken before rules had a scope ({@code ONCE|<form>|<nominee>}) as claims in their
     * dossier's campaign ({@code ONCE|<campaign>|<form>|<nominee>}), the scope those rules have now; a claim whose
     * dossier is unknown ({@code campaignOfDossier} answers null) is left as it is. Idempotent: run it once at
     * start-up or as a migration. Answers how many were re-keyed.
     */
    public int rekeyOnceClaimsToCampaignScope(java.util.function.Function<String, String> campaignOfDossier) {
        int moved = 0;
        for (Document old : mongo.find(Query.query(Criteria.where("_id").regex("^ONCE\\|[^|]+\\|[^|]+$")),
                Document.class, COLLECTION)) {
            String campaignId = campaignOfDossier.apply(old.getString("dossierId"));
            if (campaignId == null) {
                continue;
            }
            String key = "ONCE|" + campaignId + "|" + old.getString("_id").substring("ONCE|".length());
            try {
                mongo.insert(new Document(old).append("_id", key), COLLECTION);
            } catch (DuplicateKeyException alreadyMoved) {
                // A previous run moved it: only the old key is left to remove.
            }
            mongo.remove(Query.query(Criteria.where("_id").is(old.getString("_id"))), COLLECTION);
            moved++;
        }
        return moved;
    }

    public void release(String key, String dossierId) {
        mongo.remove(Query.query(Criteria.where("_id").is(key).and("dossierId").is(dossierId)), COLLECTION);
    }
}
