package org.airisk.workbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airisk.workbench.scoring.RiskOrder;
import org.airisk.workbench.scoring.RiskScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house as the README's package table describes it (ADR 0001, ADR 0031), written as an allow-list: every
 * package belongs to one layer, and each layer names the layers it may use. A new package fails the test until it is
 * put in a layer here and in the README.
 * <ul>
 *   <li>Domain: plain Java, including the ports (interfaces the adapters implement); uses nothing but the domain.</li>
 *   <li>Adapters: implement the ports with files, JSON and the database; use the domain and each other, never the ui
 *       or the composition root.</li>
 *   <li>Ui: views and view models; use the domain and its ports only.</li>
 *   <li>App: the launcher, the command line and the composition root; may use everything.</li>
 * </ul>
 */
class LayeringTest {
    private static final String ROOT = "org.airisk.workbench";

    /** Plain Java: the assessor's concepts and the ports the adapters implement. Same order as the README's table. */
    static final List<String> DOMAIN = packages(
            "questionnaire",
            "assessment",
            "settings",
            "catalog",
            "scoring",
            "charts",
            "portfolio",
            "exchange",
            "report",
            "review",
            "comments",
            "audit",
            "evidence",
            "changes",
            "signing",
            "format");

    /** Files, JSON and the database behind the ports. Same order as the README's table. */
    static final List<String> ADAPTERS = packages(
            "exchangedata", "questionnairedata", "catalogdata", "reportdata", "importfiles", "signingdata", "store");

    static final List<String> UI = packages("ui");
    static final List<String> APP = packages("app");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    static LayeredArchitecture house() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("Domain")
                .definedBy(DOMAIN.toArray(String[]::new))
                .layer("Adapters")
                .definedBy(ADAPTERS.toArray(String[]::new))
                .layer("Ui")
                .definedBy(UI.toArray(String[]::new))
                .layer("App")
                .definedBy(APP.toArray(String[]::new))
                .whereLayer("Domain")
                .mayNotAccessAnyLayer()
                .whereLayer("Adapters")
                .mayOnlyAccessLayers("Domain")
                .whereLayer("Ui")
                .mayOnlyAccessLayers("Domain")
                .whereLayer("App")
                .mayOnlyAccessLayers("Domain", "Adapters", "Ui");
    }

    @Test
    void everyPackageKeepsToItsLayer() {
        EvaluationResult result = house().evaluate(classes);
        List<String> violations = result.getFailureReport().getDetails();
        violations.forEach(System.out::println);
        // 114 when the allow-list was first written (issue 17), every one the ui using an adapter directly
        assertEquals(List.of(), violations, violations.size() + " dependencies cross the layers the README describes");
    }

    @Test
    void readmeTableNamesTheSameLayers() throws IOException {
        Map<String, List<String>> table = new LinkedHashMap<>();
        Pattern row = Pattern.compile("^\\| `([a-z]+)` \\| ([a-z]+) \\|");
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                table.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(ROOT + "." + m.group(1) + "..");
            }
        }
        assertEquals(Map.of("domain", DOMAIN, "adapter", ADAPTERS, "ui", UI, "app", APP), table);
    }

    @Test
    void domainIsPlainJava() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN.toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx..",
                        "java.sql..",
                        "javax.sql..",
                        "com.fasterxml..",
                        "org.h2..",
                        "org.flywaydb..",
                        "org.controlsfx..",
                        "atlantafx..",
                        "java.awt..",
                        "javax.swing..")
                .because("the domain must stay testable and reusable without a window, a database or a JSON library")
                .check(classes);
    }

    @Test
    void adaptersHaveNoWindow() {
        noClasses()
                .that()
                .resideInAnyPackage(ADAPTERS.toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void uiReachesNoDatabaseOrJson() {
        noClasses()
                .that()
                .resideInAnyPackage(UI.toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..", "com.fasterxml..")
                .because("views and view models work through ports, wired by the composition root")
                .check(classes);
    }

    /** Reads a risk's rank: what orders risks highest first. */
    private static final DescribedPredicate<JavaAccess<?>> READS_RANK = new DescribedPredicate<>("read a risk's rank") {
        @Override
        public boolean test(JavaAccess<?> access) {
            return access.getTargetOwner().isEquivalentTo(RiskScore.class)
                    && access.getName().equals("rank");
        }
    };

    /**
     * One risk ordering: the rank is read by {@link RiskOrder} alone, so no screen, report or command sorts risks by
     * it with tie-breaks of its own (OneRiskOrderTest and OneScoringPathTest check what the lists show).
     */
    @Test
    void onlyRiskOrderOrdersRisks() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(RiskOrder.class, RiskScore.class)
                .should()
                .accessTargetWhere(READS_RANK)
                .because("every order of risks by rank is RiskOrder.HIGHEST_FIRST, with its one set of tie-breaks")
                .check(classes);
        // and the rule sees a sort by rank written as a method reference, as RiskOrder's own is
        JavaClasses order =
                classes.that(DescribedPredicate.describe("RiskOrder", c -> c.isEquivalentTo(RiskOrder.class)));
        assertTrue(
                noClasses()
                        .should()
                        .accessTargetWhere(READS_RANK)
                        .evaluate(order)
                        .hasViolation(),
                "RiskOrder's comparingDouble(RiskScore::rank) is seen as reading the rank");
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    private static List<String> packages(String... names) {
        return Arrays.stream(names).map(name -> ROOT + "." + name + "..").toList();
    }
}
