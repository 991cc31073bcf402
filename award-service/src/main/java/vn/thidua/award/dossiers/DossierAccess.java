package vn.thidua.award.dossiers;

import java.util.Objects;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Criteria;
import vn.thidua.award.dossiers.DossierPolicy.Action;
import vn.thidua.award.duties.DutyDenials;
import vn.thidua.award.duties.SeparationOfDuties;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.tenancy.ScopeQueries;

/**
 * Who sees a dossier and who may act on it: visibility by scope (the proposing unit's subtree, the units on its
 * route, the province; the nation sees all), the actor of a route stop, of the national leg, the proposer and the
 * writers of attachments. Plain Java over the caller's claims.
 */
public final class DossierAccess {

    /** The national board's unit (Ban Thi đua – Khen thưởng Trung ương), holder of a dossier proposed to the state. */
    public static final String NATIONAL_UNIT = "VN";

    /** Refused, decided, published, revoked: closed, its files are what it was judged on. */
    static final Set<DossierStatus> CLOSED = Set.of(DossierStatus.REJECTED, DossierStatus.NOT_APPROVED,
            DossierStatus.DECIDED, DossierStatus.PUBLISHED, DossierStatus.REVOKED);

    private DossierAccess() {
    }

    /** The caller's subtree, and the dossiers whose route passes through the caller's unit. */
    public static Criteria visibleTo(PlatformPrincipal caller) {
        return ScopeQueries.visibleTo(caller, "routeUnits");
    }

    public static boolean visible(PlatformPrincipal caller, Dossier d) {
        if (caller.isNational()) {
            return true;
        }
        if (caller.tenant() == null || caller.unitCode() == null || !caller.tenant().equals(d.tenant)) {
            return false;
        }
        return caller.unitCode().equals(d.tenant) || d.unitPath.contains(caller.unitCode())
                || (d.routeUnits != null && d.routeUnits.contains(caller.unitCode()));
    }

    /**
     * The unit that must act at the current stop, with the stop's role; Sở Nội vụ's appraisers act province-wide.
     * The unit's own decision-signer (its chairman or head) may act on a review stop of his unit too: the office
     * prepares, he decides.
     */
    static void requireActor(Dossier dossier, RouteStop stop, PlatformPrincipal caller) {
        if (stop == null) {
            throw ProblemException.conflict("invalid-transition", "-", dossier.status);
        }
        boolean role = caller.roles().stream().anyMatch(r -> r.claimName().equals(stop.role()))
                || stop.kind() == RouteStop.Kind.REVIEW && caller.has(PlatformRole.DECISION_SIGNER);
        boolean unit = Objects.equals(caller.unitCode(), stop.unitCode())
                || stop.kind() == RouteStop.Kind.APPRAISAL && Objects.equals(caller.unitCode(), dossier.tenant)
                        && Objects.equals(caller.tenant(), dossier.tenant);
        if (!role || !unit) {
            throw ProblemException.forbidden("not-at-this-stop", stop.unitCode(), stop.role());
        }
    }

    /**
     * The province (its Chairman's decision-signer or Sở Nội vụ, at the province's own unit) proposes and handles
     * what the national level returns; the national board's admin appraises. National inspectors read only.
     */
    static void requireLegActor(Dossier dossier, Workflow.Actor actor, PlatformPrincipal caller) {
        if (actor == Workflow.Actor.NATIONAL_BOARD) {
            if (!caller.isNational() || !DossierPolicy.POLICY.permits(caller, Action.STATE_APPRAISE)) {
                throw ProblemException.forbidden("not-at-this-stop", NATIONAL_UNIT,
                        PlatformRole.NATIONAL_ADMIN.claimName());
            }
            return;
        }
        boolean province = Objects.equals(caller.tenant(), dossier.tenant)
                && Objects.equals(caller.unitCode(), dossier.tenant);
        if (!province || !DossierPolicy.POLICY.permits(caller, Action.PROPOSE_TO_STATE)) {
            throw ProblemException.forbidden("not-at-this-stop", dossier.tenant,
                    PlatformRole.DECISION_SIGNER.claimName() + " / " + PlatformRole.PROVINCE_ADMIN.claimName());
        }
    }

    /** Deciding and appraising are not for who prepared the dossier (see {@code SeparationOfDuties}). */
    static void requireSeparateDuty(Dossier dossier, Workflow.Action action, PlatformPrincipal caller) {
        if (action == Workflow.Action.DECIDE) {
            DutyDenials.require(SeparationOfDuties.mayDecide(caller, dossier.preparation()), dossier.id);
        } else if (action == Workflow.Action.APPRAISE) {
            DutyDenials.require(SeparationOfDuties.mayAppraise(caller, dossier.preparation()), dossier.id);
        }
    }

    static void requireProposer(Dossier dossier, PlatformPrincipal caller) {
        DossierPolicy.POLICY.require(caller, Action.PROPOSE);
        boolean own = Objects.equals(caller.unitCode(), dossier.proposingUnitCode);
        boolean province = caller.has(PlatformRole.PROVINCE_ADMIN) && Objects.equals(caller.tenant(), dossier.tenant);
        if (!own && !province) {
            throw ProblemException.forbidden("not-proposing-unit", dossier.proposingUnitCode);
        }
    }

    /** Who may add files: the proposing unit while it prepares the dossier, or the unit that holds it. */
    public static void requireAttachmentWriter(Dossier dossier, PlatformPrincipal caller) {
        boolean proposer = Objects.equals(caller.unitCode(), dossier.proposingUnitCode)
                || caller.has(PlatformRole.PROVINCE_ADMIN) && Objects.equals(caller.tenant(), dossier.tenant);
        boolean holder = Objects.equals(caller.unitCode(), dossier.holderUnitCode);
        if (!(proposer || holder) || caller.has(PlatformRole.INSPECTOR)) {
            throw ProblemException.forbidden("forbidden");
        }
        if (CLOSED.contains(dossier.status)) {
            throw ProblemException.conflict("dossier-not-editable", dossier.status);
        }
        // Once it has left the proposer, only the unit holding it adds files (the proposer's again when returned).
        boolean preparing = dossier.status == DossierStatus.DRAFT || dossier.status == DossierStatus.RETURNED;
        if (!holder && !preparing) {
            throw ProblemException.forbidden("forbidden");
        }
    }
}
