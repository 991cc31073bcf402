package vn.thidua.campaign.campaigns;

/** A campaign as the API shows it. */
public record CampaignView(String id, String code, String name, CampaignLevel level, Integer startYear,
        Integer endYear, CampaignStatus status, String tenant, String ownerUnitCode, Long version) {

    static CampaignView of(Campaign c) {
        return new CampaignView(c.id(), c.code(), c.name(), c.level(), c.startYear(), c.endYear(), c.status(),
                c.tenant(), c.ownerUnitCode(), c.version());
    }
}
