package vn.thidua.campaign;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * campaign-service's package boundaries: the feature packages (campaigns, calendar, awards, criteria, targets,
 * catalogue, lowerplans, validation) form no cycle, and the plain rule classes stay free of Spring.
 */
class BoundaryTest {

    static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.thidua.campaign");

    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    void theFeaturePackagesFormNoCycle() {
        noCycles("vn.thidua.campaign").check(SERVICE);
    }

    @Test
    void theRuleCatchesACycleWhenThereIsOne() {
        JavaClasses fixture = new ClassFileImporter().importPackages("vn.thidua.campaign.boundaryfixture");
        var result = noCycles("vn.thidua.campaign.boundaryfixture").evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
    }

    @Test
    void thePlainRulesDoNotDependOnSpring() {
        noClasses().that().haveSimpleNameEndingWith("Rules")
                .or().haveSimpleName("ScheduleResolver").or().haveSimpleName("CampaignLifecycle")
                .or().haveSimpleName("LowerPlanTracker").or().haveSimpleName("QuotaSplit")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(SERVICE);
    }
}
