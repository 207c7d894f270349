package org.airisk.workbench.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.airisk.workbench.store.WorkbenchDatabase;

/**
 * Makes a data folder of N assessments, as the portfolio benchmark does (200 scored, the rest copied in bulk), for
 * measuring the app itself on it: {@code LargeLibrary DIR COUNT}.
 */
public final class LargeLibrary {
    private LargeLibrary() {}

    public static void main(String[] args) {
        long started = System.nanoTime();
        try (WorkbenchDatabase database = WorkbenchDatabase.open(Path.of(args[0]))) {
            PortfolioBenchmark.generate(database, Integer.parseInt(args[1]));
        }
        System.out.printf(
                Locale.ROOT, "generated %s assessments in %.1f s%n", args[1], (System.nanoTime() - started) / 1e9);
    }
}
