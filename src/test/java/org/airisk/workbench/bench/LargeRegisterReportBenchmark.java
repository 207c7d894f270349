package org.airisk.workbench.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.airisk.workbench.app.LargeRegisterLibrary;
import org.airisk.workbench.app.SampleReportLibrary;
import org.airisk.workbench.report.ReportKind;
import org.airisk.workbench.reportdata.ReportFiles;

/**
 * Every report format of an assessment with a 300-risk register ({@link LargeRegisterLibrary}: the built-in
 * catalog plus generated imported risks), the full report and, for documents, the board pack: the first in a fresh
 * JVM (cold), then the median of the next five. Target: each under 10 s. The files stay in OUT_DIR for a look.
 * Each run also prints the CPU time the whole process used for it (every thread: the writer, the compilers, the
 * collector): on a busy machine the wall time measures the load, the CPU time what the report itself costs.
 * Usage: LargeRegisterReportBenchmark OUT_DIR [RUNS]
 */
public final class LargeRegisterReportBenchmark {
    private static final ReportFiles.Format[] FORMATS = {
        ReportFiles.Format.PDF, ReportFiles.Format.DOCX, ReportFiles.Format.XLSX, ReportFiles.Format.HTML
    };

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        long setUp = System.nanoTime();
        try (LargeRegisterLibrary library = new LargeRegisterLibrary(out)) {
            System.out.printf(
                    Locale.ROOT,
                    "library with the 300-risk assessment made in %.0f ms%n",
                    (System.nanoTime() - setUp) / 1e6);
            for (ReportKind kind : ReportKind.values()) {
                for (ReportFiles.Format format : FORMATS) {
                    if (kind == ReportKind.BOARD_PACK && format == ReportFiles.Format.XLSX) {
                        continue; // the board pack is a document only
                    }
                    Path file = out.resolve(kind.name().toLowerCase(Locale.ROOT) + "." + format.extension());
                    double[] times = new double[runs];
                    double[] cpu = new double[runs];
                    for (int i = 0; i < runs; i++) {
                        long c = processCpuNanos();
                        long t = System.nanoTime();
                        library.reports.write(
                                library.assessment, format, file, SampleReportLibrary.TODAY, null, kind, () -> false);
                        times[i] = (System.nanoTime() - t) / 1e6;
                        cpu[i] = (processCpuNanos() - c) / 1e6;
                    }
                    double[] warmCpu = Arrays.copyOfRange(cpu, 1, runs);
                    Arrays.sort(warmCpu);
                    double[] warm = Arrays.copyOfRange(times, 1, runs);
                    Arrays.sort(warm);
                    System.out.printf(
                            Locale.ROOT,
                            "%s %s of 300 risks: first %.0f ms, then median %.0f ms (runs %s), "
                                    + "%d KB; process CPU first %.0f ms, then median %.0f ms%n",
                            kind.label(),
                            format.name(),
                            times[0],
                            warm.length == 0 ? times[0] : warm[warm.length / 2],
                            Arrays.toString(
                                    Arrays.stream(times).mapToLong(Math::round).toArray()),
                            Files.size(file) / 1024,
                            cpu[0],
                            warmCpu.length == 0 ? cpu[0] : warmCpu[warmCpu.length / 2]);
                }
            }
        }
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
