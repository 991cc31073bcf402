package vn.thidua.registration.registrations;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A unit's registration (đăng ký thi đua) for a campaign and a year. Commitments come with the registration issue. */
@Document("registrations")
public record Registration(
        @Id String id,
        String campaignId,
        int year,
        String unitCode,
        String status,
        String tenant,
        List<String> unitPath,
        @Version Long version,
        Instant updatedAt) {
}
