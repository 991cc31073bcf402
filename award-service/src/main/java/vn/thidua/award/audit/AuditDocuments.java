package vn.thidua.award.audit;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The stored shape of a record, written by hand rather than by the object mapper: what is hashed must be exactly
 * what is stored, and the details map is kept as [key, value] pairs so keys with dots or dollars (free text of the
 * workflow) can never be refused or rewritten by the store.
 */
final class AuditDocuments {

    static final String RECORDS = "audit_records";
    static final String HEADS = "audit_heads";

    private AuditDocuments() {
    }

    static String idOf(String chain, long sequence) {
        return chain + ":" + sequence;
    }

    static Document toDocument(AuditRecord r) {
        Document d = new Document("_id", idOf(r.chain(), r.sequence()));
        d.put("chain", r.chain());
        d.put("sequence", r.sequence());
        d.put("eventId", r.eventId());
        d.put("subjectType", r.subjectType());
        d.put("subjectId", r.subjectId());
        d.put("tenant", r.tenant());
        d.put("unitPath", r.unitPath());
        d.put("action", r.action());
        d.put("fromStatus", r.fromStatus());
        d.put("toStatus", r.toStatus());
        d.put("reason", r.reason());
        if (r.details() == null) {
            d.put("details", null);
        } else {
            List<List<String>> pairs = new ArrayList<>();
            r.details().forEach((k, v) -> pairs.add(java.util.Arrays.asList(k, v)));
            d.put("details", pairs);
        }
        d.put("actorSubject", r.actorSubject());
        d.put("actorUsername", r.actorUsername());
        d.put("actorRoles", r.actorRoles());
        d.put("actorUnitCode", r.actorUnitCode());
        d.put("actorUnitLevel", r.actorUnitLevel());
        d.put("at", r.at() == null ? null : Date.from(r.at()));
        d.put("requestId", r.requestId());
        d.put("previousHash", r.previousHash());
        d.put("hash", r.hash());
        return d;
    }

    @SuppressWarnings("unchecked")
    static AuditRecord fromDocument(Document d) {
        Map<String, String> details = null;
        Object pairs = d.get("details");
        if (pairs instanceof List<?> list) {
            details = new LinkedHashMap<>();
            for (Object pair : list) {
                List<Object> kv = (List<Object>) pair;
                details.put((String) kv.get(0), (String) kv.get(1));
            }
        }
        Date at = d.getDate("at");
        Object sequence = d.get("sequence");
        return new AuditRecord(d.getString("chain"), sequence instanceof Number n ? n.longValue() : -1,
                d.getString("eventId"), d.getString("subjectType"), d.getString("subjectId"), d.getString("tenant"),
                strings(d.get("unitPath")), d.getString("action"), d.getString("fromStatus"),
                d.getString("toStatus"), d.getString("reason"), details, d.getString("actorSubject"),
                d.getString("actorUsername"), strings(d.get("actorRoles")), d.getString("actorUnitCode"),
                d.getString("actorUnitLevel"), at == null ? null : at.toInstant(), d.getString("requestId"),
                d.getString("previousHash"), d.getString("hash"));
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(v == null ? null : v.toString()));
            return out;
        }
        return null;
    }
}
