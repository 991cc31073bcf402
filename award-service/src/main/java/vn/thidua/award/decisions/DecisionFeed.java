package vn.thidua.award.decisions;

import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.award.dossiers.Dossier;
import vn.thidua.award.dossiers.DossierPolicy;
import vn.thidua.award.dossiers.DossierPolicy.Action;
import vn.thidua.award.dossiers.DossierRevoked;
import vn.thidua.award.dossiers.DossierStatus;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.sync.ChangeFeed;
import vn.thidua.shared.sync.ChangePage;
import vn.thidua.shared.sync.Stamp;
import vn.thidua.shared.tenancy.ScopeQueries;

/**
 * The decisions change feed, one sequence for three kinds of item: decisions ({@link DecisionChange}, stamped when
 * issued and when published), revocations ({@link RevocationChange}, one per revoked award, written when a
 * dossier of the decision is revoked) and tombstones (a decision written, then removed because a dossier changed
 * meanwhile and the reservations were given back). Scope: the decision's tenant and unit path, as the decision list.
 *
 * <p>At start-up it stamps decisions stored before the feed existed and writes the revocation items missing for
 * dossiers revoked before it (or while the store failed between the dossier's save and this write).
 */
@Service
public class DecisionFeed implements ApplicationRunner {

    public static final String FEED = "decisions";
    static final String REVOCATIONS = "decision_revocations";
    private static final Logger log = LoggerFactory.getLogger(DecisionFeed.class);

    private final MongoTemplate mongo;
    private final ChangeFeed feed;

    public DecisionFeed(MongoTemplate mongo, ChangeFeed feed) {
        this.mongo = mongo;
        this.feed = feed;
        ChangeFeed.ensureIndex(mongo.indexOps(Decision.class));
        ChangeFeed.ensureIndex(mongo.indexOps(Decision.class), "tenant");
        ChangeFeed.ensureIndex(mongo.indexOps(REVOCATIONS));
        ChangeFeed.ensureIndex(mongo.indexOps(REVOCATIONS), "tenant");
    }

    @Override
    public void run(ApplicationArguments args) {
        feed.backfill(FEED, mongo.getCollectionName(Decision.class), 1000);
        Query revoked = Query.query(Criteria.where("status").is(DossierStatus.REVOKED).and("decisionId").ne(null));
        revoked.fields().include("decisionId", "awardFormCode", "nominee.type", "revocation");
        int written = 0;
        for (Dossier dossier : mongo.find(revoked, Dossier.class)) {
            if (!mongo.exists(Query.query(Criteria.where("_id").is(idOf(dossier.id))), REVOCATIONS)) {
                onRevoked(new DossierRevoked(dossier.id, dossier.decisionId, dossier.awardFormCode,
                        dossier.nominee == null ? null : dossier.nominee.type().name(),
                        dossier.revocation == null ? null : dossier.revocation.revokedOn(),
                        dossier.revocation == null ? null : dossier.revocation.legalBasis()));
                written++;
            }
        }
        if (written > 0) {
            log.info("Decisions feed: wrote {} revocation items missing for revoked dossiers", written);
        }
    }

    void stamp(Decision decision) {
        Stamp stamp = feed.next(FEED);
        decision.changeSeq = stamp.seq();
        decision.changedAt = stamp.at();
    }

    void removed(Decision decision) {
        feed.tombstone(FEED, decision.id, new Document("tenant", decision.tenant).append("unitPath",
                decision.unitPath));
    }

    /** A revoked award: its item, in the decision's scope. Idempotent (one item per dossier, restamped). */
    @EventListener
    public void onRevoked(DossierRevoked revoked) {
        Decision decision = mongo.findById(revoked.decisionId(), Decision.class);
        if (decision == null) {
            return;
        }
        Stamp stamp = feed.next(FEED);
        Document item = new Document("_id", idOf(revoked.dossierId())).append("decisionId", decision.id)
                .append("dossierId", revoked.dossierId()).append("tenant", decision.tenant)
                .append("unitPath", decision.unitPath).append("awardFormCode", revoked.awardFormCode())
                .append("nomineeType", revoked.nomineeType())
                .append("revokedOn", revoked.revokedOn() == null ? null : revoked.revokedOn().toString())
                .append("legalBasis", revoked.legalBasis()).append(Stamp.SEQ, stamp.seq())
                .append(Stamp.AT, java.util.Date.from(stamp.at()));
        mongo.getCollection(REVOCATIONS).replaceOne(new Document("_id", item.get("_id")), item,
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    /** Items are {@link DecisionChange}, {@link RevocationChange} or {@link vn.thidua.shared.sync.Tombstone}. */
    public ChangePage<Object> changes(PlatformPrincipal caller, long since, int size) {
        DossierPolicy.POLICY.require(caller, Action.READ);
        Criteria scope = ScopeQueries.visibleTo(caller);
        return feed.changes(since, size, List.of(
                ChangeFeed.Source.<Object>of(mongo.getCollectionName(Decision.class), scope,
                        document -> DecisionChange.of(mongo.getConverter().read(Decision.class, document))),
                ChangeFeed.Source.<Object>of(REVOCATIONS, scope, RevocationChange::of),
                ChangeFeed.Source.<Object>tombstones(FEED, scope, tombstone -> tombstone)));
    }

    static String idOf(String dossierId) {
        return "revocation:" + dossierId;
    }
}
