package vn.thidua.campaign.campaigns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A campaign (phong trào thi đua): one aggregate per document, the plan embedded. Tenant and unit path are set by
 * the server from the caller's token, never by the client.
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
        Instant updatedAt) {

    Campaign withPlan(CampaignPlan newPlan, String by, Instant now) {
        return new Campaign(id, newPlan, status, tenant, ownerUnitCode, unitPath, history, version, createdBy,
                createdAt, by, now);
    }

    Campaign moved(StatusChange change) {
        List<StatusChange> moves = new ArrayList<>(history == null ? List.of() : history);
        moves.add(change);
        return new Campaign(id, plan, change.to(), tenant, ownerUnitCode, unitPath, moves, version, createdBy,
                createdAt, change.by(), change.at());
    }
}
