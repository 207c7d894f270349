package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.bench.PortfolioGenerator;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.portfolio.PortfolioFilter;
import org.airisk.workbench.portfolio.PortfolioSnapshot;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.RiskScorer;
import org.airisk.workbench.templates.TemplateLibrary;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The risks above appetite kept per assessment (V12) stay equal to a plain rescoring of each assessment through
 * every change that can move them, and across closing and reopening the library.
 */
class AboveAppetiteRowsTest {
    private static final RiskScorer SCORER = new RiskScorer(new CatalogReader().readBuiltIn());
    @TempDir
    Path folder;

    @Test
    void keptWithTheResultsThroughEditsDeletesDuplicatesImportsAndReopening() {
        Map<UUID, Set<String>> before;
        PortfolioSnapshot snapshot;
        UUID edited;
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            PortfolioGenerator.generate(database, 40, new Random(11));
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(database, TestClock.FIXED);
            JdbcRegisterRepository registers = new JdbcRegisterRepository(database, TestClock.FIXED);
            checkAll(database, assessments, registers);
            List<UUID> scored = assessments.list().stream().map(AssessmentSummary::id)
                    .filter(id -> registers.method(id).isPresent()).toList();
            // an edit: another assessment's answers scored into this one move its rows with its results
            edited = scored.get(0);
            RiskRegister other = scored.stream().skip(1).map(id -> rescore(assessments, registers, id))
                    .filter(r -> !above(r).equals(stored(database, scored.get(0)))).findFirst().orElseThrow();
            registers.saveResults(edited, other);
            assertEquals(above(other), stored(database, edited));
            assertEquals(above(other).size(), count(database, edited));

            UUID copy = assessments.duplicate(scored.get(1), "Copy").id();
            assertEquals(stored(database, scored.get(1)), stored(database, copy));
            assertTrue(!stored(database, copy).isEmpty(), "the generator puts risks above appetite");

            JdbcPortfolioQueries queries = new JdbcPortfolioQueries(database);
            PortfolioSnapshot all = queries.snapshot(PortfolioFilter.ALL, PortfolioGenerator.TODAY);
            assessments.delete(copy);
            PortfolioSnapshot withoutCopy = queries.snapshot(PortfolioFilter.ALL, PortfolioGenerator.TODAY);
            assertEquals(all.assessments() - 1, withoutCopy.assessments());
            assertNotEquals(all.frequentRisks(), withoutCopy.frequentRisks(), "the deleted copy is not counted");
            assessments.restore(copy);
            assertEquals(all, queries.snapshot(PortfolioFilter.ALL, PortfolioGenerator.TODAY));
            assessments.delete(copy);
            assessments.delete(scored.get(2)); // the copy now goes for good, its rows with it
            assertEquals(Set.of(), stored(database, copy));

            // an import as a second copy is scored by the catch-up, which writes its rows
            JdbcPackageStore packages = new JdbcPackageStore(database, TestClock.FIXED);
            UUID imported = packages.write(packages.read(List.of(scored.get(3))), PackageStore.Conflict.KEEP_BOTH)
                    .get(0);
            assertTrue(registers.withoutCurrentResults().contains(imported));
            registers.saveResults(imported, rescore(assessments, registers, imported));
            assertEquals(stored(database, scored.get(3)), stored(database, imported));

            before = everyStored(database);
            snapshot = queries.snapshot(PortfolioFilter.ALL, PortfolioGenerator.TODAY);
        }
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            assertEquals(before, everyStored(database));
            assertEquals(snapshot, new JdbcPortfolioQueries(database).snapshot(PortfolioFilter.ALL,
                    PortfolioGenerator.TODAY));
        }
    }

    @Test
    void aRiskIdOfEverySizeUpToTheColumnsLimitSurvivesReopening() {
        UUID id;
        List<String> ids = List.of("r", "x".repeat(100), "\u00fc".repeat(199) + "z");
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            PortfolioGenerator.generate(database, 1, new Random(1));
            id = new JdbcAssessmentRepository(database, TestClock.FIXED).list().get(0).id();
            new Transactions(database).run("write", c -> {
                AboveAppetiteRows.replace(c, id, ids);
                return null;
            });
        }
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            assertEquals(new TreeSet<>(ids), stored(database, id));
        }
    }

    /** A library scored before V12 kept the risks in one delimited column: those are scored again at start. */
    @Test
    void resultsKeptInTheOldColumnAreScoredAgain() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(WorkbenchDatabase.NAME).toAbsolutePath() + ";WRITE_DELAY=0";
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .target("11").load().migrate();
        UUID scored = UUID.randomUUID();
        UUID never = UUID.randomUUID();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "")) {
            for (UUID id : List.of(scored, never)) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO assessment (id, title, system_name, "
                        + "template_id, template_version, status, created_at, updated_at, results_current, "
                        + "above_appetite_risks) VALUES (?, 'Old', 'S', 'foundation-model-assessment', 1, "
                        + "'IN_PROGRESS', ?, ?, TRUE, ?)")) {
                    java.time.OffsetDateTime at = TestClock.NOW.atOffset(java.time.ZoneOffset.UTC);
                    s.setObject(1, id);
                    s.setObject(2, at);
                    s.setObject(3, at);
                    s.setString(4, id.equals(scored) ? "atlas-hallucination,atlas-harmful-output" : "");
                    s.executeUpdate();
                }
            }
        }
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            assertEquals(List.of(scored), new JdbcRegisterRepository(database, TestClock.FIXED)
                    .withoutCurrentResults());
        }
    }

    private static void checkAll(WorkbenchDatabase database, JdbcAssessmentRepository assessments,
                                 JdbcRegisterRepository registers) {
        for (AssessmentSummary a : assessments.list()) {
            Set<String> expected = registers.method(a.id()).isPresent()
                    ? above(rescore(assessments, registers, a.id())) : Set.of();
            assertEquals(expected, stored(database, a.id()), a.title());
            assertEquals(expected.size(), count(database, a.id()), a.title());
        }
    }

    private static RiskRegister rescore(JdbcAssessmentRepository assessments, JdbcRegisterRepository registers,
                                        UUID id) {
        var a = assessments.find(id).orElseThrow();
        Map<String, Answer> answers = new HashMap<>();
        assessments.answers(id).forEach((q, r) -> {
            if (r.answer() != null) {
                answers.put(q, r.answer());
            }
        });
        var template = TemplateLibrary.load(null).find(a.templateId(), a.templateVersion()).orElseThrow();
        return SCORER.score(new AnsweredQuestionnaire(template, answers), registers.method(id).orElseThrow(),
                registers.overrides(id), registers.plan(id));
    }

    private static Set<String> above(RiskRegister register) {
        return register.aboveAppetite().stream().map(RiskScore::riskId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> stored(WorkbenchDatabase database, UUID id) {
        return new TreeSet<>(everyStored(database).getOrDefault(id, Set.of()));
    }

    private static Map<UUID, Set<String>> everyStored(WorkbenchDatabase database) {
        return new Transactions(database).run("read", c -> {
            Map<UUID, Set<String>> result = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT assessment_id, risk_id FROM "
                    + "assessment_above_appetite");
                 ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    result.computeIfAbsent(rows.getObject(1, UUID.class), k -> new TreeSet<>()).add(rows.getString(2));
                }
            }
            return result;
        });
    }

    private static int count(WorkbenchDatabase database, UUID id) {
        return new Transactions(database).run("read", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT above_appetite_count FROM assessment WHERE id = ?")) {
                s.setObject(1, id);
                try (ResultSet rows = s.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }
}
