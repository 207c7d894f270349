package org.airisk.workbench.bench;

import java.nio.file.Path;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;

/**
 * Dev command for the scale harness (.ci/bench-scale): a data folder of COUNT assessments made the quick way
 * ({@link PortfolioBenchmark#generate}: a few hundred scored one by one, the rest bulk copies of them), then closed,
 * so that the app opens it as a user's library. Usage: LibraryGenerator DATA_DIR COUNT
 */
public final class LibraryGenerator {
    private LibraryGenerator() {}

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long started = System.nanoTime();
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            PortfolioBenchmark.generate(database, count);
            System.out.printf(
                    "generated %d assessments in %.1f s (%d in the library)%n",
                    count,
                    (System.nanoTime() - started) / 1e9,
                    new JdbcAssessmentRepository(database, TestClock.FIXED).count());
        }
    }
}
