package org.airisk.workbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.airisk.workbench.app.SampleReportLibrary;
import org.airisk.workbench.report.ReportKind;
import org.airisk.workbench.reportdata.ReportFiles;

/**
 * The PDF of the built-in sample assessment (as in docs/samples), the full report and the board pack: the first in
 * a fresh JVM (cold: fonts, renderer and catalog loaded), then the median of the next five. The files stay in
 * OUT_DIR for a look. Usage: SampleReportBenchmark OUT_DIR
 */
public final class SampleReportBenchmark {
    private static final int RUNS = 6;

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        try (SampleReportLibrary library = new SampleReportLibrary(out)) {
            for (ReportKind kind : ReportKind.values()) {
                double[] times = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long t = System.nanoTime();
                    library.reports.write(
                            library.sample,
                            ReportFiles.Format.PDF,
                            out.resolve(kind.name().toLowerCase(Locale.ROOT) + ".pdf"),
                            SampleReportLibrary.TODAY,
                            null,
                            kind,
                            () -> false);
                    times[i] = (System.nanoTime() - t) / 1e6;
                }
                double[] warm = Arrays.copyOfRange(times, 1, RUNS);
                Arrays.sort(warm);
                System.out.printf(
                        Locale.ROOT,
                        "%s PDF of the sample: first %.0f ms, then median %.0f ms " + "(runs %s)%n",
                        kind.label(),
                        times[0],
                        warm[warm.length / 2],
                        Arrays.toString(
                                Arrays.stream(times).mapToLong(Math::round).toArray()));
            }
        }
    }
}
