package vn.thidua.award.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One award in the history (collection {@code award_history}), keyed by its dossier: one dossier, one award.
 * Revoked awards stay, marked, with the reason, legal basis and day (thu hồi khen thưởng).
 *
 * @param awardedOn the decision's day, or 31/12 of the award year when the decision has none: the day the unit
 *                  windows of a merger are judged by
 * @param nameKey   the nominee's name folded for accent-insensitive search
 */
@Document("award_history")
public record HistoryEntry(@Id String dossierId, String decisionId, String decisionNumber, LocalDate decisionDate,
        String issuingBody, String awardFormCode, String awardFormName, String campaignId, int year,
        String nomineeType, String nomineeName, String nameKey, String personalId, LocalDate birthDate,
        String nomineeUnitCode, String proposingUnitCode, String tenant, List<String> unitPath, Long prizeMoneyVnd,
        LocalDate awardedOn, Instant recordedAt, boolean revoked, String revocationReason,
        String revocationLegalBasis, LocalDate revokedOn) {
}
