package vn.thidua.shared.tenancy;

import java.util.Collection;
import vn.thidua.shared.security.PlatformPrincipal;

/**
 * Object-level authorization in one place: a user acts within the subtree of their unit; the national board above
 * all tenants. Every tenant-owned object records its tenant and its unit path (the codes of its unit and all the
 * unit's ancestors at the time it was made), so the check needs no lookup.
 */
public final class Scope {

    private Scope() {
    }

    public static boolean covers(PlatformPrincipal caller, String tenant, Collection<String> unitPath) {
        if (caller.isNational()) {
            return true;
        }
        if (caller.tenant() == null || !caller.tenant().equals(tenant)) {
            return false;
        }
        return caller.unitCode() != null && (caller.unitCode().equals(tenant) || unitPath.contains(caller.unitCode()));
    }
}
