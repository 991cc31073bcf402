package vn.thidua.award.checks;

import java.time.LocalDate;
import java.util.Map;
import vn.thidua.award.clients.CampaignApi.CatalogueEntry;

/**
 * Thẩm quyền quyết định khen thưởng: which level may decide which form, from the catalogue entry's level. The
 * commune decides COMMUNE forms, the district DISTRICT forms (only until 30/6/2025, the entry's validTo), the
 * province MINISTRY_OR_PROVINCE forms, an agency head AGENCY forms; STATE forms are proposed by the province and
 * decided at the national level. Plain Java.
 */
public final class Competence {

    private Competence() {
    }

    /** The level that decides a form of this catalogue level. */
    public static String deciderLevel(String formLevel) {
        return switch (formLevel == null ? "" : formLevel) {
            case "COMMUNE" -> "COMMUNE";
            case "DISTRICT" -> "DISTRICT";
            case "AGENCY" -> "AGENCY";
            case "STATE" -> "NATIONAL";
            default -> "PROVINCE";
        };
    }

    public static Finding check(CatalogueEntry form, String deciderLevel, LocalDate on) {
        String needed = deciderLevel(form.level());
        Map<String, Object> numbers = Map.of("formLevel", String.valueOf(form.level()), "deciderLevel",
                deciderLevel, "competentLevel", needed);
        if (!needed.equals(deciderLevel)) {
            return Finding.of("COMPETENCE", Finding.Outcome.FAIL,
                    "Cấp " + deciderLevel + " không có thẩm quyền quyết định " + form.name() + " (thẩm quyền: cấp "
                            + needed + ").",
                    "Level " + deciderLevel + " may not decide " + form.name() + " (competent level: " + needed + ").",
                    "06/2022/QH15", numbers);
        }
        if (form.validTo() != null && on.isAfter(form.validTo())) {
            return Finding.of("COMPETENCE", Finding.Outcome.FAIL,
                    form.name() + " chỉ được quyết định đến ngày " + form.validTo() + ".",
                    form.name() + " could only be decided until " + form.validTo() + ".", "06/2022/QH15", numbers);
        }
        return Finding.of("COMPETENCE", Finding.Outcome.PASS,
                "Cấp " + deciderLevel + " có thẩm quyền quyết định " + form.name() + ".",
                "Level " + deciderLevel + " may decide " + form.name() + ".", "06/2022/QH15", numbers);
    }
}
