package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchangedata.AssessmentPackages;
import org.airisk.workbench.portfolio.PortfolioFilter;
import org.airisk.workbench.portfolio.PortfolioSnapshot;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.scoring.StoredScoring;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPackageStore;
import org.airisk.workbench.store.JdbcPortfolioQueries;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: an imported, answered assessment showed "0 % · In progress" in the library and "Not scored yet" in the
 * portfolio until opened. It is scored without being opened, and stays current across a restart.
 */
class ScoringWithoutOpeningTest {
    private static final TemplateLibrary TEMPLATES = TemplateLibrary.load(null);
    private static final RiskCatalog CATALOG = new CatalogReader().readBuiltIn();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private static StoredScoring scoring(WorkbenchDatabase db) {
        return new StoredScoring(
                new JdbcAssessmentRepository(db, TestClock.FIXED),
                new JdbcRegisterRepository(db, TestClock.FIXED),
                TEMPLATES::find,
                CATALOG,
                ScoringMethod::standard);
    }

    private static AssessmentSummary only(WorkbenchDatabase db, UUID id) {
        return new JdbcAssessmentRepository(db, TestClock.FIXED)
                .list().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anImportedAssessmentIsScoredWithoutBeingOpened() {
        Path file = dir.resolve("sample.airisk.json");
        int percentThere;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("theirs"))) {
            QuestionnaireTemplate template =
                    TEMPLATES.newest(SampleAssessment.TEMPLATE).orElseThrow();
            UUID sample = SampleAssessment.create(new JdbcAssessmentRepository(db, TestClock.FIXED), template);
            percentThere = only(db, sample).progressPercent();
            new AssessmentPackages(new JdbcPackageStore(db, TestClock.FIXED), TEMPLATES, TestClock.FIXED)
                    .export(List.of(sample), file);
        }
        assertTrue(percentThere > 0);
        UUID imported;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("mine"))) {
            AssessmentPackages packages =
                    new AssessmentPackages(new JdbcPackageStore(db, TestClock.FIXED), TEMPLATES, TestClock.FIXED);
            imported = packages.apply(packages.preview(file), PackageStore.Conflict.KEEP_BOTH)
                    .get(0);
            StoredScoring scoring = scoring(db);
            assertEquals(List.of(imported), scoring.pending(), "an import starts out of date");

            assertEquals(new StoredScoring.Batch(1, false), scoring.catchUp(10));

            AssessmentSummary row = only(db, imported);
            assertEquals(percentThere, row.progressPercent());
            assertEquals(AssessmentStatus.IN_PROGRESS, row.status());
            PortfolioSnapshot portfolio = new JdbcPortfolioQueries(db).snapshot(PortfolioFilter.ALL, TODAY);
            assertFalse(
                    portfolio.byLevel().containsKey(PortfolioSnapshot.NOT_SCORED),
                    portfolio.byLevel().toString());
            assertFalse(portfolio.frequentRisks().isEmpty(), "its risks above appetite count in the portfolio");
            assertEquals(List.of(), scoring.pending());
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("mine"))) {
            assertEquals(List.of(), scoring(db).pending(), "still current after a restart");
            assertEquals(percentThere, only(db, imported).progressPercent());
        }
    }

    @Test
    void anAnswerSavedWithoutTheRegisterMakesTheResultsOutOfDate() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("d"))) {
            QuestionnaireTemplate template =
                    TEMPLATES.newest(SampleAssessment.TEMPLATE).orElseThrow();
            UUID sample = SampleAssessment.create(new JdbcAssessmentRepository(db, TestClock.FIXED), template);
            StoredScoring scoring = scoring(db);
            assertEquals(List.of(sample), scoring.pending());
            scoring.catchUp(10);
            assertEquals(List.of(), scoring.pending());

            new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .saveAnswer(sample, "profile_audience", null, new Progress(1, 10));
            assertEquals(List.of(sample), scoring.pending());
        }
    }

    @Test
    void catchingUpGoesInBatches() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("d"))) {
            QuestionnaireTemplate template =
                    TEMPLATES.newest(SampleAssessment.TEMPLATE).orElseThrow();
            for (int i = 0; i < 3; i++) {
                SampleAssessment.create(new JdbcAssessmentRepository(db, TestClock.FIXED), template);
            }
            StoredScoring scoring = scoring(db);
            assertEquals(new StoredScoring.Batch(2, true), scoring.catchUp(2));
            assertEquals(1, scoring.pending().size());
            assertEquals(new StoredScoring.Batch(1, false), scoring.catchUp(2));
            assertEquals(List.of(), scoring.pending());
        }
    }
}
