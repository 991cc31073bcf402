package vn.thidua.award;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service's boundaries: no cycle between its feature packages (dossiers, decisions, checks, clients, audit,
 * history, attachments, reservations …), and the rule checks stay plain Java; no class grows past 500 lines.
 */
class BoundariesTest {

    static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.thidua.award");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("vn.thidua.award.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void theWorkflowRulesAndTheRouteArePlainJava() {
        classes().that().haveSimpleNameStartingWith("Competence").or().haveSimpleName("RoutePlanner")
                .or().haveSimpleName("Workflow").or().haveSimpleName("FlowFindings").or().haveSimpleName("Timeliness")
                .or().haveSimpleName("SeparationOfDuties")
                .should(notDependOnSpring()).check(SERVICE);
    }

    @Test
    void noClassIsOver500Lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> long500 = files.filter(p -> p.toString().endsWith(".java")).filter(p -> lines(p) > 500)
                    .map(Path::toString).toList();
            assertThat(long500).isEmpty();
        }
        assertThat(lines(Path.of("src/main/java/vn/thidua/award/dossiers/Dossiers.java"))).isLessThan(400);
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArchCondition<JavaClass> notDependOnSpring() {
        return new ArchCondition<>("not depend on Spring") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getDirectDependenciesFromSelf().stream()
                        .filter(d -> d.getTargetClass().getPackageName().startsWith("org.springframework")
                                && !d.getTargetClass().getPackageName().startsWith("org.springframework.http"))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }
}
