package vn.thidua.campaign.campaigns;

import java.time.Instant;

/** One move of the lifecycle: who, when, from which state to which, why. */
public record StatusChange(CampaignStatus from, CampaignStatus to, String by, Instant at, String note) {
}
