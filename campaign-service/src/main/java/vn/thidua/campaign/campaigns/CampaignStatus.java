package vn.thidua.campaign.campaigns;

/** Lifecycle: dự thảo → phát động → sơ kết → tổng kết → kết thúc. */
public enum CampaignStatus {
    DRAFT, LAUNCHED, MID_TERM_REVIEW, FINAL_REVIEW, CLOSED
}
