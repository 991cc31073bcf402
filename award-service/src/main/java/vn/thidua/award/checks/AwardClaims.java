package vn.thidua.award.checks;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.thidua.award.clients.CampaignApi.Rule;

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
            // The scope is written with the claim, so a migration never mistakes a lifetime claim for an old one.
            Document claim = new Document("_id", demand.key()).append("tenant", tenant).append("dossierId", dossierId);
            if (demand.scope() != null) {
                claim.append("scope", demand.scope());
            }
            mongo.insert(claim, COLLECTION);
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
     * dossier's campaign ({@code ONCE|<campaign>|<form>|<nominee>}), the scope those rules have now. A claim whose
     * dossier is unknown or whose rule is once for life ({@code campaignOfDossier} answers null), or that was
     * written with its scope, is left as it is. Idempotent. Answers how many were re-keyed.
     */
    public int rekeyOnceClaimsToCampaignScope(Function<String, String> campaignOfDossier) {
        return rekey("^ONCE\\|[^|]+\\|[^|]+$", (old, dossierId) -> {
            String campaignId = campaignOfDossier.apply(dossierId);
            return campaignId == null ? null : "ONCE|" + campaignId + "|" + old.substring("ONCE|".length());
        });
    }

    /**
     * Re-keys "one achievement, one award" claims keyed by the client's achievement key ({@code
     * ACH|<nominee>|<key>}) to the key the server builds from the dossier ({@code newKey} of the dossier id and
     * the nominee key; null leaves the claim). Idempotent. Answers how many were re-keyed.
     */
    public int rekeyAchievementClaims(BiFunction<String, String, String> newKey) {
        return rekey("^ACH\\|[^|]+\\|[^|]+$", (old, dossierId) -> newKey.apply(dossierId, old.split("\\|")[1]));
    }

    private int rekey(String oldKeys, BiFunction<String, String, String> newKeyOf) {
        int moved = 0;
        for (Document old : mongo.find(Query.query(Criteria.where("_id").regex(oldKeys).and("scope").exists(false)),
                Document.class, COLLECTION)) {
            String oldKey = old.getString("_id");
            String key = newKeyOf.apply(oldKey, old.getString("dossierId"));
            if (key == null || key.equals(oldKey)) {
                continue;
            }
            try {
                mongo.insert(new Document(old).append("_id", key), COLLECTION);
            } catch (DuplicateKeyException alreadyMoved) {
                // A previous run moved it, or the dossier holds the new key too: only the old key is left.
            }
            mongo.remove(Query.query(Criteria.where("_id").is(oldKey)), COLLECTION);
            moved++;
        }
        return moved;
    }

    /** The server's "one achievement, one award" key for a dossier's round and one of its nominee's keys. */
    public static String achievementKey(String campaignId, Integer year, String occasion, String nomineeKey,
            String clientKey) {
        return OnceOnly.achievementKey(campaignId, year, occasion, nomineeKey, clientKey);
    }

    /** Whether a rule is a once-only rule for life (its claims are not per campaign). */
    public static boolean onceForLife(Rule rule) {
        return OnceOnly.ONCE.equals(rule.kind()) && OnceOnly.LIFETIME.equals(OnceOnly.scope(rule));
    }

    public void release(String key, String dossierId) {
        mongo.remove(Query.query(Criteria.where("_id").is(key).and("dossierId").is(dossierId)), COLLECTION);
    }
}
