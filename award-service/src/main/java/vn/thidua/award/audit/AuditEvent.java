package vn.thidua.award.audit;

import java.util.List;
import java.util.Map;

/**
 * One thing that happened to a dossier or a decision, as the workflow reports it (nhật ký): the audit trail adds
 * who, when and the request id itself.
 *
 * @param eventId     the caller's unique id for the event: appending the same id twice records it once
 * @param subjectType "DOSSIER" | "DECISION"
 * @param tenant      province code, {@code null} for national objects (their own chain)
 */
public record AuditEvent(String eventId, String subjectType, String subjectId, String tenant,
        List<String> unitPath, String action, String fromStatus, String toStatus, String reason,
        Map<String, String> details) {
}
