package vn.thidua.registration.support;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A support assignment (đăng ký hỗ trợ có địa chỉ cụ thể): a department or agency supports a named commune or
 * village in a campaign, for some years or the whole period.
 *
 * @param unitPath both sides' paths together, so both sides (and the units above each) see it through the usual
 *                 scope query: the department, the commune, its district, the province
 * @param years    the years it covers; empty = the campaign's whole period
 */
@Document("support_assignments")
public record SupportAssignment(
        @Id String id,
        String tenant,
        List<String> unitPath,
        String campaignId,
        String campaignCode,
        String supporterUnitCode,
        String supporterName,
        String supporterLevel,
        String supportedUnitCode,
        String supportedName,
        String supportedLevel,
        List<Integer> years,
        String note,
        @Version Long version,
        String createdBy,
        Instant createdAt,
        long changeSeq,
        Instant changedAt) {
}
