package vn.thidua.reporting.dashboard;

import java.util.List;
import vn.thidua.reporting.readmodel.CounterKey;
import vn.thidua.shared.security.PlatformPrincipal;

/**
 * Plain: whose figures a caller may see. The read models hold every province (they are read as the service);
 * each report is cut to the caller here: the national board sees every unit, a province user its own province,
 * a lower unit its own subtree. Anything else answers 404, as if it did not exist.
 */
public final class ReportScope {

    private ReportScope() {
    }

    /** The unit a caller's dashboard starts at when none is asked for. */
    public static String root(PlatformPrincipal caller) {
        if (caller.isNational()) {
            return CounterKey.NATIONAL;
        }
        return caller.unitCode() != null ? caller.unitCode() : caller.tenant();
    }

    /**
     * @param tenant the unit's province; {@code path} its codes from the province down (as the unit registry or the
     *               counters have them), including the unit itself
     */
    public static boolean sees(PlatformPrincipal caller, String unitCode, String tenant, List<String> path) {
        if (caller.isNational()) {
            return true;
        }
        if (CounterKey.NATIONAL.equals(unitCode) || caller.tenant() == null || !caller.tenant().equals(tenant)) {
            return false;
        }
        String own = caller.unitCode();
        return own != null && (own.equals(tenant) || own.equals(unitCode) || (path != null && path.contains(own)));
    }

    /**
     * A campaign may filter a caller's report when it is national (every province takes part), or owned in the
     * caller's province (a commune reports on its province's campaign; the figures stay its own subtree's).
     */
    public static boolean seesCampaign(PlatformPrincipal caller, String tenant, String level) {
        if (caller.isNational() || "NATIONAL".equals(level) || tenant == null
                || CounterKey.NATIONAL.equals(tenant)) {
            return true;
        }
        return tenant.equals(caller.tenant());
    }
}
