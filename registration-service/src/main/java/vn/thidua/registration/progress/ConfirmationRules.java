package vn.thidua.registration.progress;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thidua.registration.progress.ProgressRecord.Standing;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;

/**
 * Who may confirm (xác nhận) or reject a unit's declared value, so that no unit can bend the evidence its own
 * awards are judged by:
 * <ul>
 * <li>only a unit above the value's unit, on the unit's path on the day measured (before 1 July 2025 a commune's
 * district or its province; after it, the province), in the same province; the national board only for a
 * province's own values (nobody else is above a province);</li>
 * <li>never the unit that declared the value, nor the person who declared it, nor anyone below;</li>
 * <li>only a value still waiting (declared or corrected since): a decision is not taken twice.</li>
 * </ul>
 * A value entered by a unit above the value's unit is that level's own statement: it stands confirmed at once
 * ({@link #entersConfirmed}); the checks in award-service still refuse to let it bend a quota of the very unit that
 * confirmed it.
 */
public final class ConfirmationRules {

    /** Officers who speak for a unit's data: the roles that may record progress. */
    static final Set<PlatformRole> CONFIRMING_ROLES = Set.of(PlatformRole.NATIONAL_ADMIN, PlatformRole.PROVINCE_ADMIN,
            PlatformRole.STANDING_AGENCY_OFFICER, PlatformRole.DEPARTMENT_OFFICER, PlatformRole.DISTRICT_OFFICER,
            PlatformRole.COMMUNE_OFFICER);

    private ConfirmationRules() {
    }

    /** Why the caller may not confirm or reject the value, as a problem code; empty when they may. */
    public static Optional<String> refusal(PlatformPrincipal caller, ProgressRecord value) {
        if (CONFIRMING_ROLES.stream().noneMatch(caller::has)) {
            return Optional.of("not-level-above");
        }
        if (!isAbove(caller, value.tenant(), value.unitPath(), value.unitCode())) {
            return Optional.of("not-level-above");
        }
        if (caller.unitCode().equals(value.declaredByUnit()) || caller.username().equals(ProgressDecisions.declarer(value))) {
            return Optional.of("own-declaration");
        }
        if (value.standing() != Standing.DECLARED) {
            return Optional.of("already-decided");
        }
        return Optional.empty();
    }

    /** A value entered by a unit above its unit: that level's own statement, confirmed as it is entered. */
    public static boolean entersConfirmed(PlatformPrincipal caller, String tenant, List<String> unitPath,
            String unitCode) {
        return CONFIRMING_ROLES.stream().anyMatch(caller::has) && isAbove(caller, tenant, unitPath, unitCode);
    }

    /** The caller's unit lies strictly above the value's unit on its path, in the same province. */
    static boolean isAbove(PlatformPrincipal caller, String tenant, List<String> unitPath, String unitCode) {
        if (caller.unitCode() == null || caller.unitCode().equals(unitCode)) {
            return false;
        }
        if (caller.unitLevel() == UnitLevel.NATIONAL) {
            // The national board is above a province only: the province's own values.
            return caller.has(PlatformRole.NATIONAL_ADMIN) && tenant != null && tenant.equals(unitCode);
        }
        if (caller.tenant() == null || !caller.tenant().equals(tenant)) {
            return false;
        }
        List<String> path = unitPath == null ? List.of() : unitPath;
        int own = path.indexOf(unitCode);
        int above = path.indexOf(caller.unitCode());
        // The province itself is the first code of every path of its tenant.
        return above >= 0 && (own < 0 || above < own);
    }
}
