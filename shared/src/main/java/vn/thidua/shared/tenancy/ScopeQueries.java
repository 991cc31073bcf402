package vn.thidua.shared.tenancy;

import org.springframework.data.mongodb.core.query.Criteria;
import vn.thidua.shared.security.PlatformPrincipal;

/**
 * The query-side twin of {@link Scope}: tenant first (every compound index starts with it), then the unit
 * subtree. Documents keep {@code tenant} and {@code unitPath} fields.
 */
public final class ScopeQueries {

    private ScopeQueries() {
    }

    public static Criteria visibleTo(PlatformPrincipal caller) {
        if (caller.isNational()) {
            return new Criteria();
        }
        if (caller.tenant() == null || caller.unitCode() == null) {
            // A token without tenant or unit sees nothing rather than everything.
            return Criteria.where("tenant").is("\u0000none");
        }
        Criteria criteria = Criteria.where("tenant").is(caller.tenant());
        if (!caller.unitCode().equals(caller.tenant())) {
            criteria = criteria.and("unitPath").is(caller.unitCode());
        }
        return criteria;
    }
}
