package vn.thidua.award.checks;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.clients.CampaignApi.CatalogueEntry;

/**
 * Thẩm quyền quyết định khen thưởng: which level may decide which form, from the catalogue entry's level. The
 * commune (its chairman) decides COMMUNE forms, the district DISTRICT forms only while districts exist (until
 * 30/6/2025: the two-level local government from 1/7/2025 has none), the province (its chairman, after the council)
 * MINISTRY_OR_PROVINCE forms, the head of an agency (thủ trưởng cơ quan) the AGENCY forms of the agency's own plan;
 * STATE forms are proposed by the province (tờ trình of the Chairman of the provincial People's Committee) and
 * decided at the national level: appraised by the Central Emulation and Commendation Board and decided by the
 * authority the catalogue names (Thủ tướng Chính phủ, Chủ tịch nước). Plain Java; findings carry message codes.
 */
public final class Competence {

    public static final String NATIONAL = "NATIONAL";
    static final String LAW = "06/2022/QH15";
    /** The day districts ceased to exist (two-level local government, Luật Tổ chức chính quyền địa phương 2025). */
    public static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 7, 1);

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

    /** At submission: which level decides the form (the route ends there). */
    public static Finding decidedAt(CatalogueEntry form) {
        return Finding.coded("COMPETENCE", Outcome.PASS, "competence.decided-at", LAW,
                Map.of("formLevel", String.valueOf(form.level())), form.name(), deciderLevel(form.level()));
    }

    /**
     * An AGENCY form (Giấy khen của thủ trưởng cơ quan) is decided only inside its agency's own plan: in an
     * agency-internal plan, the proposer must be the owning agency or a unit under it (on the proposer's unit path);
     * otherwise FAIL naming the owning agency. Null (nothing to judge) for other forms and for plans that do not
     * say their level and owner.
     *
     * @param agencyName the owning agency's name when the registry knows it, else its code
     */
    public static Finding agencyPlan(CatalogueEntry form, String planLevel, String ownerUnitCode, String agencyName,
            String proposingUnitCode, List<String> unitPath) {
        if (form == null || !"AGENCY".equals(form.level()) || !"AGENCY_INTERNAL".equals(planLevel)
                || ownerUnitCode == null) {
            return null;
        }
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("ownerUnitCode", ownerUnitCode);
        numbers.put("proposingUnitCode", String.valueOf(proposingUnitCode));
        boolean inside = ownerUnitCode.equals(proposingUnitCode) || unitPath != null && unitPath.contains(
                ownerUnitCode);
        return Finding.coded("COMPETENCE", inside ? Outcome.PASS : Outcome.FAIL,
                inside ? "competence.agency-plan-inside" : "competence.agency-plan-outside", LAW, numbers,
                form.name(), agencyName == null ? ownerUnitCode : agencyName, ownerUnitCode, proposingUnitCode);
    }

    /** Whether a unit of {@code deciderLevel} may decide the form on {@code on} (the decision day). */
    public static Finding check(CatalogueEntry form, String deciderLevel, LocalDate on) {
        String needed = deciderLevel(form.level());
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("formLevel", String.valueOf(form.level()));
        numbers.put("deciderLevel", String.valueOf(deciderLevel));
        numbers.put("competentLevel", needed);
        if (NATIONAL.equals(needed) && "PROVINCE".equals(deciderLevel)) {
            // The province's part in a state award is the proposal, not the decision.
            return Finding.coded("COMPETENCE", Outcome.FAIL, "competence.province-not-state", LAW, numbers,
                    form.name(), authority(form));
        }
        if (!needed.equals(deciderLevel)) {
            return Finding.coded("COMPETENCE", Outcome.FAIL, "competence.may-not-decide", LAW, numbers,
                    deciderLevel, form.name(), needed);
        }
        if ("DISTRICT".equals(deciderLevel) && !on.isBefore(DISTRICTS_ABOLISHED)) {
            return Finding.coded("COMPETENCE", Outcome.FAIL, "competence.level-abolished", LAW, numbers,
                    deciderLevel, form.name(), on);
        }
        if (form.validTo() != null && on.isAfter(form.validTo())) {
            return Finding.coded("COMPETENCE", Outcome.FAIL, "competence.form-expired", LAW, numbers, form.name(),
                    form.validTo());
        }
        if (NATIONAL.equals(needed)) {
            return Finding.coded("COMPETENCE", Outcome.PASS, "competence.state-award", LAW, numbers, form.name(),
                    authority(form));
        }
        return Finding.coded("COMPETENCE", Outcome.PASS, "competence.may-decide", LAW, numbers, deciderLevel,
                form.name());
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
            return Finding.coded("STATE_PROPOSAL", Outcome.FAIL, "proposal.not-state", LAW, numbers, form.name(),
                    needed);
        }
        if (!"PROVINCE".equals(proposerLevel)) {
            return Finding.coded("STATE_PROPOSAL", Outcome.FAIL, "proposal.only-province", LAW, numbers,
                    form.name());
        }
        return Finding.coded("STATE_PROPOSAL", Outcome.PASS, "proposal.province-may", LAW, numbers, form.name(),
                authority(form));
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
            return Finding.coded("ISSUING_BODY", Outcome.FAIL, "issuing-body.wrong", LAW, numbers, form.name(),
                    authority(form), issuingBody);
        }
        return Finding.coded("ISSUING_BODY", Outcome.PASS, "issuing-body.right", LAW, numbers, form.name(),
                issuingBody);
    }
}
