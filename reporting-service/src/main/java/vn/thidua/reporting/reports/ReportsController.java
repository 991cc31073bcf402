package vn.thidua.reporting.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.error.ProblemException.FieldViolation;

/** The registration results of a campaign and year, as JSON tables, an Excel workbook or a PDF. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Báo cáo")
public class ReportsController {

    static final List<String> FORMATS = List.of("json", "xlsx", "pdf");
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final RegistrationReports reports;

    public ReportsController(RegistrationReports reports) {
        this.reports = reports;
    }

    @GetMapping("/registrations")
    @Operation(summary = "Registration results of a campaign and year in the caller's scope: by status, by "
            + "reviewing unit, commitments per target, late registrations, batches; format json (tables), xlsx "
            + "(Excel) or pdf (with a bar chart by status)")
    public ResponseEntity<?> registrations(
            @Parameter(description = "campaign id") @RequestParam(required = false) String campaignId,
            @Parameter(description = "year, e.g. 2025") @RequestParam(required = false) String year,
            @Parameter(description = "json (default), xlsx or pdf") @RequestParam(required = false) String format) {
        List<FieldViolation> violations = new ArrayList<>();
        if (campaignId == null || campaignId.isBlank()) {
            violations.add(new FieldViolation("campaignId", "required"));
        } else if (campaignId.length() > 64) {
            violations.add(new FieldViolation("campaignId", "too-long", 64));
        }
        Integer parsedYear = null;
        if (year == null || year.isBlank()) {
            violations.add(new FieldViolation("year", "required"));
        } else {
            try {
                parsedYear = Integer.parseInt(year.strip());
                if (parsedYear < MIN_YEAR || parsedYear > MAX_YEAR) {
                    violations.add(new FieldViolation("year", "out-of-range", MIN_YEAR, MAX_YEAR));
                }
            } catch (NumberFormatException notANumber) {
                violations.add(new FieldViolation("year", "integer"));
            }
        }
        String chosen = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(chosen)) {
            violations.add(new FieldViolation("format", "one-of", String.join(", ", FORMATS)));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }

        RegistrationReport report = reports.build(campaignId.strip(), parsedYear);
        return switch (chosen) {
            case "xlsx" -> file(RegistrationWorkbook.build(report), RegistrationWorkbook.CONTENT_TYPE,
                    fileName(report, "xlsx"));
            case "pdf" -> file(RegistrationPdf.build(report), RegistrationPdf.CONTENT_TYPE, fileName(report, "pdf"));
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        };
    }

    /** {@code bao-cao-dang-ky-LC-NTM-2021-2025-2025.xlsx}: ASCII only, safe in every browser and file system. */
    static String fileName(RegistrationReport report, String extension) {
        String code = report.campaign().code() == null ? report.campaign().id() : report.campaign().code();
        String safe = code.replaceAll("[^A-Za-z0-9_-]+", "-");
        return "bao-cao-dang-ky-" + safe + "-" + report.year() + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] body, String contentType, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
