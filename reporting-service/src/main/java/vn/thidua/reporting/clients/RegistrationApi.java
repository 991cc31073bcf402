package vn.thidua.reporting.clients;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** What reporting reads from registration-service, relaying the caller's token (so scope is the caller's). */
@HttpExchange("/api/v1/registrations")
public interface RegistrationApi {

    /** Registrations of a campaign and year summed up over what the caller may see. */
    @GetExchange("/aggregate")
    Aggregate aggregate(@RequestParam String campaignId, @RequestParam int year);

    /**
     * Only the fields reporting uses; registration-service's own types are never shared. Statuses are kept as
     * strings (DRAFT, SUBMITTED, APPROVED, RETURNED, REJECTED) so a new one does not break the read.
     */
    record Aggregate(String campaignId, int year, int registrations, int registeredUnits,
            Map<String, Integer> byStatus, Map<String, Map<String, Integer>> byReviewer, int late,
            List<CommitmentSum> commitments, int batches, int batchesLate) {
    }

    record CommitmentSum(String targetCode, String indicator, String unitOfMeasure, int units, BigDecimal submitted,
            BigDecimal approved) {
    }
}
