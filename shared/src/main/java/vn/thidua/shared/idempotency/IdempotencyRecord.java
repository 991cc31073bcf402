package vn.thidua.shared.idempotency;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The first outcome of a create sent with an Idempotency-Key. The id combines caller, operation and key, so the
 * unique _id index settles concurrent retries: exactly one insert wins.
 */
@Document("idempotency_keys")
public record IdempotencyRecord(
        @Id String id,
        String requestHash,
        boolean completed,
        int status,
        String location,
        String body,
        Instant createdAt) {
}
