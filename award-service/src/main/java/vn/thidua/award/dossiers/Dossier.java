package vn.thidua.award.dossiers;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** An award dossier (hồ sơ đề nghị khen thưởng). The workflow comes with the award issue. */
@Document("dossiers")
public record Dossier(
        @Id String id,
        String campaignId,
        int year,
        String nomineeName,
        String awardForm,
        String status,
        String tenant,
        List<String> unitPath,
        @Version Long version,
        Instant updatedAt) {
}
