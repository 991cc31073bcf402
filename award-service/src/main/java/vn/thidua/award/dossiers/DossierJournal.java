package vn.thidua.award.dossiers;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.thidua.award.audit.AuditEvent;
import vn.thidua.award.audit.AuditTrail;
import vn.thidua.award.checks.AwardClaims;
import vn.thidua.award.checks.QuotaCounters;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.sync.ChangeFeed;
import vn.thidua.shared.sync.Stamp;

/**
 * Writes a move: the versioned save of the dossier (two concurrent moves from one version → one wins, the other
 * 412), the release of its quota slots and claims when it leaves the flow, then the audit append (a failed append
 * leaves the transition unaudited for the reconciler). The audit flag written afterwards is bookkeeping no feed
 * item shows, so it is not stamped (nor is the reconciler's).
 */
@Component
public class DossierJournal {

    private static final Logger log = LoggerFactory.getLogger(DossierJournal.class);

    private final MongoTemplate mongo;
    private final AuditTrail audit;
    private final QuotaCounters quotas;
    private final AwardClaims claims;
    private final Clock clock;
    private final ChangeFeed feed;
    private final ApplicationEventPublisher events;

    public DossierJournal(MongoTemplate mongo, AuditTrail audit, QuotaCounters quotas, AwardClaims claims,
            Clock clock, ChangeFeed feed, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.feed = feed;
        this.events = events;
        this.audit = audit;
        this.quotas = quotas;
        this.claims = claims;
        this.clock = clock;
    }

    Dossier insert(Dossier dossier, PlatformPrincipal caller) {
        TransitionRecord created = record("CREATE", null, DossierStatus.DRAFT, null, caller);
        dossier.transitions.add(created);
        dossier.createdAt = clock.instant();
        dossier.updatedAt = clock.instant();
        stamp(dossier);
        Dossier saved = mongo.insert(dossier);
        audited(saved, created, Map.of());
        return saved;
    }

    /** Saves a move already applied to the dossier: versioned save, quota release when it leaves the flow, audit. */
    Dossier saveMove(Dossier dossier, String action, DossierStatus from, String reason, PlatformPrincipal caller,
            Map<String, String> details) {
        TransitionRecord move = record(action, from, dossier.status, reason, caller);
        dossier.transitions.add(move);
        dossier.updatedAt = clock.instant();
        stamp(dossier);
        Dossier saved = mongo.save(dossier);
        if (from != null && from.holding() && !saved.status.holding()) {
            release(saved.quotaKeys, saved.claimKeys, saved.id);
        }
        audited(saved, move, details);
        if (saved.status == DossierStatus.REVOKED && from != DossierStatus.REVOKED && saved.decisionId != null) {
            // The decisions feed carries the revocation as an item of its own (decisions listen; no cycle).
            events.publishEvent(DossierRevoked.of(saved));
        }
        return saved;
    }

    /**
     * Every write of a move (create, edit, submit, forward, return, decision and its undo, publication, revocation)
     * goes through here, so every one takes the next number of the dossiers feed. The number is taken just before
     * the write; a write that then loses the optimistic race leaves a gap, which readers never notice.
     */
    private void stamp(Dossier dossier) {
        Stamp stamp = feed.next(DossierFeed.FEED);
        dossier.changeSeq = stamp.seq();
        dossier.changedAt = stamp.at();
    }

    /** Stamps a partial update of a dossier (an attachment added) for the dossiers feed. */
    Update stamped(Update update) {
        return ChangeFeed.stamped(update, feed.next(DossierFeed.FEED));
    }

    private void release(List<String> quotaKeys, List<String> claimKeys, String dossierId) {
        quotaKeys.forEach(key -> quotas.release(key, dossierId));
        claimKeys.forEach(key -> claims.release(key, dossierId));
    }

    private TransitionRecord record(String action, DossierStatus from, DossierStatus to, String reason,
            PlatformPrincipal caller) {
        return new TransitionRecord(UUID.randomUUID().toString(), action, from == null ? null : from.name(),
                to == null ? null : to.name(), reason, caller.username(), caller.unitCode(), clock.instant(), false);
    }

    private void audited(Dossier saved, TransitionRecord move, Map<String, String> details) {
        try {
            audit.append(eventOf(saved, move, details));
            mongo.updateFirst(Query.query(Criteria.where("_id").is(saved.id).and("transitions.eventId")
                    .is(move.eventId())), new Update().set("transitions.$.audited", true), "dossiers");
            saved.transitions.replaceAll(t -> t.eventId().equals(move.eventId()) ? t.audited(true) : t);
        } catch (RuntimeException failure) {
            log.warn("Audit append failed for dossier {} event {}; the reconciler will retry: {}", saved.id,
                    move.eventId(), failure.toString());
        }
    }

    public static AuditEvent eventOf(Dossier dossier, TransitionRecord move, Map<String, String> details) {
        Map<String, String> all = new HashMap<>(details == null ? Map.of() : details);
        if (dossier.holderUnitCode != null) {
            all.putIfAbsent("holderUnitCode", dossier.holderUnitCode);
        }
        all.putIfAbsent("awardFormCode", String.valueOf(dossier.awardFormCode));
        return new AuditEvent(move.eventId(), "DOSSIER", dossier.id, dossier.tenant, dossier.unitPath, move.action(),
                move.fromStatus(), move.toStatus(), move.reason(), all);
    }
}
