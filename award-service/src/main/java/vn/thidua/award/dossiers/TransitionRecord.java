package vn.thidua.award.dossiers;

import java.time.Instant;

/**
 * One state change as the dossier keeps it; {@code eventId} is the audit event's id, and {@code audited} stays
 * false until the audit trail has the record (the reconciler re-appends those).
 */
public record TransitionRecord(String eventId, String action, String fromStatus, String toStatus, String reason,
        String actor, String actorUnitCode, Instant at, boolean audited) {

    public TransitionRecord audited(boolean done) {
        return new TransitionRecord(eventId, action, fromStatus, toStatus, reason, actor, actorUnitCode, at, done);
    }
}
