package vn.thidua.registration.progress;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * @param declaredBy who declared the present value (the creator, or the last to correct it), from which unit, when
 * @param confirmation the level above's decision about the present value; null = declared only (also every value
 *                   stored before confirmations existed: nobody confirmed those)
 * @param history    earlier values, oldest first: a correction never overwrites without keeping what it replaced
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
        Instant changedAt,
        String declaredBy,
        String declaredByUnit,
        Instant declaredAt,
        Confirmation confirmation,
        List<PastValue> history) {

    /** Whether the value counts for rule checks: confirmed by the level above (stored before: never confirmed). */
    @JsonProperty("standing")
    public Standing standing() {
        return confirmation == null ? Standing.DECLARED : confirmation.standing();
    }

    /**
     * Declared (kê khai) → confirmed (xác nhận) or rejected by the level above; a correction declares it again.
     */
    public enum Standing { DECLARED, CONFIRMED, REJECTED }

    /**
     * Who decided about the value, when, and on what (a named data source: the recognition decision, a registry).
     * {@code byUnit} is the confirming unit, above the value's unit; ENTERED_ABOVE when it entered the value itself.
     */
    public record Confirmation(Standing standing, String by, String byUnit, Instant at, String source, String note) {
    }

    /** A value as it was before a correction (đính chính), with who declared it and who replaced it, and when. */
    public record PastValue(BigDecimal value, String note, String declaredBy, String declaredByUnit,
            Instant declaredAt, Confirmation confirmation, String replacedBy, Instant replacedAt, String reason) {
    }

    /** An evidence file (minh chứng) kept in GridFS; {@code id} is the GridFS file id. */
    public record Evidence(String id, String fileName, String contentType, long size, String sha256,
            String uploadedBy, Instant uploadedAt) {
    }
}
