package vn.thidua.reporting.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationReportModelTest {

    @Test
    void theAggregateBecomesVietnameseTablesInAFixedOrder() {
        RegistrationReport report = ReportFixture.report();

        assertThat(report.title()).isEqualTo("Báo cáo kết quả đăng ký thi đua năm 2025");
        assertThat(report.tables()).extracting(RegistrationReport.Table::key)
                .containsExactly("byStatus", "byReviewer", "commitments", "summary");
        assertThat(report.table("byStatus").rows()).containsExactly(List.of("Nháp", 1), List.of("Chờ duyệt", 2),
                List.of("Đã duyệt", 3), List.of("Trả lại để sửa", 0), List.of("Không duyệt", 1),
                List.of("Tổng số", 7));
        assertThat(report.table("byReviewer").rows()).containsExactly(List.of("106", 0, 1, 2, 0, 0, 3),
                List.of("12-SNNMT", 0, 0, 1, 0, 0, 1));
        assertThat(report.table("summary").rows()).contains(List.of("Đăng ký gửi trễ hạn", 2),
                List.of("Lô chuyển trễ hạn", 1));
        assertThat(ReportsController.fileName(report, "xlsx")).isEqualTo("bao-cao-dang-ky-LC-NTM-2021-2025-2025.xlsx");
    }
}
