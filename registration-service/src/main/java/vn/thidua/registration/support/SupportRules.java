package vn.thidua.registration.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.registration.units.Level;
import vn.thidua.shared.error.ProblemException.FieldViolation;

/**
 * Who can support whom (seeds 000, 002): a provincial body — a department or agency (sở, ban, ngành) or a mass
 * organisation (Mặt trận, đoàn thể) — supports a commune or a village of the same province, for years inside the
 * campaign's period, each year once.
 */
public final class SupportRules {

    static final Set<Level> SUPPORTERS = Set.of(Level.AGENCY, Level.MASS_ORGANISATION);
    static final Set<Level> SUPPORTED = Set.of(Level.COMMUNE, Level.VILLAGE);

    private SupportRules() {
    }

    public static List<FieldViolation> check(Level supporter, String supporterTenant, Level supported,
            String supportedTenant, List<Integer> years, Integer startYear, Integer endYear) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!SUPPORTERS.contains(supporter)) {
            violations.add(new FieldViolation("supporterUnitCode", "not-a-supporter", supporter));
        }
        if (!SUPPORTED.contains(supported)) {
            violations.add(new FieldViolation("supportedUnitCode", "not-supportable", supported));
        } else if (supporterTenant != null && !supporterTenant.equals(supportedTenant)) {
            violations.add(new FieldViolation("supportedUnitCode", "other-tenant", supporterTenant));
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < years.size(); i++) {
            Integer year = years.get(i);
            if (startYear != null && endYear != null && (year < startYear || year > endYear)) {
                violations.add(new FieldViolation("years[" + i + "]", "out-of-range", startYear, endYear));
            } else if (!seen.add(year)) {
                violations.add(new FieldViolation("years[" + i + "]", "duplicate-year", year));
            }
        }
        return violations;
    }
}
