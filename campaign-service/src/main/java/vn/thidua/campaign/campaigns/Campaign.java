package vn.thidua.campaign.campaigns;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A campaign (phong trào thi đua): one aggregate per document. Tenant and unit path are set by the server from
 * the caller's token, never by the client.
 */
@Document("campaigns")
public record Campaign(
        @Id String id,
        String code,
        String name,
        CampaignLevel level,
        Integer startYear,
        Integer endYear,
        CampaignStatus status,
        String tenant,
        String ownerUnitCode,
        List<String> unitPath,
        @Version Long version,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    Campaign withEdits(String newName, Integer newStart, Integer newEnd, Instant now) {
        return new Campaign(id, code, newName, level, newStart, newEnd, status, tenant, ownerUnitCode, unitPath,
                version, createdBy, createdAt, now);
    }
}
