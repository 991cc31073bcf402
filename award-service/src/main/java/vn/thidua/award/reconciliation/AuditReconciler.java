package vn.thidua.award.reconciliation;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.thidua.award.audit.AuditTrail;
import vn.thidua.award.decisions.Decision;
import vn.thidua.award.decisions.Decisions;
import vn.thidua.award.dossiers.Dossier;
import vn.thidua.award.dossiers.DossierJournal;
import vn.thidua.award.dossiers.TransitionRecord;

/**
 * Nothing is lost when the audit append fails after a save: the transition stays {@code audited=false} on the
 * dossier (or decision), and this job re-appends it. The append is idempotent by event id, so a record that did
 * reach the trail before a crash is not written twice.
 */
@Component
public class AuditReconciler {

    private static final Logger log = LoggerFactory.getLogger(AuditReconciler.class);

    private final MongoTemplate mongo;
    private final AuditTrail audit;

    public AuditReconciler(MongoTemplate mongo, AuditTrail audit) {
        this.mongo = mongo;
        this.audit = audit;
    }

    @Scheduled(fixedDelayString = "${thidua.award.audit-reconcile-interval:PT1M}",
            initialDelayString = "${thidua.award.audit-reconcile-interval:PT1M}")
    public int reconcile() {
        int done = 0;
        Query unaudited = Query.query(Criteria.where("transitions.audited").is(false)).limit(200);
        for (Dossier dossier : mongo.find(unaudited, Dossier.class)) {
            for (TransitionRecord move : dossier.transitions) {
                if (!move.audited() && append(() -> audit.append(DossierJournal.eventOf(dossier, move, Map.of())))) {
                    mark("dossiers", dossier.id, move.eventId());
                    done++;
                }
            }
        }
        for (Decision decision : mongo.find(unaudited, Decision.class)) {
            for (TransitionRecord move : decision.transitions) {
                if (!move.audited() && append(() -> audit.append(Decisions.eventOf(decision, move, Map.of())))) {
                    mark("decisions", decision.id, move.eventId());
                    done++;
                }
            }
        }
        if (done > 0) {
            log.info("Audit reconciler appended {} transitions", done);
        }
        return done;
    }

    private static boolean append(Runnable append) {
        try {
            append.run();
            return true;
        } catch (RuntimeException stillFailing) {
            log.warn("Audit still failing: {}", stillFailing.toString());
            return false;
        }
    }

    private void mark(String collection, String id, String eventId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("transitions.eventId").is(eventId)),
                new Update().set("transitions.$.audited", true), collection);
    }

    static List<String> collections() {
        return List.of("dossiers", "decisions");
    }
}
