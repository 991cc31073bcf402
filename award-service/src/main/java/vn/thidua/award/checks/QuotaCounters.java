package vn.thidua.award.checks;

import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Quota use per scope, safe under concurrency without transactions: one counter document per (campaign, form,
 * rule, scope unit, share) holding {@code used} and the ids of the dossiers holding a slot. Taking a slot is one
 * conditional single-document update ({@code used < max} and not already a holder → {@code $inc} + {@code $push}),
 * so two submissions racing for the last slot cannot both win: MongoDB applies updates to one document one at a
 * time and the second finds {@code used == max}. A slot is held while the dossier is in flight or awarded, and
 * given back (conditional {@code $inc -1} + {@code $pull}) when it is returned, rejected, not approved or revoked.
 * Taking is idempotent per dossier (a retry does not take two slots).
 */
@Component
public class QuotaCounters {

    static final String COLLECTION = "quota_counters";

    private final MongoTemplate mongo;

    public QuotaCounters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Result of a reservation: granted or not, and the use after it. */
    public record Use(boolean granted, long used) {
    }

    public Use reserve(QuotaDemand demand, String dossierId) {
        ensure(demand);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(demand.key()).and("used").lt(demand.max())
                        .and("holders").ne(dossierId)),
                new Update().inc("used", 1).push("holders", dossierId), COLLECTION);
        Document counter = mongo.findById(demand.key(), Document.class, COLLECTION);
        return new Use(holders(counter).contains(dossierId), used(counter));
    }

    /** The current use, and whether this dossier holds a slot (for re-checks, which take nothing). */
    public Use peek(QuotaDemand demand, String dossierId) {
        Document counter = mongo.findById(demand.key(), Document.class, COLLECTION);
        if (counter == null) {
            return new Use(demand.max() > 0, 0);
        }
        boolean holds = holders(counter).contains(dossierId);
        return new Use(holds || used(counter) < demand.max(), used(counter));
    }

    public void release(String key, String dossierId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key).and("holders").is(dossierId)),
                new Update().inc("used", -1).pull("holders", dossierId), COLLECTION);
    }

    private void ensure(QuotaDemand demand) {
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(demand.key())),
                    new Update().setOnInsert("tenant", demand.tenant()).setOnInsert("used", 0)
                            .setOnInsert("holders", List.of()), COLLECTION);
        } catch (DuplicateKeyException createdConcurrently) {
            // Another request created it at the same moment: it exists now, which is all we need.
        }
    }

    private static long used(Document counter) {
        Object used = counter == null ? null : counter.get("used");
        return used instanceof Number n ? n.longValue() : 0;
    }

    @SuppressWarnings("unchecked")
    private static List<String> holders(Document counter) {
        Object holders = counter == null ? null : counter.get("holders");
        return holders instanceof List<?> list ? (List<String>) list : List.of();
    }
}
