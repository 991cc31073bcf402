package vn.thidua.registration.registrations;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A batch (danh sách tổng hợp): the registrations a reviewing unit approved or received, forwarded as one to the
 * next step of the chain (district → standing agency → Sở Nội vụ), judged against that step's deadline.
 *
 * @param unitPath   the forwarding unit's path (scope); the recipient reads it through {@code recipients}
 * @param recipients the receiving unit
 */
@Document("registration_batches")
public record Batch(
        @Id String id,
        String tenant,
        List<String> unitPath,
        String campaignId,
        String campaignCode,
        int year,
        String fromUnitCode,
        String toUnitCode,
        String toOffice,
        int stepOrder,
        String deadline,
        boolean late,
        List<String> registrationIds,
        int count,
        List<String> recipients,
        String note,
        String forwardedBy,
        Instant forwardedAt) {
}
