package vn.thidua.award.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan's calendar for one year as campaign-service resolves it ({@code GET /campaigns/{id}/schedule?year=}):
 * campaign-service is the one owner of calendar resolution (steps in force on their own deadline, sorted, a
 * defaulted chain for a plan without one, the intake windows and the appraisal limit of the year). Consumer-side
 * records with only the fields award-service reads; campaign-service's types are never shared.
 */
public record ResolvedSchedule(String campaignId, Long campaignVersion, Integer year, String timeZone,
        String standingAgencyCode, String tenant, List<Chain> chains, List<IntakeWindow> intakeWindows,
        Appraisal appraisal) {

    /** The DOSSIER chain's resolved steps (empty when campaign-service sent none). */
    public List<Step> dossierSteps() {
        return chains == null ? List.of() : chains.stream().filter(c -> "DOSSIER".equals(c.kind()))
                .flatMap(c -> c.steps() == null ? java.util.stream.Stream.<Step>empty() : c.steps().stream())
                .toList();
    }

    /** The intake windows for dossiers this year (none: no intake limit). */
    public List<IntakeWindow> dossierWindows() {
        return intakeWindows == null ? List.of() : intakeWindows.stream().filter(w -> "DOSSIER".equals(w.kind()))
                .toList();
    }

    /** Working days Sở Nội vụ has to appraise (thời hạn thẩm định), or null when not given. */
    public Integer appraisalWorkingDays() {
        return appraisal == null ? null : appraisal.workingDays();
    }

    public record Chain(String kind, boolean defaulted, List<Step> steps) {
    }

    /**
     * One resolved step: who sends ({@code from}: a level, {@code ANY}, or a unit), who receives ({@code to}, or
     * the receiving office {@code via}), its deadline for the year ({@code null}: never late) and what a late
     * hand-over gets (FLAG or REFUSE).
     */
    public record Step(Integer order, String name, List<End> from, End to, End via, LocalDate deadline,
            String latePolicy) {
    }

    /** A level (COMMUNE, DISTRICT, PROVINCE, DEPARTMENT, ANY …) or one named unit, with the receiving office. */
    public record End(String level, String unitCode, String office) {

        public boolean defined() {
            return level != null || unitCode != null;
        }
    }

    /** Thời gian tiếp nhận hồ sơ: outside it, REFUSE (the default) or FLAG. */
    public record IntakeWindow(String kind, LocalDate opensOn, LocalDate closesOn, String outsidePolicy) {

        public boolean contains(LocalDate day) {
            return (opensOn == null || !day.isBefore(opensOn)) && (closesOn == null || !day.isAfter(closesOn));
        }

        public boolean refuses() {
            return outsidePolicy == null || "REFUSE".equals(outsidePolicy);
        }
    }

    public record Appraisal(Integer workingDays, String legalBasis) {
    }
}
