package vn.thidua.award.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.thidua.award.clients.CampaignApi.CatalogueEntry;

/**
 * Thẩm quyền quyết định khen thưởng: which level may decide which form, from the catalogue entry's level. The
 * commune decides COMMUNE forms, the district DISTRICT forms (only until 30/6/2025, the entry's validTo), the
 * province MINISTRY_OR_PROVINCE forms, an agency head AGENCY forms; STATE forms are proposed by the province
 * (tờ trình of the Chairman of the provincial People's Committee) and decided at the national level: appraised by
 * the Central Emulation and Commendation Board and decided by the authority the catalogue names (Thủ tướng Chính phủ,
 * Chủ tịch nước). Plain Java.
 */
public final class Competence {

    public static final String NATIONAL = "NATIONAL";
    static final String LAW = "06/2022/QH15";

    private Competence() {
    }

    /** The level that decides a form of this catalogue level. */
    public static String deciderLevel(String formLevel) {
        return switch (formLevel == null ? "" : formLevel) {
            case "COMMUNE" -> "COMMUNE";
            case "DISTRICT" -> "DISTRICT";
            case "AGENCY" -> "AGENCY";
            case "STATE" -> NATIONAL;
            default -> "PROVINCE";
        };
    }

    /** Who signs a STATE form's decision, in words: the catalogue's decidedBy, else "cấp Nhà nước". */
    static String authority(CatalogueEntry form) {
        List<String> by = form.decidedBy();
        return by == null || by.isEmpty() ? "cấp Nhà nước" : String.join(" / ", by);
    }

    public static Finding check(CatalogueEntry form, String deciderLevel, LocalDate on) {
        String needed = deciderLevel(form.level());
        Map<String, Object> numbers = Map.of("formLevel", String.valueOf(form.level()), "deciderLevel",
                deciderLevel, "competentLevel", needed);
        if (NATIONAL.equals(needed) && "PROVINCE".equals(deciderLevel)) {
            // The province's part in a state award is the proposal, not the decision.
            return Finding.of("COMPETENCE", Finding.Outcome.FAIL,
                    "Cấp tỉnh không có thẩm quyền quyết định " + form.name() + ": đây là hình thức khen thưởng cấp "
                            + "Nhà nước do " + authority(form) + " quyết định. Tỉnh chỉ trình đề nghị (tờ trình của "
                            + "Chủ tịch UBND tỉnh) lên Ban Thi đua – Khen thưởng Trung ương, nơi thẩm định và trình "
                            + "cấp có thẩm quyền quyết định.",
                    "The province may not decide " + form.name() + ": it is a state award decided by "
                            + authority(form) + ". The province only proposes it (a submission signed by the "
                            + "Chairman of the provincial People's Committee) to the Central Emulation and "
                            + "Commendation Board, which appraises it for the deciding authority.",
                    LAW, numbers);
        }
        if (!needed.equals(deciderLevel)) {
            return Finding.of("COMPETENCE", Finding.Outcome.FAIL,
                    "Cấp " + deciderLevel + " không có thẩm quyền quyết định " + form.name() + " (thẩm quyền: cấp "
                            + needed + ").",
                    "Level " + deciderLevel + " may not decide " + form.name() + " (competent level: " + needed + ").",
                    LAW, numbers);
        }
        if (form.validTo() != null && on.isAfter(form.validTo())) {
            return Finding.of("COMPETENCE", Finding.Outcome.FAIL,
                    form.name() + " chỉ được quyết định đến ngày " + form.validTo() + ".",
                    form.name() + " could only be decided until " + form.validTo() + ".", LAW, numbers);
        }
        if (NATIONAL.equals(needed)) {
            return Finding.of("COMPETENCE", Finding.Outcome.PASS,
                    form.name() + " là khen thưởng cấp Nhà nước: " + authority(form) + " quyết định, Ban Thi đua – "
                            + "Khen thưởng Trung ương ghi nhận quyết định.",
                    form.name() + " is a state award: decided by " + authority(form) + ", recorded by the Central "
                            + "Emulation and Commendation Board.", LAW, numbers);
        }
        return Finding.of("COMPETENCE", Finding.Outcome.PASS,
                "Cấp " + deciderLevel + " có thẩm quyền quyết định " + form.name() + ".",
                "Level " + deciderLevel + " may decide " + form.name() + ".", LAW, numbers);
    }

    /**
     * Đề nghị khen thưởng cấp Nhà nước: only a STATE form, and only by the province (after its appraisal and
     * council); the proposal goes to the Central Board, and the national level decides.
     */
    public static Finding proposal(CatalogueEntry form, String proposerLevel) {
        String needed = deciderLevel(form.level());
        Map<String, Object> numbers = Map.of("formLevel", String.valueOf(form.level()), "proposerLevel",
                String.valueOf(proposerLevel), "competentLevel", needed);
        if (!NATIONAL.equals(needed)) {
            return Finding.of("STATE_PROPOSAL", Finding.Outcome.FAIL,
                    form.name() + " do cấp " + needed + " quyết định, không trình cấp Nhà nước.",
                    form.name() + " is decided at level " + needed + ", not proposed to the national level.", LAW,
                    numbers);
        }
        if (!"PROVINCE".equals(proposerLevel)) {
            return Finding.of("STATE_PROPOSAL", Finding.Outcome.FAIL,
                    "Chỉ cấp tỉnh (Chủ tịch UBND tỉnh) trình đề nghị " + form.name() + " lên cấp Nhà nước, sau khi "
                            + "Sở Nội vụ thẩm định và Hội đồng TĐKT tỉnh xét.",
                    "Only the province (its Chairman) proposes " + form.name() + " to the national level, after "
                            + "appraisal by Sở Nội vụ and the provincial council's vote.", LAW, numbers);
        }
        return Finding.of("STATE_PROPOSAL", Finding.Outcome.PASS,
                "Cấp tỉnh có thẩm quyền trình đề nghị " + form.name() + " (tờ trình của Chủ tịch UBND tỉnh) nhưng "
                        + "không quyết định: Ban Thi đua – Khen thưởng Trung ương thẩm định và " + authority(form)
                        + " quyết định.",
                "The province may propose " + form.name() + " (the Chairman's submission) but not decide it: the "
                        + "Central Emulation and Commendation Board appraises it and " + authority(form)
                        + " decides.", LAW, numbers);
    }

    /**
     * The body named on a state decision must be one the catalogue entry names as deciding the form (a Bằng khen
     * của Thủ tướng Chính phủ issued by "Chủ tịch nước" is refused). Forms whose entry names none pass.
     */
    public static Finding issuingBody(CatalogueEntry form, String issuingBody) {
        List<String> by = form.decidedBy();
        Map<String, Object> numbers = Map.of("issuingBody", String.valueOf(issuingBody), "decidedBy",
                by == null ? List.of() : by);
        boolean named = by == null || by.isEmpty() || by.stream().anyMatch(b -> b.equalsIgnoreCase(
                issuingBody == null ? "" : issuingBody.strip()));
        if (!named) {
            return Finding.of("ISSUING_BODY", Finding.Outcome.FAIL,
                    form.name() + " do " + authority(form) + " quyết định, không phải \"" + issuingBody + "\".",
                    form.name() + " is decided by " + authority(form) + ", not \"" + issuingBody + "\".", LAW,
                    numbers);
        }
        return Finding.of("ISSUING_BODY", Finding.Outcome.PASS,
                "Quyết định do " + issuingBody + " ban hành, đúng thẩm quyền đối với " + form.name() + ".",
                "Issued by " + issuingBody + ", the competent authority for " + form.name() + ".", LAW, numbers);
    }
}
