package org.airisk.workbench.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.Random;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.scoring.StoredScoring;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;

/**
 * The background catch-up of ADR 0012 on N generated assessments whose results are all out of date, as on the first
 * start after upgrading: the time per batch of 20 (how long a save can wait behind it) and in all.
 * Usage: CatchUpBenchmark FOLDER [N]
 */
public final class CatchUpBenchmark {
    private CatchUpBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            PortfolioGenerator.generate(database, count, new Random(42));
        }
        try (Connection c = DriverManager.getConnection(
                        "jdbc:h2:file:" + folder.toAbsolutePath().resolve("workbench"), "sa", "");
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE assessment SET results_current = FALSE");
        }
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            StoredScoring scoring = new StoredScoring(
                    new JdbcAssessmentRepository(database, TestClock.FIXED),
                    new JdbcRegisterRepository(database, TestClock.FIXED),
                    TemplateLibrary.load(null)::find,
                    new CatalogReader().readBuiltIn(),
                    ScoringMethod::standard);
            long started = System.nanoTime();
            long worst = 0;
            int batches = 0;
            int scored = 0;
            StoredScoring.Batch batch;
            do {
                long t = System.nanoTime();
                batch = scoring.catchUp(10);
                worst = Math.max(worst, System.nanoTime() - t);
                batches++;
                scored += batch.scored();
            } while (batch.more());
            double total = (System.nanoTime() - started) / 1e9;
            System.out.println(String.format(
                    Locale.ROOT,
                    "catch-up: %d assessments scored in %.1f s (%.1f ms each), "
                            + "%d batches of 10, slowest batch %.0f ms",
                    scored,
                    total,
                    total * 1000 / scored,
                    batches,
                    worst / 1e6));
        }
    }
}
