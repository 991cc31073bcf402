package vn.thidua.campaign.campaigns;

import static vn.thidua.campaign.campaigns.CampaignStatus.CLOSED;
import static vn.thidua.campaign.campaigns.CampaignStatus.DRAFT;
import static vn.thidua.campaign.campaigns.CampaignStatus.FINAL_REVIEW;
import static vn.thidua.campaign.campaigns.CampaignStatus.LAUNCHED;
import static vn.thidua.campaign.campaigns.CampaignStatus.MID_TERM_REVIEW;

/** The moves of the lifecycle: phát động, sơ kết, tổng kết, kết thúc. */
public enum Transition {
    LAUNCH(DRAFT, LAUNCHED),
    START_MID_TERM_REVIEW(LAUNCHED, MID_TERM_REVIEW),
    START_FINAL_REVIEW(MID_TERM_REVIEW, FINAL_REVIEW),
    CLOSE(FINAL_REVIEW, CLOSED);

    private final CampaignStatus from;
    private final CampaignStatus to;

    Transition(CampaignStatus from, CampaignStatus to) {
        this.from = from;
        this.to = to;
    }

    public CampaignStatus from() {
        return from;
    }

    public CampaignStatus to() {
        return to;
    }
}
