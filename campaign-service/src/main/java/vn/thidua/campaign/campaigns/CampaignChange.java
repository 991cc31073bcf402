package vn.thidua.campaign.campaigns;

import java.time.Instant;
import java.util.List;

/**
 * A campaign in the campaigns change feed: what a reader routes by (status, tenant, owner, path, version) on top,
 * the whole campaign as {@code GET /api/v1/campaigns/{id}} shows it in {@code campaign}. A deleted draft comes as a
 * {@link vn.thidua.shared.sync.Tombstone} instead ({@code {id, deleted: true, changeSeq, changedAt}}).
 *
 * @param version the campaign's version number (its ETag); earlier ones stay readable at
 *                {@code /api/v1/campaigns/{id}/versions/{n}}
 */
public record CampaignChange(
        String id,
        boolean deleted,
        Long version,
        CampaignStatus status,
        String tenant,
        String ownerUnitCode,
        List<String> unitPath,
        CampaignView campaign,
        long changeSeq,
        Instant changedAt) {

    static CampaignChange of(Campaign c) {
        return new CampaignChange(c.id(), false, c.version(), c.status(), c.tenant(), c.ownerUnitCode(),
                c.unitPath(), CampaignView.of(c), c.changeSeq(), c.changedAt());
    }
}
