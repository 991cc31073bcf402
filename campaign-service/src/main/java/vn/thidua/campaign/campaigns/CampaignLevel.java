package vn.thidua.campaign.campaigns;

/**
 * Who issues the plan: the national board, a province, a district or commune implementing a higher plan (kế hoạch
 * thực hiện của huyện, xã), or an agency for its own staff (nội bộ sở, ban, ngành).
 */
public enum CampaignLevel {
    NATIONAL, PROVINCE, AGENCY_INTERNAL, DISTRICT, COMMUNE;

    /** A lower unit's own plan: it implements a plan above it (parentCampaignId). */
    public boolean lowerUnit() {
        return this == DISTRICT || this == COMMUNE || this == AGENCY_INTERNAL;
    }

    /** Whether a plan of this level may implement (have as parent) a plan of {@code parent}'s level. */
    public boolean mayImplement(CampaignLevel parent) {
        return switch (this) {
            case NATIONAL -> false;
            case PROVINCE -> parent == NATIONAL;
            case DISTRICT, AGENCY_INTERNAL -> parent == NATIONAL || parent == PROVINCE;
            case COMMUNE -> parent == NATIONAL || parent == PROVINCE || parent == DISTRICT;
        };
    }
}
