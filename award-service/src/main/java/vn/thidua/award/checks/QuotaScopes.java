package vn.thidua.award.checks;

import java.util.List;
import java.util.Set;
import vn.thidua.award.checks.RuleChecks.Subject;
import vn.thidua.award.clients.CampaignApi.Category;
import vn.thidua.award.clients.CampaignApi.QuotaScope;

/**
 * Which unit a quota is counted per (mỗi xã, mỗi huyện, mỗi sở, mỗi phòng, toàn tỉnh …), read on the proposing
 * unit's path as of the dossier's year. The path carries the era: a 2024 dossier of commune 03390 has the path
 * 12 → 106 → 03390 and counts under district 106; a 2026 one has 12 → 03390, no district, so a quota per district
 * does not concern it (and says so) instead of counting it somewhere else.
 */
final class QuotaScopes {

    /** The unit counted per; or none, with whether the dossier lies outside the scope's era (no such level then). */
    record Resolved(String unitCode, boolean levelGone) {

        static final Resolved NONE = new Resolved(null, false);

        boolean found() {
            return unitCode != null;
        }
    }

    /** Sở, ban, ngành and mass organisations of a province: what plans call a provincial department or agency. */
    private static final Set<String> AGENCY_LEVELS = Set.of("AGENCY", "MASS_ORGANISATION", "PROVINCIAL_DEPARTMENT");

    private QuotaScopes() {
    }

    static Resolved resolve(QuotaScope per, Subject subject, Category category) {
        if (per == null) {
            return Resolved.NONE;
        }
        List<String> path = subject.unitPath() == null ? List.of() : subject.unitPath();
        if (per.unitCode() != null) {
            boolean concerned = path.contains(per.unitCode()) || per.unitCode().equals(subject.proposingUnitCode())
                    || per.unitCode().equals(subject.nomineeUnitCode());
            return concerned ? new Resolved(per.unitCode(), false) : Resolved.NONE;
        }
        String type = per.unitType();
        if (type == null) {
            return Resolved.NONE;
        }
        return switch (type) {
            case "PROVINCE" -> new Resolved(path.isEmpty() ? subject.tenant() : path.getFirst(), false);
            case "DISTRICT" -> {
                String district = firstAt(subject, Set.of("DISTRICT"));
                // A commune path without a district is the commune of a year after 30/6/2025.
                yield district != null ? new Resolved(district, false)
                        : new Resolved(null, firstAt(subject, Set.of("COMMUNE")) != null);
            }
            case "COMMUNE" -> new Resolved(firstAt(subject, Set.of("COMMUNE")), false);
            case "VILLAGE" -> {
                String village = firstAt(subject, Set.of("VILLAGE"));
                yield new Resolved(village != null ? village : subject.nomineeUnitCode(), false);
            }
            case "AGENCY", "PROVINCIAL_DEPARTMENT", "DEPARTMENT" -> {
                String agency = firstAt(subject, AGENCY_LEVELS);
                yield new Resolved(agency != null ? agency
                        : AGENCY_LEVELS.contains(subject.proposingLevel()) ? subject.proposingUnitCode() : null, false);
            }
            case "DIVISION" -> new Resolved(division(subject), false);
            default -> new Resolved(other(type, subject, category), false);
        };
    }

    /** The first code of the path (province first) whose level is one of these. */
    private static String firstAt(Subject subject, Set<String> levels) {
        List<String> path = subject.unitPath() == null ? List.of() : subject.unitPath();
        for (String code : path) {
            if (levels.contains(level(subject, code))) {
                return code;
            }
        }
        return null;
    }

    /** Phòng, ban under an agency: a DIVISION unit, else an agency-level unit hanging under another agency. */
    private static String division(Subject subject) {
        String department = firstAt(subject, Set.of("DIVISION"));
        if (department != null) {
            return department;
        }
        List<String> path = subject.unitPath() == null ? List.of() : subject.unitPath();
        for (int i = 1; i < path.size(); i++) {
            if (AGENCY_LEVELS.contains(level(subject, path.get(i)))
                    && AGENCY_LEVELS.contains(level(subject, path.get(i - 1)))) {
                return path.get(i);
            }
        }
        return null;
    }

    /**
     * Any other unit type: a unit of that level on the path (ENTERPRISE, COOPERATIVE …), else the dossier's own
     * category type (per enterprise, per official): counted per the nominee unit, or per the proposing unit for a
     * person.
     */
    private static String other(String type, Subject subject, Category category) {
        String onPath = firstAt(subject, Set.of(type));
        if (onPath != null) {
            return onPath;
        }
        if (category != null && type.equals(category.unitType())) {
            return subject.nomineeUnitCode() != null ? subject.nomineeUnitCode() : subject.proposingUnitCode();
        }
        return null;
    }

    private static String level(Subject subject, String code) {
        if (subject.pathLevels() != null && subject.pathLevels().get(code) != null) {
            return subject.pathLevels().get(code);
        }
        return code.equals(subject.proposingUnitCode()) ? subject.proposingLevel() : null;
    }
}
