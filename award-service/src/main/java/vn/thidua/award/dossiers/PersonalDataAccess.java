package vn.thidua.award.dossiers;

import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;

/**
 * Who needs a nominee's citizen id (số định danh cá nhân), birth date and address (issue 12, domain §7): the
 * people who prepare the dossier and those who appraise and decide it, not every unit it passes through.
 * <ul>
 * <li>the proposing unit (it prepared the dossier and answers for it);</li>
 * <li>the province's emulation secretariat (Sở Nội vụ, {@code province-admin}) and its appraisers (thẩm định,
 * the council), in the dossier's province;</li>
 * <li>the decision signer of the body that decides it: the unit holding it for decision or that decided it, or
 * the province's chairman;</li>
 * <li>the national board for a state award the province proposed to it (it appraises those).</li>
 * </ul>
 * Everyone else who may read the dossier (units on its route such as the district or the standing agency,
 * inspectors, other units above the proposer) sees the data masked. Plain Java.
 */
public final class PersonalDataAccess {

    /** What about a dossier decides it: its province, proposing unit, holder, deciding unit, national proposal. */
    public record Parties(String tenant, String proposingUnitCode, String holderUnitCode, String decidedAtUnitCode,
            boolean proposedToNation) {

        static Parties of(Dossier d) {
            return new Parties(d.tenant, d.proposingUnitCode, d.holderUnitCode, d.decidedAtUnitCode,
                    d.stateProposal != null);
        }
    }

    private PersonalDataAccess() {
    }

    public static boolean mayReadUnmasked(PlatformPrincipal caller, Parties dossier) {
        if (caller.unitLevel() == UnitLevel.NATIONAL) {
            return dossier.proposedToNation() && caller.has(PlatformRole.NATIONAL_ADMIN);
        }
        if (caller.tenant() == null || !caller.tenant().equals(dossier.tenant()) || caller.unitCode() == null) {
            return false;
        }
        String unit = caller.unitCode();
        if (unit.equals(dossier.proposingUnitCode()) && !caller.has(PlatformRole.INSPECTOR)) {
            return true;
        }
        if (caller.hasAny(PlatformRole.PROVINCE_ADMIN, PlatformRole.APPRAISER)) {
            return true;
        }
        return caller.has(PlatformRole.DECISION_SIGNER) && (unit.equals(dossier.holderUnitCode())
                || unit.equals(dossier.decidedAtUnitCode()) || unit.equals(dossier.tenant()));
    }
}
