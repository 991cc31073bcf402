package vn.thidua.registration;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No package cycles: units know nothing of registrations; registrations and progress read campaigns and units;
 * target progress reads all of them and nobody reads it. A cycle fails here with the classes that make it.
 */
class BoundariesTest {

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.thidua.registration");

    @Test
    void theServicesModulesHaveNoCycles() {
        slices().matching("vn.thidua.registration.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noPackageDependsOnAnotherThatDependsOnIt() {
        slices().matching("vn.thidua.registration.(**)").should().beFreeOfCycles().check(MAIN);
    }
}
