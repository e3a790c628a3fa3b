package org.sitrep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stage boundaries of docs/ARCHITECTURE.md, enforced on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sitrep");
    }

    @Test
    void onlyTheNlpStageSeesCoreNlp() {
        noClasses().that().resideOutsideOfPackage("org.sitrep.nlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingOfSitrep() {
        noClasses().that().resideInAPackage("org.sitrep.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.sitrep.pipeline..", "org.sitrep.ingest..", "org.sitrep.nlp..", "org.sitrep.resolve..",
                        "org.sitrep.extract..", "org.sitrep.json..", "org.sitrep.eval..", "org.sitrep.cli..")
                .check(classes);
    }

    @Test
    void stagesDoNotReachIntoTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.sitrep.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.sitrep.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void readingAndExtractionStayIndependentOfEachOther() {
        noClasses().that().resideInAPackage("org.sitrep.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.nlp..", "org.sitrep.extract..",
                        "org.sitrep.resolve..")
                .check(classes);
        noClasses().that().resideInAPackage("org.sitrep.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.ingest..", "org.sitrep.nlp..")
                .check(classes);
    }

    @Test
    void theServerAndTheStoreOnlyReadRecords() {
        noClasses().that().resideInAnyPackage("org.sitrep.serve..", "org.sitrep.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.ingest..", "org.sitrep.nlp..",
                        "org.sitrep.extract..", "org.sitrep.source..")
                .check(classes);
        noClasses().that().resideInAPackage("org.sitrep.store..")
                .should().dependOnClassesThat().resideInAPackage("org.sitrep.serve..")
                .check(classes);
        noClasses().that().resideInAPackage("org.sitrep.source..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.ingest..", "org.sitrep.nlp..",
                        "org.sitrep.extract..", "org.sitrep.store..", "org.sitrep.serve..")
                .check(classes);
    }
}
