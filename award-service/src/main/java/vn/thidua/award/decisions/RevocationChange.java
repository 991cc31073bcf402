package vn.thidua.award.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;

/**
 * A revocation in the decisions change feed ({@code kind: REVOCATION}): one award of a decision taken back. Its own
 * item (id {@code revocation:<dossierId>}), so a reader counting awards by decision subtracts exactly that one,
 * once, without diffing the decision.
 */
public record RevocationChange(
        String id,
        String kind,
        String decisionId,
        String dossierId,
        String tenant,
        List<String> unitPath,
        String awardFormCode,
        String nomineeType,
        LocalDate revokedOn,
        String legalBasis,
        long changeSeq,
        Instant changedAt) {

    @SuppressWarnings("unchecked")
    static RevocationChange of(Document stored) {
        Object revokedOn = stored.get("revokedOn");
        return new RevocationChange((String) stored.get("_id"), "REVOCATION", stored.getString("decisionId"),
                stored.getString("dossierId"), stored.getString("tenant"), (List<String>) stored.get("unitPath"),
                stored.getString("awardFormCode"), stored.getString("nomineeType"),
                revokedOn == null ? null : LocalDate.parse(revokedOn.toString()), stored.getString("legalBasis"),
                ((Number) stored.get("changeSeq")).longValue(), ((java.util.Date) stored.get("changedAt")).toInstant());
    }
}
