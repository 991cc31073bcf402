package vn.thidua.award.decisions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.thidua.award.reservations.ReservationScope;
import vn.thidua.shared.error.ProblemException;

/**
 * One decision per dossier, also when two signers issue at the same moment: before a decision is written, each of
 * its dossiers is claimed by a document whose id is the dossier's (one insert wins, without transactions). The
 * loser gives back what it claimed (through its reservation scope) and answers 409 naming the dossier; nothing of it is written.
 *
 * <p>A claim whose decision was never written (the service stopped between the two writes) is taken over after
 * {@link #ABANDONED}, so a crash cannot block a dossier for ever.
 */
class DecisionClaims {

    static final Duration ABANDONED = Duration.ofMinutes(2);

    @Document("decision_claims")
    record Claim(@Id String dossierId, String decisionId, Instant at) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    DecisionClaims(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Claims every dossier for the decision, each claim given back by the scope unless it commits (409 naming
     * the first one taken by another decision).
     */
    void claimAll(List<String> dossierIds, String decisionId, ReservationScope scope) {
        for (String dossierId : dossierIds) {
            if (!claim(dossierId, decisionId)) {
                throw ProblemException.conflict("dossier-already-on-decision", dossierId);
            }
            scope.taken("decision-claim", () -> releaseAll(List.of(dossierId), decisionId));
        }
    }

    /** Gives back this decision's claims (it was not written after all). */
    void releaseAll(List<String> dossierIds, String decisionId) {
        for (String dossierId : dossierIds) {
            mongo.remove(Query.query(Criteria.where("_id").is(dossierId).and("decisionId").is(decisionId)),
                    Claim.class);
        }
    }

    private boolean claim(String dossierId, String decisionId) {
        Instant now = clock.instant();
        try {
            mongo.insert(new Claim(dossierId, decisionId, now));
            return true;
        } catch (DuplicateKeyException taken) {
            Claim existing = mongo.findById(dossierId, Claim.class);
            if (existing == null) {
                return claim(dossierId, decisionId);
            }
            boolean abandoned = existing.at().plus(ABANDONED).isBefore(now)
                    && !mongo.exists(Query.query(Criteria.where("_id").is(existing.decisionId())), Decision.class);
            if (!abandoned) {
                return false;
            }
            // Conditional on the abandoned claim: two takers of the same abandoned claim cannot both win.
            return mongo.updateFirst(Query.query(Criteria.where("_id").is(dossierId)
                            .and("decisionId").is(existing.decisionId())),
                    Update.update("decisionId", decisionId).set("at", now), Claim.class).getModifiedCount() == 1;
        }
    }
}
