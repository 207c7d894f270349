package org.airisk.workbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;

/**
 * How big the library's file is against the live data in it (issue 21): after a bulk fill of COUNT assessments
 * (200 scored, the rest copied in batched SQL), then after SAVES autosaves (one answer per transaction, as the
 * questionnaire saves; a long day of work is a few thousand), each measured after closing the library. The live
 * data is the size of a copy compacted completely by H2 ({@code SHUTDOWN COMPACT}).
 * Usage: StorageGrowth DATA_DIR COUNT SAVES [SAVES_PER_SECOND]
 */
public final class StorageGrowth {
    private StorageGrowth() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int saves = Integer.parseInt(args[2]);
        // Saves per second; 0 for as fast as they go. H2 reuses the space of a part of the file only when it has
        // held no live data for its retention time (45 s), so a burst grows the file for that long.
        double rate = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        long started = System.nanoTime();
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            PortfolioBenchmark.generate(database, count);
        }
        report("after generating " + count + " assessments in " + seconds(started) + " s", folder);
        started = System.nanoTime();
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(database, TestClock.FIXED);
            List<AssessmentSummary> all = repository.list();
            Random random = new Random(11);
            long start = System.nanoTime();
            for (int i = 0; i < saves; i++) {
                if (rate > 0) {
                    long due = start + (long) (i * 1e9 / rate);
                    Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                }
                repository.saveAnswer(
                        all.get(random.nextInt(all.size())).id(),
                        "purpose_summary",
                        new Answer.Text("typed answer " + i),
                        new Progress(i % 12, 12));
            }
        }
        report("after " + saves + " autosaves in " + seconds(started) + " s", folder);
        WorkbenchDatabase.open(folder).close();
        report("after opening and closing it once more", folder);
    }

    private static String seconds(long since) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }

    private static void report(String when, Path folder) throws IOException, SQLException {
        Path file = folder.resolve("workbench.mv.db");
        long size = Files.size(file);
        long live = compacted(file);
        System.out.printf(
                Locale.ROOT,
                "%s: file %.1f MB, live data %.1f MB (compacted copy), %.1fx%n",
                when,
                size / 1e6,
                live / 1e6,
                (double) size / live);
    }

    /** The size of a copy of the closed library after H2 compacts it completely. */
    private static long compacted(Path file) throws IOException, SQLException {
        Path copy = Files.createTempDirectory("compacted");
        try {
            Files.copy(file, copy.resolve("workbench.mv.db"));
            String url = "jdbc:h2:file:" + copy.resolve("workbench").toAbsolutePath();
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                    Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            return Files.size(copy.resolve("workbench.mv.db"));
        } finally {
            try (var files = Files.list(copy)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(copy);
        }
    }
}
