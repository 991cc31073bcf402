package vn.thidua.award.history;

import java.time.LocalDate;

/**
 * One award as the lookup answers it.
 *
 * @param awardedUnitCode the unit the award was made under (the nominee's unit then)
 * @param awardedUnitName that unit's name on the decision's day, when the registry knows it
 * @param relation        for a lookup by unit: SAME, PREDECESSOR or SUCCESSOR of the unit asked for
 * @param partial         the relation goes through a part merge (only part of that unit went on)
 * @param personalId      in full when the lookup was by it; otherwise only its last three digits
 */
public record HistoryItem(String dossierId, String decisionId, String decisionNumber, LocalDate decisionDate,
        String issuingBody, String awardFormCode, String awardFormName, String campaignId, int year,
        String nomineeType, String nomineeName, String personalId, LocalDate birthDate, String awardedUnitCode,
        String awardedUnitName, UnitEquivalence.Relation relation, Boolean partial, String proposingUnitCode,
        String tenant, Long prizeMoneyVnd, boolean revoked, Revocation revocation) {

    /** Why and on what legal basis the award was revoked (thu hồi). */
    public record Revocation(String reason, String legalBasis, LocalDate revokedOn) {
    }
}
