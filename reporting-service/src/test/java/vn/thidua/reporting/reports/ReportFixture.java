package vn.thidua.reporting.reports;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.reporting.clients.RegistrationApi.Aggregate;
import vn.thidua.reporting.clients.RegistrationApi.CommitmentSum;
import vn.thidua.reporting.reports.RegistrationReport.Campaign;

/** A fixed aggregate, shaped as registration-service answers it for the Lai Châu demo campaign in 2025. */
final class ReportFixture {

    static final String NAME = "Phong trào thi đua \"Lai Châu chung sức xây dựng nông thôn mới\" giai đoạn 2021–2025";

    private ReportFixture() {
    }

    static RegistrationReport report() {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        byStatus.put("DRAFT", 1);
        byStatus.put("SUBMITTED", 2);
        byStatus.put("APPROVED", 3);
        byStatus.put("RETURNED", 0);
        byStatus.put("REJECTED", 1);
        Aggregate aggregate = new Aggregate("c1", 2025, 7, 6, byStatus,
                Map.of("106", Map.of("APPROVED", 2, "SUBMITTED", 1), "12-SNNMT", Map.of("APPROVED", 1)), 2,
                List.of(new CommitmentSum("COMMUNES_NTM", "NTM_CRITERIA_MET", "CRITERIA", 3, new BigDecimal("57"),
                        new BigDecimal("38")),
                        new CommitmentSum("COMMUNES_NTM", "NTM_STANDARD_MET", "FLAG", 3, new BigDecimal("3"),
                                new BigDecimal("2"))),
                2, 1);
        return RegistrationReportModel.of(new Campaign("c1", "LC-NTM-2021-2025", NAME), 2025, aggregate,
                OffsetDateTime.of(2026, 11, 23, 21, 5, 0, 0, ZoneOffset.ofHours(7)));
    }
}
