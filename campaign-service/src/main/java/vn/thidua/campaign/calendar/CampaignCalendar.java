package vn.thidua.campaign.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A campaign's calendar (tiến độ thực hiện): milestones, the yearly submission chains, and the plan's own appraisal
 * time limit.
 *
 * @param appraisalWorkingDays working days the appraising body has for a dossier (thời hạn thẩm định), when the
 *                             plan sets it; otherwise the platform's configured default applies
 */
public record CampaignCalendar(
        @Size(max = 50) List<@Valid @NotNull Milestone> milestones,
        @Size(max = 4) List<@Valid @NotNull SubmissionChain> chains,
        @Min(1) @Max(90) Integer appraisalWorkingDays) {

    public boolean isEmpty() {
        return (milestones == null || milestones.isEmpty()) && (chains == null || chains.isEmpty());
    }
}
