package vn.thidua.campaign.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A campaign's calendar (tiến độ thực hiện): milestones and the yearly submission chains. */
public record CampaignCalendar(
        @Size(max = 50) List<@Valid @NotNull Milestone> milestones,
        @Size(max = 4) List<@Valid @NotNull SubmissionChain> chains) {

    public boolean isEmpty() {
        return (milestones == null || milestones.isEmpty()) && (chains == null || chains.isEmpty());
    }
}
