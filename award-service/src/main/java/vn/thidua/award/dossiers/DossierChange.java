package vn.thidua.award.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A dossier in the dossiers change feed: what reporting's counters group and filter by, and no personal data — the
 * nominee is its type and, for a collective or unit, its unit code; never a name, citizen id, birth date or address.
 *
 * @param awardLevel   the form's level in the catalogue (COMMUNE, DISTRICT, MINISTRY_OR_PROVINCE, STATE …), from the
 *                     rule snapshot taken on receipt; null for a draft
 * @param route        the units of the dossier's route, in order ({@code stopIndex} = where it is now)
 * @param refused      not proposed at a level (REJECTED) or not passed by the council (NOT_APPROVED)
 * @param revoked      the award was revoked ({@code revokedOn}, {@code revocationLegalBasis})
 */
public record DossierChange(
        String id,
        DossierStatus status,
        String tenant,
        List<String> unitPath,
        List<String> routeUnits,
        String holderUnitCode,
        String campaignId,
        int year,
        String occasion,
        String categoryCode,
        String awardFormCode,
        String awardFormKind,
        String awardLevel,
        String nomineeType,
        String nomineeUnitCode,
        String proposingUnitCode,
        String proposingLevel,
        boolean late,
        boolean outsideWindow,
        boolean refused,
        List<String> route,
        Integer stopIndex,
        String decidedAtUnitCode,
        String decisionId,
        String decisionNumber,
        LocalDate decisionSignedOn,
        String decisionIssuingBody,
        Long prizeMoneyVnd,
        boolean revoked,
        LocalDate revokedOn,
        String revocationLegalBasis,
        Long version,
        Instant createdAt,
        Instant updatedAt,
        long changeSeq,
        Instant changedAt) {

    /** The stored fields an item is made of: the feed reads only these. */
    static final String[] FIELDS = {"status", "tenant", "unitPath", "routeUnits", "holderUnitCode", "campaignId",
        "year", "occasion", "categoryCode", "awardFormCode", "rules.form", "nominee.type", "nominee.unitCode",
        "proposingUnitCode", "proposingLevel", "late", "outsideWindow", "route", "stopIndex",
        "decidedAtUnitCode", "decisionId", "decisionNumber", "decisionSignedOn", "decisionIssuingBody",
        "prizeMoneyVnd", "revocation.revokedOn", "revocation.legalBasis", "version", "createdAt", "updatedAt"};

    static DossierChange of(Dossier d) {
        var form = d.rules == null ? null : d.rules.form();
        boolean collective = d.nominee != null && d.nominee.type() != Nominee.Type.INDIVIDUAL
                && d.nominee.type() != Nominee.Type.HOUSEHOLD;
        return new DossierChange(d.id, d.status, d.tenant, d.unitPath, d.routeUnits, d.holderUnitCode, d.campaignId,
                d.year, d.occasion, d.categoryCode, d.awardFormCode, form == null ? null : form.kind(),
                form == null ? null : form.level(), d.nominee == null ? null : d.nominee.type().name(),
                collective ? d.nominee.unitCode() : null, d.proposingUnitCode, d.proposingLevel, d.late,
                d.outsideWindow, d.status == DossierStatus.REJECTED || d.status == DossierStatus.NOT_APPROVED,
                d.route == null ? List.of() : d.route.stream().map(RouteStop::unitCode).toList(), d.stopIndex,
                d.decidedAtUnitCode, d.decisionId, d.decisionNumber, d.decisionSignedOn, d.decisionIssuingBody,
                d.prizeMoneyVnd, d.revocation != null, d.revocation == null ? null : d.revocation.revokedOn(),
                d.revocation == null ? null : d.revocation.legalBasis(), d.version, d.createdAt, d.updatedAt,
                d.changeSeq, d.changedAt);
    }
}
