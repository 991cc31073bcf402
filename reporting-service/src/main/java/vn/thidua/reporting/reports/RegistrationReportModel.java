package vn.thidua.reporting.reports;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.reporting.clients.RegistrationApi.Aggregate;
import vn.thidua.reporting.clients.RegistrationApi.CommitmentSum;
import vn.thidua.reporting.reports.RegistrationReport.Campaign;
import vn.thidua.reporting.reports.RegistrationReport.Table;

/** Plain: turns registration-service's aggregate into the report's tables, with Vietnamese labels. */
public final class RegistrationReportModel {

    /** Registration statuses in the order an official reads them, with their Vietnamese names. */
    static final Map<String, String> STATUSES = new LinkedHashMap<>();

    static {
        STATUSES.put("DRAFT", "Nháp");
        STATUSES.put("SUBMITTED", "Chờ duyệt");
        STATUSES.put("APPROVED", "Đã duyệt");
        STATUSES.put("RETURNED", "Trả lại để sửa");
        STATUSES.put("REJECTED", "Không duyệt");
    }

    private RegistrationReportModel() {
    }

    public static String title(int year) {
        return "Báo cáo kết quả đăng ký thi đua năm " + year;
    }

    public static RegistrationReport of(Campaign campaign, int year, Aggregate aggregate, OffsetDateTime now) {
        return of(campaign, year, aggregate, now, code -> code);
    }

    /**
     * @param unitLabel how a reviewing unit is shown (its code with its name from the unit registry)
     */
    public static RegistrationReport of(Campaign campaign, int year, Aggregate aggregate, OffsetDateTime now,
            java.util.function.UnaryOperator<String> unitLabel) {
        List<String> statuses = new ArrayList<>(STATUSES.keySet());
        Map<String, Integer> byStatus = aggregate.byStatus() == null ? Map.of() : aggregate.byStatus();
        byStatus.keySet().stream().filter(s -> !statuses.contains(s)).sorted().forEach(statuses::add);

        List<List<Object>> statusRows = new ArrayList<>();
        for (String status : statuses) {
            statusRows.add(List.of(label(status), byStatus.getOrDefault(status, 0)));
        }
        statusRows.add(List.of("Tổng số", aggregate.registrations()));

        List<String> reviewerColumns = new ArrayList<>(List.of("Đơn vị xét duyệt"));
        statuses.forEach(s -> reviewerColumns.add(label(s)));
        reviewerColumns.add("Tổng");
        List<List<Object>> reviewerRows = new ArrayList<>();
        if (aggregate.byReviewer() != null) {
            aggregate.byReviewer().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                List<Object> row = new ArrayList<>(List.of(unitLabel.apply(entry.getKey())));
                int total = 0;
                for (String status : statuses) {
                    int count = entry.getValue().getOrDefault(status, 0);
                    row.add(count);
                    total += count;
                }
                row.add(total);
                reviewerRows.add(row);
            });
        }

        List<List<Object>> commitmentRows = new ArrayList<>();
        if (aggregate.commitments() != null) {
            for (CommitmentSum c : aggregate.commitments()) {
                commitmentRows.add(List.of(text(c.targetCode()), text(c.indicator()), text(c.unitOfMeasure()),
                        c.units(), number(c.submitted()), number(c.approved())));
            }
        }

        List<List<Object>> summaryRows = List.of(
                List.of("Số bản đăng ký", aggregate.registrations()),
                List.of("Số đơn vị đăng ký", aggregate.registeredUnits()),
                List.of("Đăng ký gửi trễ hạn", aggregate.late()),
                List.of("Số lô đã chuyển, nhận", aggregate.batches()),
                List.of("Lô chuyển trễ hạn", aggregate.batchesLate()));

        List<Table> tables = List.of(
                new Table("byStatus", "Đăng ký theo trạng thái", List.of("Trạng thái", "Số đăng ký"), statusRows),
                new Table("byReviewer", "Đăng ký theo đơn vị xét duyệt", reviewerColumns, reviewerRows),
                new Table("commitments", "Cam kết theo chỉ tiêu",
                        List.of("Chỉ tiêu", "Chỉ số", "Đơn vị tính", "Số đơn vị cam kết",
                                "Tổng cam kết (chờ duyệt và đã duyệt)", "Tổng cam kết đã duyệt"),
                        commitmentRows),
                new Table("summary", "Trễ hạn và lô chuyển", List.of("Nội dung", "Số lượng"), summaryRows));
        return new RegistrationReport(title(year), campaign, year, now, tables);
    }

    static String label(String status) {
        return STATUSES.getOrDefault(status, status);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static BigDecimal number(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
