package org.airisk.workbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchangedata.AssessmentPackages;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.reportdata.ReportFiles;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcAssessmentPages;
import org.airisk.workbench.store.JdbcEvidence;
import org.airisk.workbench.store.JdbcPackageStore;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;

/**
 * Report and package figures: the report of one generated, partly answered assessment in every format (first
 * run in a fresh JVM, then the median of the next five), and exporting then importing a package of 100 assessments.
 * With a LIBRARY (the scale harness, .ci/bench-scale), the reports are of its assessments and the package is
 * imported into it, so that both are timed at the library's size. Usage: ExchangeBenchmark WORK_DIR [LIBRARY]
 */
public final class ExchangeBenchmark {
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        TemplateLibrary templates = TemplateLibrary.load(null);
        Path library = args.length > 1 ? Path.of(args[1]) : null;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(library != null ? library : work.resolve("from"))) {
            if (library == null) {
                PortfolioGenerator.generate(db, 100, new Random(1));
            }
            List<UUID> ids = new JdbcAssessmentPages(db)
                    .page("", 0, 100).stream().map(AssessmentSummary::id).toList();
            ReportFiles reports = new ReportFiles(
                    new JdbcPackageStore(db, TestClock.FIXED),
                    templates,
                    new CatalogReader().readBuiltIn(),
                    ScoringMethod::standard,
                    "bench",
                    new JdbcEvidence(db, TestClock.FIXED),
                    new JdbcReviewRepository(db, TestClock.FIXED, ScoringMethod::standard));
            for (ReportFiles.Format format : ReportFiles.Format.values()) {
                double[] times = new double[6];
                for (int i = 0; i < times.length; i++) {
                    long t = System.nanoTime();
                    reports.write(
                            ids.get(i),
                            format,
                            work.resolve("report-" + i + "." + format.extension()),
                            TestClock.TODAY);
                    times[i] = (System.nanoTime() - t) / 1e6;
                }
                double[] warm = Arrays.copyOfRange(times, 1, times.length);
                Arrays.sort(warm);
                String target = switch (format) {
                    case PDF -> " (target < 3000 ms)";
                    case HTML -> " (target < 500 ms)";
                    default -> "";
                };
                System.out.printf(
                        "%s report: first %.0f ms, then median %.0f ms%s%n",
                        format, times[0], warm[warm.length / 2], target);
            }
            Path file = work.resolve("hundred.airisk.json");
            long t = System.nanoTime();
            new AssessmentPackages(new JdbcPackageStore(db, TestClock.FIXED), templates, TestClock.FIXED)
                    .export(ids, file);
            double exported = (System.nanoTime() - t) / 1e6;
            // Into the library itself (as copies: its own ids are taken) or into a new one.
            WorkbenchDatabase other = library != null ? null : WorkbenchDatabase.open(work.resolve("into"));
            try {
                WorkbenchDatabase into = other != null ? other : db;
                AssessmentPackages packages =
                        new AssessmentPackages(new JdbcPackageStore(into, TestClock.FIXED), templates, TestClock.FIXED);
                t = System.nanoTime();
                packages.apply(packages.preview(file), PackageStore.Conflict.KEEP_BOTH);
                double imported = (System.nanoTime() - t) / 1e6;
                System.out.printf(
                        "package of %d assessments (%d KB): export %.0f ms, import (check + write) %.0f ms "
                                + "(target < 5000 ms together)%n",
                        ids.size(), Files.size(file) / 1024, exported, imported);
            } finally {
                if (other != null) {
                    other.close();
                }
            }
        }
    }
}
