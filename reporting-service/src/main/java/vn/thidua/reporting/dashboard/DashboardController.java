package vn.thidua.reporting.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.reporting.export.BarChart;
import vn.thidua.reporting.export.TablesPdf;
import vn.thidua.reporting.export.TablesWorkbook;
import vn.thidua.reporting.reports.ReportFiles;
import vn.thidua.reporting.reports.ReportParameters;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.error.ProblemException.FieldViolation;
import vn.thidua.shared.security.PlatformPrincipal;

/** National, province and unit dashboards from the read models, with drill-down; json, xlsx or pdf. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Báo cáo")
public class DashboardController {

    private final Dashboards dashboards;

    public DashboardController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Dashboard of a unit in the caller's scope (default: the whole country for the national "
            + "board, the caller's own unit otherwise): campaigns, registrations and dossiers by status, awards by "
            + "form and level, late, refused and revoked counts, the units one level below (drill down with unit=); "
            + "filters campaignId and year; dataAsOf says how fresh the figures are. format json, xlsx or pdf",
            description = "Another province's unit or campaign answers 404.")
    public ResponseEntity<?> dashboard(PlatformPrincipal caller,
            @Parameter(description = "unit code to drill into (VN, a province, a district before 1 July 2025, a "
                    + "commune or agency)") @RequestParam(required = false) String unit,
            @Parameter(description = "campaign id") @RequestParam(required = false) String campaignId,
            @Parameter(description = "year, e.g. 2024") @RequestParam(required = false) String year,
            @Parameter(description = "json (default), xlsx or pdf") @RequestParam(required = false) String format) {
        List<FieldViolation> violations = new ArrayList<>();
        String unitCode = ReportParameters.unitCode("unit", unit, violations);
        String campaign = ReportParameters.campaignId(campaignId, false, violations);
        Integer parsedYear = ReportParameters.year(year, false, violations);
        String chosen = ReportParameters.format(format, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Dashboard dashboard = dashboards.build(caller, unitCode, campaign, parsedYear);
        String name = "bao-cao-tong-hop-" + dashboard.unit().code()
                + (dashboard.filters().campaignCode() == null ? "" : "-" + dashboard.filters().campaignCode())
                + (parsedYear == null ? "" : "-" + parsedYear);
        return switch (chosen) {
            case "xlsx" -> ReportFiles.attachment(TablesWorkbook.build("Tổng hợp", dashboard.title(), meta(dashboard),
                    dashboard.tables()), TablesWorkbook.CONTENT_TYPE, name + ".xlsx");
            case "pdf" -> ReportFiles.attachment(TablesPdf.build(dashboard.title(), meta(dashboard),
                    List.of(BarChart.png("Hồ sơ theo trạng thái", "Số hồ sơ", labelled(dashboard.dossiersByStatus(),
                            Labels.DOSSIER), 1000, 480)), dashboard.tables()), TablesPdf.CONTENT_TYPE, name + ".pdf");
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(dashboard);
        };
    }

    static Map<String, String> meta(Dashboard d) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("Đơn vị", d.unit().tenant() == null ? "Toàn quốc" : d.unit().label());
        if (d.filters().campaignId() != null) {
            meta.put("Phong trào", d.filters().campaignCode() + " – " + d.filters().campaignName());
        }
        meta.put("Năm", d.filters().year() == null ? "Tất cả" : d.filters().year().toString());
        meta.put("Số liệu tính đến", d.dataAsOf().asOf() == null ? "chưa đầy đủ (đang đồng bộ)"
                : ReportFiles.TIME.format(d.dataAsOf().asOf().atZone(Dashboards.VIETNAM)));
        meta.put("Lập lúc", ReportFiles.TIME.format(d.generatedAt()));
        return meta;
    }

    private static Map<String, Long> labelled(Map<String, Long> byStatus, Map<String, String> labels) {
        Map<String, Long> labelled = new LinkedHashMap<>();
        byStatus.forEach((status, n) -> labelled.put(Labels.of(labels, status), n));
        return labelled;
    }
}
