package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.report.CsvReport;
import org.airisk.workbench.report.ReportText;
import org.airisk.workbench.reportdata.ReportFiles;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcEvidence;
import org.airisk.workbench.store.JdbcPackageStore;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's appendix "Changes since the approved version": there when asked for, in every format, else absent. */
class ReportChangesTest {
    private static final TemplateLibrary TEMPLATES = TemplateLibrary.load(null);
    private static final RiskCatalog CATALOG = new CatalogReader().readBuiltIn();
    private static final String SCREENING = "fm_sec_input_screen";

    @TempDir
    Path dir;

    private WorkbenchDatabase db;
    private ReportFiles reports;
    private UUID sample;
    private ReportFiles.Since approved;

    @BeforeEach
    void sampleAnsweredAgainSinceItsApproval() {
        db = WorkbenchDatabase.open(dir.resolve("data"));
        JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
        sample = SampleAssessment.create(
                assessments, TEMPLATES.newest(SampleAssessment.TEMPLATE).orElseThrow());
        JdbcPackageStore store = new JdbcPackageStore(db, TestClock.FIXED);
        PackagedAssessment version = store.read(List.of(sample)).get(0);
        approved = new ReportFiles.Since(version, "version 1, approved on 2026-11-01");
        assessments.saveAnswer(sample, SCREENING, new Answer.Choice("yes"), new Progress(0, 0));
        reports = new ReportFiles(
                store,
                TEMPLATES,
                CATALOG,
                ScoringMethod::standard,
                AppVersion.get(),
                new JdbcEvidence(db, TestClock.FIXED),
                new JdbcReviewRepository(db, TestClock.FIXED, ScoringMethod::standard));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePdfListsTheChangesSinceTheApprovedVersion() throws Exception {
        String question = TEMPLATES
                .newest(SampleAssessment.TEMPLATE)
                .orElseThrow()
                .question(SCREENING)
                .orElseThrow()
                .text();
        var changes = reports.content(sample, TestClock.TODAY, approved)
                .changes()
                .orElseThrow()
                .changes();
        assertFalse(changes.isEmpty());

        String text = pdfText(reports.write(
                sample, ReportFiles.Format.PDF, dir.resolve("report.pdf"), TestClock.TODAY, approved, () -> false));

        assertTrue(text.contains(ReportText.CHANGES), "the heading");
        assertTrue(
                text.contains("Compared with version 1, approved on 2026-11-01: "
                        + changes.changes().size() + " changes."),
                text);
        assertTrue(
                text.replace(" ", "").contains((question + "NoYes").replace(" ", "")),
                "the question with the answer before and after");
        assertTrue(text.contains("residual now"), "the ratings that moved with it");
    }

    @Test
    void withoutAnEarlierVersionTheSectionIsAbsent() throws Exception {
        assertTrue(reports.content(sample, TestClock.TODAY).changes().isEmpty());
        String text =
                pdfText(reports.write(sample, ReportFiles.Format.PDF, dir.resolve("report.pdf"), TestClock.TODAY));
        assertFalse(text.contains(ReportText.CHANGES), "no heading");
        String html = Files.readString(
                reports.write(sample, ReportFiles.Format.HTML, dir.resolve("report.html"), TestClock.TODAY));
        assertFalse(html.contains(ReportText.CHANGES), "not even as a bookmark");
    }

    @Test
    void theWordDocumentAndTheWorkbookCarryItToo() throws Exception {
        Path docx = reports.write(
                sample, ReportFiles.Format.DOCX, dir.resolve("report.docx"), TestClock.TODAY, approved, () -> false);
        try (var doc = new XWPFDocument(Files.newInputStream(docx))) {
            assertTrue(doc.getParagraphs().stream()
                    .anyMatch(p -> p.getText().equals(ReportText.CHANGES) && "Heading1".equals(p.getStyle())));
        }
        Path xlsx = reports.write(
                sample, ReportFiles.Format.XLSX, dir.resolve("report.xlsx"), TestClock.TODAY, approved, () -> false);
        try (var book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = book.getSheet(CsvReport.CHANGES_SHEET);
            assertNotNull(sheet);
            assertEquals(
                    ReportText.CHANGE_COLUMNS.get(0), sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getLastRowNum() >= 2, "a row for the answer and one for a rating at least");
        }
        Path plain = reports.write(sample, ReportFiles.Format.XLSX, dir.resolve("plain.xlsx"), TestClock.TODAY);
        try (var book = new XSSFWorkbook(Files.newInputStream(plain))) {
            assertNull(book.getSheet(CsvReport.CHANGES_SHEET));
        }
    }
}
