package org.airisk.workbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;

/**
 * Times the autosave path (one answer = one transaction, as the questionnaire saves it) on a database of N
 * assessments. Prints percentiles. Usage: AutosaveBenchmark DATA_DIR [ASSESSMENTS] [SAVES]
 */
public final class AutosaveBenchmark {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int assessments = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int saves = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        boolean fresh = !Files.exists(folder.resolve("workbench.mv.db"));
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(database, TestClock.FIXED);
            if (fresh) {
                PortfolioGenerator.generate(database, assessments, new Random(7));
            }
            List<AssessmentSummary> all = repository.list();
            Random random = new Random(11);
            // Warm-up, not measured.
            for (int i = 0; i < 300; i++) {
                repository.saveAnswer(
                        all.get(random.nextInt(all.size())).id(),
                        "warmup",
                        new Answer.Text("w" + i),
                        new Progress(1, 2));
            }
            long[] nanos = new long[saves];
            for (int i = 0; i < saves; i++) {
                var id = all.get(random.nextInt(all.size())).id();
                Answer answer = i % 3 == 0
                        ? new Answer.Choice("yes")
                        : i % 3 == 1 ? new Answer.Text("typed answer " + i) : new Answer.Scale(1 + i % 5);
                long start = System.nanoTime();
                repository.saveAnswer(id, "purpose_summary", answer, new Progress(i % 12, 12));
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "autosave on %d assessments, %d saves: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    all.size(), saves, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[saves - 1] / 1e6);
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
