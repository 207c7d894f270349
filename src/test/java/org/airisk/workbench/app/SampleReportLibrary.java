package org.airisk.workbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.evidence.Evidence;
import org.airisk.workbench.evidence.EvidenceAnchor;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.reportdata.ReportFiles;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcEvidence;
import org.airisk.workbench.store.JdbcPackageStore;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A fresh library holding the built-in sample assessment with an override, two plan items (one overdue) and an
 * evidence file: what the report tests render.
 */
public final class SampleReportLibrary implements AutoCloseable {
    public static final TemplateLibrary TEMPLATES = TemplateLibrary.load(null);
    public static final RiskCatalog CATALOG = new CatalogReader().readBuiltIn();
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    public final Path dataFolder;
    public final WorkbenchDatabase db;
    public final UUID sample;
    public final Evidence evidence;
    public final ReportFiles reports;
    private boolean closed;

    public SampleReportLibrary(Path dir) throws IOException {
        dataFolder = dir.resolve("data");
        db = WorkbenchDatabase.open(dataFolder);
        sample = SampleAssessment.create(
                new JdbcAssessmentRepository(db, TestClock.FIXED),
                TEMPLATES.newest(SampleAssessment.TEMPLATE).orElseThrow());
        JdbcRegisterRepository registers = new JdbcRegisterRepository(db, TestClock.FIXED);
        registers.saveMethod(sample, ScoringMethod.standard());
        registers.saveOverride(sample, new RatingOverride("atlas-hallucination", 5, 0, "Two wrong refunds promised"));
        registers.savePlanItem(
                sample,
                PlanItem.accept(
                                CATALOG.mitigation("mit-input-guardrails").orElseThrow(),
                                List.of("atlas-prompt-injection"))
                        .withDetails(
                                "Dana",
                                TODAY.plusDays(14),
                                PlanItem.Priority.HIGH,
                                PlanItem.Status.PLANNED,
                                "Vendor filter first"));
        registers.savePlanItem(
                sample,
                PlanItem.accept(CATALOG.mitigation("mit-human-review").orElseThrow(), List.of("atlas-hallucination"))
                        .withDetails(
                                "Lee",
                                TODAY.minusDays(3),
                                PlanItem.Priority.MEDIUM,
                                PlanItem.Status.IN_PROGRESS,
                                "Agents check every refund promise.\nSpot checks weekly."));
        Path file = Files.writeString(dir.resolve("hallucination-test-results.csv"), "prompt,wrong\n200,3\n");
        evidence = new JdbcEvidence(db, TestClock.FIXED)
                .attach(sample, EvidenceAnchor.risk("atlas-hallucination"), file, "Ann Assessor");
        reports = new ReportFiles(
                new JdbcPackageStore(db, TestClock.FIXED),
                TEMPLATES,
                CATALOG,
                ScoringMethod::standard,
                AppVersion.get(),
                new JdbcEvidence(db, TestClock.FIXED),
                new JdbcReviewRepository(db, TestClock.FIXED, ScoringMethod::standard));
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            db.close();
        }
    }

    /** A report's text as a reader's tools see it. */
    public static String textOf(Path report) throws Exception {
        String name = report.getFileName().toString();
        if (name.endsWith(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(report.toFile())) {
                return new PDFTextStripper().getText(doc);
            }
        }
        if (name.endsWith(".docx")) {
            try (var in = Files.newInputStream(report);
                    var doc = new XWPFDocument(in);
                    var words = new XWPFWordExtractor(doc)) {
                return words.getText();
            }
        }
        if (name.endsWith(".xlsx")) {
            StringBuilder cells = new StringBuilder();
            try (var in = Files.newInputStream(report);
                    var book = new XSSFWorkbook(in)) {
                book.forEach(sheet -> sheet.forEach(
                        row -> row.forEach(cell -> cells.append(cell).append('\n'))));
            }
            return cells.toString();
        }
        return Files.readString(report);
    }
}
