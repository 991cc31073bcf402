package vn.thidua.campaign.campaigns;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A request to move a campaign along its lifecycle. */
public record TransitionRequest(@NotNull Transition transition, @Size(max = 2000) String note) {
}
