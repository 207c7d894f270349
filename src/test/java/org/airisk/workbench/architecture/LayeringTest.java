package org.airisk.workbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/decisions/0001: ui -> (templates) -> domain; store -> domain; only app (the composition
 * root) knows every part. Domain code is plain Java.
 */
class LayeringTest {
    private static final String ROOT = "org.airisk.workbench";
    private static final String[] DOMAIN = {ROOT + ".questionnaire..", ROOT + ".assessment..", ROOT + ".settings..", ROOT + ".scoring..", ROOT + ".charts..", ROOT + ".portfolio..", ROOT + ".exchange..", ROOT + ".report..",
        ROOT + ".catalog..", ROOT + ".format..",
        ROOT + ".evidence..",
        ROOT + ".signing..",
        ROOT + ".audit..",
        ROOT + ".comments..",
        ROOT + ".changes..",
        ROOT + ".review..",
    };
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "com.fasterxml..", "org.h2..", "org.flywaydb..", "org.controlsfx..", "atlantafx..",
                        "java.awt..", "javax.swing..")
                .because("the domain must stay testable and reusable without a window, a database or a JSON library")
                .check(classes);
    }

    @Test
    void domainKnowsNothingAboveIt() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".store..",
                        ROOT + ".templates..", ROOT + ".catalogdata..", ROOT + ".app..")
                .check(classes);
    }

    @Test
    void storeDoesNotReachUp() {
        noClasses().that().resideInAPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".app..", "javafx..")
                .check(classes);
    }

    @Test
    void templatesAndCatalogAreReadWithoutUiOrStore() {
        noClasses().that().resideInAnyPackage(ROOT + ".templates..", ROOT + ".catalogdata..", ROOT + ".surveyjs..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".app..",
                        ROOT + ".store..", "javafx..", "java.sql..")
                .check(classes);
    }

    @Test
    void uiTalksToPortsNotToTheDatabase() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".store..", ROOT + ".app..",
                        "java.sql..", "org.h2..", "org.flywaydb..", "com.fasterxml..")
                .because("views and view models work through repository interfaces, wired by the composition root")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
