package vn.thidua.registration.units;

import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;

/**
 * Who may create and edit registered units, and where. Plain rules, no framework:
 * <ul>
 *   <li>national-admin (national board): any kind, any tenant;</li>
 *   <li>province-admin: any kind in their tenant (departments and agencies, organisations, enterprises,
 *       cooperatives, villages);</li>
 *   <li>district-officer: villages of the communes of their district (communes whose path holds the district:
 *       the pre-2025 communes; districts ended on 30 June 2025);</li>
 *   <li>commune-officer: villages of their commune;</li>
 *   <li>department-officer (an agency's or mass organisation's own officer): divisions (phòng, ban, đơn vị trực
 *       thuộc) directly under their own unit;</li>
 *   <li>everyone else: nothing (403).</li>
 * </ul>
 * A role that may write that kind, but not there, gets 404 (the unit or parent is "not found" for them).
 */
public final class WritePolicy {

    public enum Decision { ALLOWED, FORBIDDEN, OUT_OF_SCOPE }

    private WritePolicy() {
    }

    /** Whether the caller may write this kind anywhere at all (else 403, before anything else is checked). */
    public static boolean mayWrite(PlatformPrincipal caller, Level level) {
        if (level != null && level.official()) {
            return false;
        }
        if (caller.has(PlatformRole.NATIONAL_ADMIN) || caller.has(PlatformRole.PROVINCE_ADMIN)) {
            return true;
        }
        if (caller.has(PlatformRole.DEPARTMENT_OFFICER) && (level == null || level == Level.DIVISION)) {
            return true;
        }
        return (caller.has(PlatformRole.DISTRICT_OFFICER) || caller.has(PlatformRole.COMMUNE_OFFICER))
                && (level == null || level == Level.VILLAGE);
    }

    /** Whether the caller may write a unit of {@code level} under {@code parent}. */
    public static Decision decide(PlatformPrincipal caller, Level level, Unit parent) {
        if (!mayWrite(caller, level)) {
            return Decision.FORBIDDEN;
        }
        if (caller.has(PlatformRole.NATIONAL_ADMIN) && caller.isNational()) {
            return Decision.ALLOWED;
        }
        boolean sameTenant = caller.tenant() != null && caller.tenant().equals(parent.tenant());
        if (!sameTenant) {
            return Decision.OUT_OF_SCOPE;
        }
        if (caller.has(PlatformRole.PROVINCE_ADMIN) || caller.has(PlatformRole.NATIONAL_ADMIN)) {
            return Decision.ALLOWED;
        }
        if (level == Level.DIVISION && caller.has(PlatformRole.DEPARTMENT_OFFICER)
                && parent.code().equals(caller.unitCode())) {
            return Decision.ALLOWED;
        }
        if (level == Level.VILLAGE && parent.level() == Level.COMMUNE && caller.unitCode() != null) {
            if (caller.has(PlatformRole.COMMUNE_OFFICER) && caller.unitCode().equals(parent.code())) {
                return Decision.ALLOWED;
            }
            if (caller.has(PlatformRole.DISTRICT_OFFICER) && parent.path().contains(caller.unitCode())) {
                return Decision.ALLOWED;
            }
        }
        return Decision.OUT_OF_SCOPE;
    }
}
