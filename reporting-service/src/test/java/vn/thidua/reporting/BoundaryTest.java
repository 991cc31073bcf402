package vn.thidua.reporting;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * reporting-service's package boundaries: its feature packages (reports, overview, clients) form no cycle. Reports
 * depend on the clients that read the other services, never the other way round.
 */
class BoundaryTest {

    static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.thidua.reporting");

    @Test
    void theFeaturePackagesFormNoCycle() {
        slices().matching("vn.thidua.reporting.(*)..").should().beFreeOfCycles().check(SERVICE);
    }
}
