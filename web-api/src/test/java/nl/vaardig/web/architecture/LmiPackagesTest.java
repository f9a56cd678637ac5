package nl.vaardig.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The labour-market feature's packages depend one way (docs/lmi.md, "Code"): the shared vocabulary
 * ({@code lmi}: Period, Dimension, LmiVocabulary) under everything; {@code disclosure} and {@code aggregate} (the write
 * side) on the vocabulary only; {@code read} on those; {@code export}, {@code trend} and {@code forecast} on read;
 * {@code api} (the controllers) on top. The synthetic history lives in {@code web.demo.lmi} and only reaches down.
 */
class LmiPackagesTest {

    private static final String LMI = "nl.vaardig.web.lmi";
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.vaardig.web");
    }

    @Test
    void theSubPackagesAreFreeOfCycles() {
        slices().matching(LMI + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theVocabularyDependsOnNoSubPackage() {
        noClasses().that().resideInAPackage(LMI)
                .should().dependOnClassesThat().resideInAPackage(LMI + ".*..")
                .check(classes);
    }

    @Test
    void theWriteSideAndDisclosureControlKnowOnlyTheVocabulary() {
        noClasses().that().resideInAnyPackage(LMI + ".aggregate..", LMI + ".disclosure..")
                .should().dependOnClassesThat().resideInAnyPackage(LMI + ".read..", LMI + ".export..", LMI + ".api..",
                        LMI + ".trend..", LMI + ".forecast..")
                .check(classes);
        noClasses().that().resideInAPackage(LMI + ".aggregate..")
                .should().dependOnClassesThat().resideInAPackage(LMI + ".disclosure..")
                .because("counts are protected when read, never when aggregated")
                .check(classes);
    }

    @Test
    void theReadSideKnowsNoExportApiTrendOrForecast() {
        noClasses().that().resideInAPackage(LMI + ".read..")
                .should().dependOnClassesThat().resideInAnyPackage(LMI + ".export..", LMI + ".api..", LMI + ".trend..",
                        LMI + ".forecast..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheControllers() {
        noClasses().that().resideOutsideOfPackage(LMI + ".api..")
                .should().dependOnClassesThat().resideInAPackage(LMI + ".api..")
                .check(classes);
    }

    @Test
    void theProductNeverCallsTheSyntheticHistory() {
        noClasses().that().resideInAPackage(LMI + "..")
                .should().dependOnClassesThat().resideInAPackage("nl.vaardig.web.demo..")
                .because("the demo tree seeds the product, never the other way round")
                .check(classes);
    }
}
