package vn.thidua.reporting.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.reporting.export.BarChart;

/** The bar chart of registrations by status, drawn by the reports' one {@link BarChart}. */
final class StatusChart {

    private StatusChart() {
    }

    static byte[] png(RegistrationReport report, int width, int height) {
        Map<String, Number> byStatus = new LinkedHashMap<>();
        for (List<Object> row : report.table("byStatus").rows()) {
            if (!row.get(0).equals("Tổng số")) {
                byStatus.put((String) row.get(0), (Number) row.get(1));
            }
        }
        return BarChart.png("Số đăng ký theo trạng thái", "Số đăng ký", byStatus, width, height);
    }
}
