package vn.thidua.campaign.campaigns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.shared.sync.Stamp;

/**
 * A campaign (phong trào thi đua): one aggregate per document, the plan embedded. Tenant and unit path are set by
 * the server from the caller's token, never by the client. Every write stamps {@code changeSeq}/{@code changedAt}
 * for the campaigns change feed.
 */
@Document("campaigns")
public record Campaign(
        @Id String id,
        CampaignPlan plan,
        CampaignStatus status,
        String tenant,
        String ownerUnitCode,
        List<String> unitPath,
        List<StatusChange> history,
        @Version Long version,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        Long changeSeq,
        Instant changedAt) {

    Campaign withPlan(CampaignPlan newPlan, String by, Instant now) {
        return new Campaign(id, newPlan, status, tenant, ownerUnitCode, unitPath, history, version, createdBy,
                createdAt, by, now, changeSeq, changedAt);
    }

    Campaign moved(StatusChange change) {
        List<StatusChange> moves = new ArrayList<>(history == null ? List.of() : history);
        moves.add(change);
        return new Campaign(id, plan, change.to(), tenant, ownerUnitCode, unitPath, moves, version, createdBy,
                createdAt, change.by(), change.at(), changeSeq, changedAt);
    }

    /** The same campaign with the stamp of the write about to store it ({@link CampaignFeed}). */
    Campaign stamped(Stamp stamp) {
        return new Campaign(id, plan, status, tenant, ownerUnitCode, unitPath, history, version, createdBy,
                createdAt, updatedBy, updatedAt, stamp.seq(), stamp.at());
    }
}
