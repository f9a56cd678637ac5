package nl.vaardig.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Package by feature only works while the features form a hierarchy: a cycle between two top-level
 * packages of web-api means neither can be understood, tested or moved without the other.
 */
class PackageCyclesTest {

    @Test
    void webApiFeaturePackagesAreFreeOfCycles() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.vaardig.web");
        slices().matching("nl.vaardig.web.(*)..").should().beFreeOfCycles().check(classes);
    }
}
