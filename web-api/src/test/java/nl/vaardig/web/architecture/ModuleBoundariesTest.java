package nl.vaardig.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The Maven module graph is the architecture; this test keeps the code honest about it.
 * {@code taxonomy} and {@code matching-core} are plain Java: no Spring, Kafka or JDBC, and they
 * never reach up into {@code ingest} or {@code web-api}; {@code ingest} never reaches into {@code web-api}.
 * {@code ingest} is the event platform: Spring, JDBC and Kafka, but no HTTP (servlet, MVC), which stays in web-api.
 * {@code local} (what only runs on a developer's machine) is on web-api's runtime classpath only; no other module
 * uses it. The demo data ({@code web.demo}) drives the product's services, never the other way round.
 */
class ModuleBoundariesTest {

    private static final String[] INFRASTRUCTURE = {
            "org.springframework..", "org.apache.kafka..", "java.sql..", "javax.sql..", "org.postgresql..",
            "org.flywaydb..", "jakarta.persistence..", "jakarta.servlet.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.vaardig");
    }

    @Test
    void taxonomyIsPlainJava() {
        ArchRule rule = noClasses().that().resideInAPackage("nl.vaardig.taxonomy..")
                .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
                .because("taxonomy is plain Java, usable from any runtime");
        rule.check(classes);
    }

    @Test
    void taxonomyDependsOnNoOtherVaardigModule() {
        noClasses().that().resideInAPackage("nl.vaardig.taxonomy..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.vaardig.matching..", "nl.vaardig.ingest..",
                        "nl.vaardig.web..")
                .check(classes);
    }

    @Test
    void matchingCoreIsPlainJava() {
        noClasses().that().resideInAPackage("nl.vaardig.matching..")
                .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
                .because("matching-core is plain Java on Lucene")
                .check(classes);
    }

    @Test
    void matchingCoreNeverReachesUpIntoIngestOrWebApi() {
        noClasses().that().resideInAPackage("nl.vaardig.matching..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.vaardig.ingest..", "nl.vaardig.web..")
                .check(classes);
    }

    @Test
    void ingestServesNoHttp() {
        noClasses().that().resideInAPackage("nl.vaardig.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..")
                .because("ingest is the event platform; controllers and the problem handler stay in web-api")
                .check(classes);
    }

    @Test
    void ingestNeverReachesUpIntoWebApi() {
        noClasses().that().resideInAPackage("nl.vaardig.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.vaardig.web..")
                .check(classes);
    }

    @Test
    void nothingButWebApisRuntimeClasspathUsesLocal() {
        noClasses().that().resideOutsideOfPackage("nl.vaardig.local..")
                .should().dependOnClassesThat().resideInAPackage("nl.vaardig.local..")
                .because("local holds the developer-only servers; web-api has it at run time only (scope runtime)")
                .check(classes);
    }

    @Test
    void onlyTheDemoTreeUsesTheDemoTree() {
        noClasses().that().resideOutsideOfPackage("nl.vaardig.web.demo..")
                .should().dependOnClassesThat().resideInAPackage("nl.vaardig.web.demo..")
                .because("demo data is seeded through the product's services; the product never depends on it")
                .check(classes);
    }

    @Test
    void onlyTheDemoTreesUseTheSyntheticDataGenerator() {
        noClasses().that().resideOutsideOfPackages("nl.vaardig.web.demo..", "nl.vaardig.matching.demo..")
                .should().dependOnClassesThat().resideInAPackage("nl.vaardig.matching.demo..")
                .because("matching-core's generator makes synthetic data for the demo and the benchmarks only")
                .check(classes);
    }
}
