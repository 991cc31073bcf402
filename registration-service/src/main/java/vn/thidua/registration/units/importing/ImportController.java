package vn.thidua.registration.units.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;

/**
 * The import of the official data, under the units' paths. Its own controller, in the importing package, so that
 * the registry does not depend on its importer (which depends on the registry's types).
 */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units")
public class ImportController {

    private final AdminUnitImport imports;

    public ImportController(AdminUnitImport imports) {
        this.imports = imports;
    }

    @GetMapping("/import-report")
    @Operation(summary = "Report of the last import of the official data (national-admin, province-admin)",
            description = "Rows read, loaded, skipped (line and reason) and ignored per file; warnings for rows "
                    + "loaded with a correction; documents inserted, changed and unchanged.")
    public ImportReport importReport(PlatformPrincipal caller) {
        if (!caller.hasAny(PlatformRole.NATIONAL_ADMIN, PlatformRole.PROVINCE_ADMIN)) {
            throw ProblemException.forbidden("forbidden");
        }
        ImportReport report = imports.lastReport();
        if (report == null) {
            throw ProblemException.notFound("Import report", "admin-units");
        }
        return report;
    }

    @PostMapping("/imports")
    @Operation(summary = "Run the import of the bundled official data again (national-admin)",
            description = "Idempotent: units and successions are upserted by their natural keys; a second run "
                    + "reports nothing new. The service also imports at start-up when the bundled data changed.")
    public ImportReport reimport(PlatformPrincipal caller) {
        if (!(caller.has(PlatformRole.NATIONAL_ADMIN) && caller.isNational())) {
            throw ProblemException.forbidden("forbidden");
        }
        return imports.importNow();
    }
}
