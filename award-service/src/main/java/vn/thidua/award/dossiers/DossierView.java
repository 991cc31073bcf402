package vn.thidua.award.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.thidua.award.attachments.StoredAttachment;
import vn.thidua.award.checks.Finding;
import vn.thidua.award.checks.RuleSnapshot;

/**
 * A dossier as the API shows it, separate from the stored {@link Dossier}: declared figures and the path's levels
 * as JSON objects (stored as lists), and none of the internal reservation keys (quota counters, claims) the
 * dossier holds. The nominee's personal data is masked ({@link #of}) unless {@link DossierViews} decides the
 * reader needs it and audits the read ({@link #unmasked}).
 */
public record DossierView(String id, String tenant, List<String> unitPath, List<String> routeUnits,
        String holderUnitCode, String campaignId, int year, String occasion, NomineeView nominee, String categoryCode,
        String awardFormCode, String awardFormName, String proposingUnitCode, String proposingUnitName,
        String proposingLevel, Map<String, String> pathLevels, String achievementSummary, String achievementKey,
        Map<String, Double> figures, List<StoredAttachment> attachments, RuleSnapshot rules, List<RouteStop> route,
        Integer stopIndex, DossierStatus status, boolean late, List<Dossier.LateFlag> lateFlags, boolean outsideWindow,
        List<Finding> findings, CouncilResult council, String decidedAtUnitCode, String decisionId,
        String decisionNumber, String decisionIssuingBody, LocalDate decisionSignedOn, Long prizeMoneyVnd,
        Dossier.StateProposal stateProposal, Dossier.Revocation revocation, List<TransitionRecord> transitions,
        Long version, String createdBy, Instant createdAt, Instant updatedAt) {

    /** The view with the nominee's personal data masked: what every answer shows unless decided otherwise. */
    public static DossierView of(Dossier d) {
        return of(d, NomineeView.masked(d.nominee));
    }

    /** The view with the nominee's personal data in full: only through {@link DossierViews}, which audits it. */
    static DossierView unmasked(Dossier d) {
        return of(d, NomineeView.full(d.nominee));
    }

    private static DossierView of(Dossier d, NomineeView nominee) {
        return new DossierView(d.id, d.tenant, d.unitPath, d.routeUnits, d.holderUnitCode, d.campaignId, d.year,
                d.occasion, nominee, d.categoryCode, d.awardFormCode, d.awardFormName, d.proposingUnitCode,
                d.proposingUnitName, d.proposingLevel, d.levels(), d.achievementSummary, d.achievementKey,
                d.figureMap(), d.attachments, d.rules, d.route, d.stopIndex, d.status, d.late, d.lateFlags, d.outsideWindow,
                d.findings, d.council, d.decidedAtUnitCode, d.decisionId, d.decisionNumber, d.decisionIssuingBody,
                d.decisionSignedOn, d.prizeMoneyVnd, d.stateProposal, d.revocation, d.transitions, d.version,
                d.createdBy, d.createdAt, d.updatedAt);
    }
}
