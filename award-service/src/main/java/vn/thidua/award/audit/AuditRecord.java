package vn.thidua.award.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One link of an audit chain (bản ghi nhật ký) as stored and as inspectors read it. Every field except
 * {@code hash} goes into the hash (see {@link AuditChain#canonicalForm}); {@code at} is kept to the millisecond,
 * the precision MongoDB stores, so a record read back hashes the same.
 *
 * @param chain    the tenant's province code, or {@value AuditChain#NATIONAL} for national objects
 * @param sequence 1, 2, 3, … without gaps inside a chain
 */
public record AuditRecord(String chain, long sequence, String eventId, String subjectType, String subjectId,
        String tenant, List<String> unitPath, String action, String fromStatus, String toStatus, String reason,
        Map<String, String> details, String actorSubject, String actorUsername, List<String> actorRoles,
        String actorUnitCode, String actorUnitLevel, Instant at, String requestId, String previousHash,
        String hash) {

    /** {@code chain:sequence}, e.g. {@code 12:17}: how a record is addressed ({@code GET /api/v1/audit/12:17}). */
    @JsonProperty("id")
    public String id() {
        return chain + ":" + sequence;
    }

    /** The same record with its hash set (the chain computes it). */
    public AuditRecord withHash(String newHash) {
        return new AuditRecord(chain, sequence, eventId, subjectType, subjectId, tenant, unitPath, action,
                fromStatus, toStatus, reason, details, actorSubject, actorUsername, actorRoles, actorUnitCode,
                actorUnitLevel, at, requestId, previousHash, newHash);
    }
}
