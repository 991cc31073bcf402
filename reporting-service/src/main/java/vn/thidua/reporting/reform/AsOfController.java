package vn.thidua.reporting.reform;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
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
import vn.thidua.reporting.export.TablesPdf;
import vn.thidua.reporting.export.TablesWorkbook;
import vn.thidua.reporting.reports.ReportFiles;
import vn.thidua.reporting.reports.ReportParameters;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.error.ProblemException.FieldViolation;
import vn.thidua.shared.security.PlatformPrincipal;

/** Awards across the 2025 reform: rolled up to the units in force on a day, each counted once. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Báo cáo")
public class AsOfController {

    private final AsOfReports reports;

    public AsOfController(AsOfReports reports) {
        this.reports = reports;
    }

    @GetMapping("/awards-as-of")
    @Operation(summary = "Awards rolled up to the units in force on asOf (default today): a merged commune's awards "
            + "under its successor once; filters unit (root of the report, in the caller's scope), campaignId, "
            + "year; format json, xlsx or pdf",
            description = "History as recorded (the unit of the time) is the dashboard; this report answers 'who "
                    + "carries these awards on that day'. Another province's unit or campaign answers 404.")
    public ResponseEntity<?> awardsAsOf(PlatformPrincipal caller,
            @Parameter(description = "the day, yyyy-MM-dd") @RequestParam(required = false) String asOf,
            @Parameter(description = "root unit code") @RequestParam(required = false) String unit,
            @Parameter(description = "campaign id") @RequestParam(required = false) String campaignId,
            @Parameter(description = "year the awards were proposed for") @RequestParam(required = false) String year,
            @Parameter(description = "json (default), xlsx or pdf") @RequestParam(required = false) String format) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate day = ReportParameters.date("asOf", asOf, false, violations);
        String unitCode = ReportParameters.unitCode("unit", unit, violations);
        String campaign = ReportParameters.campaignId(campaignId, false, violations);
        Integer parsedYear = ReportParameters.year(year, false, violations);
        String chosen = ReportParameters.format(format, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        AsOfReport report = reports.build(caller, unitCode, day == null ? LocalDate.now(
                ZoneId.of("Asia/Ho_Chi_Minh")) : day, campaign, parsedYear);
        String name = "khen-thuong-quy-doi-" + report.unit().code() + "-" + report.asOf();
        return switch (chosen) {
            case "xlsx" -> ReportFiles.attachment(TablesWorkbook.build("Quy đổi", report.title(), meta(report),
                    report.tables()), TablesWorkbook.CONTENT_TYPE, name + ".xlsx");
            case "pdf" -> ReportFiles.attachment(TablesPdf.build(report.title(), meta(report), List.of(),
                    report.tables()), TablesPdf.CONTENT_TYPE, name + ".pdf");
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        };
    }

    private static Map<String, String> meta(AsOfReport r) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("Đơn vị hiện hành đến ngày", r.asOf().toString());
        if (r.filters().campaignId() != null) {
            meta.put("Phong trào", r.filters().campaignCode() + " – " + r.filters().campaignName());
        }
        meta.put("Năm", r.filters().year() == null ? "Tất cả" : r.filters().year().toString());
        meta.put("Số liệu tính đến", r.dataAsOf().asOf() == null ? "chưa đầy đủ (đang đồng bộ)"
                : ReportFiles.TIME.format(r.dataAsOf().asOf().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
        return meta;
    }
}
