package vn.thidua.shared.tenancy;

import java.util.ArrayList;
import java.util.List;
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
        return visibleTo(caller, new String[0]);
    }

    /**
     * As {@link #visibleTo(PlatformPrincipal)}, and also the documents that name the caller's unit in one of these
     * fields (a dossier passing through a district or an agency on its route: {@code routeUnits}).
     */
    public static Criteria visibleTo(PlatformPrincipal caller, String... alsoThroughFields) {
        if (caller.isNational()) {
            return new Criteria();
        }
        if (caller.tenant() == null || caller.unitCode() == null) {
            // A token without tenant or unit sees nothing rather than everything.
            return Criteria.where("tenant").is("\u0000none");
        }
        Criteria criteria = Criteria.where("tenant").is(caller.tenant());
        if (!caller.unitCode().equals(caller.tenant())) {
            if (alsoThroughFields.length == 0) {
                criteria = criteria.and("unitPath").is(caller.unitCode());
            } else {
                List<Criteria> any = new ArrayList<>();
                any.add(Criteria.where("unitPath").is(caller.unitCode()));
                for (String field : alsoThroughFields) {
                    any.add(Criteria.where(field).is(caller.unitCode()));
                }
                criteria = criteria.orOperator(any.toArray(Criteria[]::new));
            }
        }
        return criteria;
    }
}
