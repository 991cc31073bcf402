package vn.thidua.campaign.campaigns;

/** Kind of campaign: thường xuyên, theo đợt, chuyên đề, hằng năm, 5 năm. */
public enum CampaignKind {
    REGULAR, BY_PERIOD, THEMATIC, ANNUAL, FIVE_YEAR
}
