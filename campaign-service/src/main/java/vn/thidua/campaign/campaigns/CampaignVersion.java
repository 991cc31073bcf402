package vn.thidua.campaign.campaigns;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A superseded version of a campaign, kept when the campaign changes: its id is {@code <campaignId>:<n>}, so writing
 * the same snapshot twice (a retried edit) is harmless. Keeps tenant and unit path for scope queries.
 */
@Document("campaign_versions")
public record CampaignVersion(
        @Id String id,
        String campaignId,
        long n,
        String tenant,
        List<String> unitPath,
        CampaignView snapshot,
        String supersededBy,
        Instant supersededAt) {

    static String idOf(String campaignId, long n) {
        return campaignId + ":" + n;
    }

    /** The snapshot of the state read before a change. */
    static CampaignVersion of(Campaign before, String by, Instant at) {
        long n = before.version() == null ? 0 : before.version();
        return new CampaignVersion(idOf(before.id(), n), before.id(), n, before.tenant(), before.unitPath(),
                CampaignView.of(before), by, at);
    }

    /** One line of the list of versions. */
    public record Summary(long n, CampaignStatus status, boolean current, String changedBy, Instant changedAt) {
    }
}
