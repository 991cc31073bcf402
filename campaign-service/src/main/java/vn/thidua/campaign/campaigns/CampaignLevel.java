package vn.thidua.campaign.campaigns;

/** Who launches the campaign: the national board, a province, or an agency for its own staff (nội bộ). */
public enum CampaignLevel {
    NATIONAL, PROVINCE, AGENCY_INTERNAL
}
