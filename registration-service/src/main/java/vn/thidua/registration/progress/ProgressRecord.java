package vn.thidua.registration.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One result (kết quả thực hiện) of a unit for one indicator on one day: the points of a time series per unit and
 * indicator. Status flags are indicators too: {@code NTM_STANDARD_MET} with value 1 = met, 0 = not met.
 *
 * @param unitPath   the unit's path on {@code measuredOn}: scope
 * @param measuredOn the day the value was true (yyyy-MM-dd; a calendar day has no time zone)
 */
@Document("progress")
public record ProgressRecord(
        @Id String id,
        String tenant,
        List<String> unitPath,
        String unitCode,
        String unitName,
        String campaignId,
        String registrationId,
        String indicator,
        BigDecimal value,
        String unitOfMeasure,
        String measuredOn,
        String note,
        List<Evidence> evidence,
        @Version Long version,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long changeSeq,
        Instant changedAt) {

    /** An evidence file (minh chứng) kept in GridFS; {@code id} is the GridFS file id. */
    public record Evidence(String id, String fileName, String contentType, long size, String sha256,
            String uploadedBy, Instant uploadedAt) {
    }
}
