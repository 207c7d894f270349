package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.report.ReportContent;
import org.airisk.workbench.reportfiles.ReportFiles;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPackageStore;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.templates.TemplateLibrary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.airisk.workbench.testing.TestClock;

/** Reports of the built-in sample assessment, with an override and a plan, read back as a reader's tools would. */
class ReportFilesTest {
    private static final TemplateLibrary TEMPLATES = TemplateLibrary.load(null);
    private static final RiskCatalog CATALOG = new CatalogReader().readBuiltIn();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    @TempDir
    Path dir;
    private WorkbenchDatabase db;
    private ReportFiles reports;
    private UUID sample;

    @BeforeEach
    void sample() {
        db = WorkbenchDatabase.open(dir.resolve("data"));
        sample = SampleAssessment.create(new JdbcAssessmentRepository(db, TestClock.FIXED),
                TEMPLATES.newest(SampleAssessment.TEMPLATE).orElseThrow());
        JdbcRegisterRepository registers = new JdbcRegisterRepository(db, TestClock.FIXED);
        registers.saveMethod(sample, ScoringMethod.standard());
        registers.saveOverride(sample, new RatingOverride("atlas-hallucination", 5, 0, "Two wrong refunds promised"));
        registers.savePlanItem(sample, PlanItem.accept(CATALOG.mitigation("mit-input-guardrails").orElseThrow(),
                List.of("atlas-prompt-injection")).withDetails("Dana", TODAY.plusDays(14), PlanItem.Priority.HIGH,
                PlanItem.Status.PLANNED, "Vendor filter first"));
        reports = new ReportFiles(new JdbcPackageStore(db, TestClock.FIXED), TEMPLATES, CATALOG,
                ScoringMethod::standard, "test");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theHtmlIsOneWellFormedPageWithItsChartsInline() throws Exception {
        Path html = reports.write(sample, ReportFiles.Format.HTML, dir.resolve("report.html"), TODAY);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(html.toFile());
        assertTrue(doc.getElementsByTagName("svg").getLength() >= 5, "heat maps, radar and bars inline");
        assertEquals(0, doc.getElementsByTagName("link").getLength(), "no outside stylesheet");
        String text = Files.readString(html);
        assertTrue(text.contains("Two wrong refunds promised") && text.contains("Vendor filter first"));
    }

    @Test
    void thePdfCarriesEveryRiskEveryPlanItemAndTheHash() throws Exception {
        ReportContent content = reports.content(sample, TODAY);
        Path pdf = reports.write(sample, ReportFiles.Format.PDF, dir.resolve("report.pdf"), TODAY);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() > 5, "pages: " + doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (RiskScore s : content.register().applicable()) {
                assertTrue(text.contains(s.risk().name()), "missing risk " + s.risk().name());
            }
            for (PlanItem i : content.plan().accepted()) {
                assertTrue(text.contains(i.title()), "missing plan item " + i.title());
            }
            assertTrue(text.contains(content.contentHash()), "the hash is in the PDF");
            assertTrue(text.contains("Page 1 of " + doc.getNumberOfPages()), "page numbers");
            assertTrue(doc.getDocumentCatalog().getMarkInfo() != null && doc.getDocumentCatalog().getMarkInfo()
                    .isMarked(), "tagged PDF");
        }
        keepAsSample(pdf);
    }

    /** With AIRISK_SAMPLES=DIR, the reports of the sample assessment are kept there (how docs/samples is made). */
    private static void keepAsSample(Path report) throws java.io.IOException {
        String samples = System.getenv("AIRISK_SAMPLES");
        if (samples != null) {
            String name = report.getFileName().toString();
            Files.copy(report, Path.of(samples, "sample-assessment-" + name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void theCsvFilesHoldTheRegisterAndThePlanRowForRow() throws Exception {
        ReportContent content = reports.content(sample, TODAY);
        Path register = reports.write(sample, ReportFiles.Format.CSV, dir.resolve("register.csv"), TODAY);
        List<String> lines = Files.readAllLines(register);
        assertTrue(lines.get(0).startsWith("\uFEFFRisk id,Risk,Category"), lines.get(0));
        assertEquals(content.register().applicable().size() + 1, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("atlas-hallucination,") && l.contains(",yes,Two wrong "
                + "refunds promised,")), "the override and its justification");
        List<String> plan = Files.readAllLines(dir.resolve("register-plan.csv"));
        assertEquals(content.plan().items().size() + 1, plan.size());
        assertTrue(plan.get(1).contains("Dana") && plan.get(1).contains("accepted"), plan.get(1));
    }

    @Test
    void theWordDocumentHasRealHeadingsTablesAndPictures() throws Exception {
        ReportContent content = reports.content(sample, TODAY);
        Path docx = reports.write(sample, ReportFiles.Format.DOCX, dir.resolve("report.docx"), TODAY);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList();
            assertTrue(headings.containsAll(List.of("Executive summary", "Risk register", "Mitigation plan")),
                    headings.toString());
            assertTrue(doc.getStyles().styleExist("Heading1"));
            var register = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Risk")
                    && t.getRow(0).getTableCells().size() == 5).findFirst().orElseThrow();
            assertEquals(content.register().applicable().size() + 1, register.getNumberOfRows());
            assertTrue(doc.getAllPictures().size() >= 4, "charts as pictures");
            String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertTrue(all.contains("Two wrong refunds promised") && all.contains(content.contentHash()));
        }
        keepAsSample(docx);
    }

    @Test
    void theWorkbookHasTheRegisterAndThePlanAsFilterableSheets() throws Exception {
        ReportContent content = reports.content(sample, TODAY);
        Path xlsx = reports.write(sample, ReportFiles.Format.XLSX, dir.resolve("report.xlsx"), TODAY);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var register = book.getSheet("Risk register");
            assertEquals(content.register().applicable().size(), register.getLastRowNum());
            assertTrue(register.getCTWorksheet().isSetAutoFilter());
            assertEquals("Residual score", register.getRow(0).getCell(9).getStringCellValue());
            assertTrue(register.getRow(1).getCell(9).getNumericCellValue() >= register.getRow(2).getCell(9)
                    .getNumericCellValue(), "highest residual first, as numbers");
            var plan = book.getSheet("Mitigation plan");
            assertEquals(content.plan().items().size(), plan.getLastRowNum());
            assertEquals("Dana", plan.getRow(1).getCell(5).getStringCellValue());
        }
        keepAsSample(xlsx);
    }

    @Test
    void aCsvCellNeverStartsAFormula() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"",
                org.airisk.workbench.report.CsvReportAccess.cell("=HYPERLINK(\"x\")"));
        assertEquals("'-2", org.airisk.workbench.report.CsvReportAccess.cell("-2"));
        assertEquals("\"a, b\"", org.airisk.workbench.report.CsvReportAccess.cell("a, b"));
    }

    @Test
    void aCancelledReportWritesNothing() throws Exception {
        Path pdf = dir.resolve("cancelled.pdf");
        Files.writeString(pdf, "an older report");
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> reports.write(sample, ReportFiles.Format.PDF, pdf, TODAY, () -> true));
        assertEquals("an older report", Files.readString(pdf), "the file there is left as it was");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void theHashFollowsTheContent() {
        String before = reports.content(sample, TODAY).contentHash();
        assertEquals(before, reports.content(sample, TODAY.plusDays(1)).contentHash(), "not the report date");
        new JdbcAssessmentRepository(db, TestClock.FIXED).saveNote(sample, "profile_purpose", "changed");
        assertTrue(!before.equals(reports.content(sample, TODAY).contentHash()));
    }
}
