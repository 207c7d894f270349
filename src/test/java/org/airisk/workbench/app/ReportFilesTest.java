package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.evidence.Evidence;
import org.airisk.workbench.exchangedata.PackageFormat;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.report.CsvReportAccess;
import org.airisk.workbench.report.ReportContent;
import org.airisk.workbench.report.ReportText;
import org.airisk.workbench.reportdata.ReportFiles;
import org.airisk.workbench.reportdata.StatedHash;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.scoring.EuAiActIndication;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.ReportBranding;
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
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports of the built-in sample assessment, with an override and a plan, read back as a reader's tools would. */
class ReportFilesTest {
    private static final TemplateLibrary TEMPLATES = SampleReportLibrary.TEMPLATES;
    private static final RiskCatalog CATALOG = SampleReportLibrary.CATALOG;
    private static final LocalDate TODAY = SampleReportLibrary.TODAY;

    @TempDir
    Path dir;

    private WorkbenchDatabase db;
    private ReportFiles reports;
    private UUID sample;
    private Evidence evidence;

    private SampleReportLibrary library;

    @BeforeEach
    void sample() throws IOException {
        library = new SampleReportLibrary(dir);
        db = library.db;
        sample = library.sample;
        evidence = library.evidence;
        reports = library.reports;
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
                assertTrue(
                        text.contains(s.risk().name()),
                        "missing risk " + s.risk().name());
            }
            for (PlanItem i : content.plan().accepted()) {
                assertTrue(text.contains(i.title()), "missing plan item " + i.title());
            }
            assertTrue(text.contains(content.contentHash()), "the hash is in the PDF");
            assertTrue(
                    text.codePoints().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06),
                    "no ligature copies as one " + "character: "
                            + text.replaceAll("[^\uFB00-\uFB06]", "").length());
            assertTrue(text.contains("System profile"), "words with fi stay searchable");
            for (String section : List.of(
                    ReportText.METHOD,
                    ReportText.UNTREATED,
                    ReportText.SIGN_OFF,
                    "NIST AI 600-1",
                    "overdue",
                    ReportContent.NO_REVIEW.substring(0, 40))) {
                assertTrue(text.contains(section), "missing " + section);
            }
            assertTrue(text.contains(ReportContent.NOT_ANSWERED), "unanswered questions say so");
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertTrue(outline != null && outline.children().iterator().hasNext(), "bookmarks");
            assertTrue(text.contains("Page 1 of " + doc.getNumberOfPages()), "page numbers");
            assertTrue(
                    doc.getDocumentCatalog().getMarkInfo() != null
                            && doc.getDocumentCatalog().getMarkInfo().isMarked(),
                    "tagged PDF");
        }
        assertEquals(
                Set.of(content.contentHash()),
                StatedHash.in(pdf),
                "the hash copies back exactly from every place the PDF prints it");
        keepAsSample(pdf);
    }

    @Test
    void everyFormatListsTheEvidenceAndStatesOnlyTheContentHash() throws Exception {
        String contentHash = reports.content(sample, TODAY).contentHash();
        for (ReportFiles.Format format : List.of(
                ReportFiles.Format.PDF, ReportFiles.Format.DOCX, ReportFiles.Format.XLSX, ReportFiles.Format.HTML)) {
            Path report = reports.write(sample, format, dir.resolve("evidence." + format.extension()), TODAY);
            assertEquals(
                    Set.of(contentHash),
                    StatedHash.in(report),
                    format + ": the evidence file's " + "SHA-256 is not taken for the content hash");
            String text = textOf(report).replaceAll("\\s+", " ");
            assertTrue(text.contains("hallucination-test-results.csv"), format + " names the file");
            assertTrue(text.contains(evidence.sha256()), format + " gives its SHA-256");
            assertTrue(
                    text.contains("Risk: Hallucination")
                            || text.contains("Risk: "
                                    + CATALOG.risk("atlas-hallucination")
                                            .orElseThrow()
                                            .name()),
                    format + " says what it supports");
        }
    }

    private static String textOf(Path report) throws Exception {
        return SampleReportLibrary.textOf(report);
    }

    @Test
    void theSignOffSectionShowsTheDecisionAndWhetherItStillCoversTheContent() throws Exception {
        var reviews = new JdbcReviewRepository(db, TestClock.FIXED, ScoringMethod::standard);
        reviews.submit(sample, "Ann Assessor");
        reviews.startReview(sample);
        reviews.decide(
                sample,
                Decision.APPROVED_WITH_CONDITIONS,
                List.of("Re-test refunds monthly"),
                "Good work",
                "Rita Reviewer",
                "Ethics board chair");
        Path pdf = reports.write(sample, ReportFiles.Format.PDF, dir.resolve("decided.pdf"), TODAY);
        String text = textOf(pdf).replaceAll("\\s+", " ");
        for (String shown : List.of(
                "Approved with conditions",
                "Re-test refunds monthly",
                "Rita Reviewer, Ethics board chair",
                "Yes: this report shows the content decided on",
                "Not signed")) {
            assertTrue(text.contains(shown), "missing " + shown);
        }
        assertTrue(!text.contains(ReportContent.NO_REVIEW.substring(0, 30)), "no 'no review' sentence");

        reviews.reopen(sample);
        new JdbcAssessmentRepository(db, TestClock.FIXED).saveNote(sample, firstQuestion(), "Changed after approval");
        for (ReportFiles.Format format : List.of(ReportFiles.Format.PDF, ReportFiles.Format.DOCX)) {
            Path later = reports.write(sample, format, dir.resolve("later." + format.extension()), TODAY);
            String after = textOf(later).replaceAll("\\s+", " ");
            assertTrue(after.contains("No: superseded by changes"), format + ": " + after.substring(0, 200));
            assertEquals(
                    1,
                    StatedHash.in(later).size(),
                    format + ": the decided version's hash is not read as the " + "report's content hash");
        }
    }

    @Test
    void theOrganisationAndMarkingOfReportSettingsAreOnTheCoverAndEveryPage() throws Exception {
        ReportFiles branded =
                reports.withBranding(() -> new ReportBranding("Example Bank plc", "Strictly confidential"));
        Path pdf = branded.write(sample, ReportFiles.Format.PDF, dir.resolve("branded.pdf"), TODAY);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String cover = stripper.getText(doc);
            assertTrue(cover.contains("Example Bank plc") && cover.contains("Strictly confidential"), cover);
            stripper.setStartPage(doc.getNumberOfPages());
            stripper.setEndPage(doc.getNumberOfPages());
            assertTrue(stripper.getText(doc).contains("Strictly confidential"), "the marking on the last page too");
        }
        for (ReportFiles.Format format : List.of(ReportFiles.Format.DOCX, ReportFiles.Format.XLSX)) {
            Path file = branded.write(sample, format, dir.resolve("branded." + format.extension()), TODAY);
            String text = textOf(file);
            assertTrue(text.contains("Example Bank plc") && text.contains("Strictly confidential"), format.name());
            assertEquals(1, StatedHash.in(file).size(), format.name());
        }
        String plain = textOf(reports.write(sample, ReportFiles.Format.HTML, dir.resolve("plain.html"), TODAY));
        assertTrue(!plain.contains("class=\"marking\""), "no marking when none is set");
    }

    @Test
    void theContentsPageGivesThePageEachSectionStartsOn() throws Exception {
        Path pdf = reports.write(sample, ReportFiles.Format.PDF, dir.resolve("contents.pdf"), TODAY);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            String contents = stripper.getText(doc);
            Matcher entry =
                    Pattern.compile("(?m)^(.+?) \u2014 page (\\d+)\\s*$").matcher(contents);
            int entries = 0;
            while (entry.find()) {
                String section = entry.group(1).strip();
                int page = Integer.parseInt(entry.group(2));
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = List.of(stripper.getText(doc).split("\\R"));
                assertTrue(
                        lines.stream().anyMatch(l -> l.strip().equals(section)),
                        "the contents say '" + section + "' starts on page " + page + ", but its heading is not there");
                entries++;
            }
            assertTrue(entries >= 8, "contents entries found: " + entries);
        }
    }

    @Test
    void narrowColumnsKeepWholeWords() throws Exception {
        // A regression: breaking long strings anywhere, set on the whole page, narrowed the plan's and the
        // questions' columns until "Owner", "Priority" and "Not answered" broke mid-word.
        Path pdf = reports.write(sample, ReportFiles.Format.PDF, dir.resolve("words.pdf"), TODAY);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> broken = Arrays.stream(
                            new PDFTextStripper().getText(doc).split("\\R"))
                    .map(String::strip)
                    .filter(line -> line.endsWith("Not answ")
                            || line.endsWith("Prio")
                            || line.endsWith("Own")
                            || line.equals("ered")
                            || line.equals("rity"))
                    .toList();
            assertEquals(List.of(), broken, "lines ending or starting inside a word");
        }
    }

    @Test
    void aLongUnbrokenStringWrapsInsideThePage() throws Exception {
        String unbroken = "https://evidence.example/" + "a1b2c3d4e5".repeat(30);
        registers()
                .savePlanItem(
                        sample,
                        PlanItem.accept(
                                        CATALOG.mitigation("mit-red-teaming").orElseThrow(),
                                        List.of("atlas-hallucination"))
                                .withDetails(
                                        unbroken.substring(0, 60),
                                        TODAY,
                                        PlanItem.Priority.LOW,
                                        PlanItem.Status.PLANNED,
                                        unbroken));
        new JdbcAssessmentRepository(db, TestClock.FIXED).saveNote(sample, firstQuestion(), unbroken);
        Path pdf = reports.write(sample, ReportFiles.Format.PDF, dir.resolve("long.pdf"), TODAY);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float width = getCurrentPage().getMediaBox().getWidth();
                    for (var p : positions) {
                        if (p.getXDirAdj() + p.getWidthDirAdj() > width || p.getXDirAdj() < 0) {
                            outside.add(getCurrentPageNo() + ": " + text);
                            return;
                        }
                    }
                }
            };
            String text = stripper.getText(doc);
            assertEquals(List.of(), outside, "text drawn beyond the page's edge");
            assertTrue(
                    new PDFTextStripper().getText(doc).replaceAll("\\s+", "").contains(unbroken),
                    "the whole string is printed, wrapped, not cut");
        }
    }

    private static final String JAPANESE = "\u9867\u5ba2\u30b5\u30dd\u30fc\u30c8\u306e\u30ea\u30b9\u30af\u8a55\u4fa1";
    private static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    @Test
    void japaneseTextPrintsWithTheComputersFontWhereTheBundledOnesLackIt() throws Exception {
        // .ci/run installs Debian's fonts-droid-fallback, so this runs in CI
        Assumptions.assumeTrue(Files.isRegularFile(DROID), "no CJK font at " + DROID);
        new JdbcAssessmentRepository(db, TestClock.FIXED).saveNote(sample, firstQuestion(), JAPANESE);
        Path pdf = reports.withFallbackFonts(List.of(dir.resolve("no-such-font.ttf"), DROID))
                .write(sample, ReportFiles.Format.PDF, dir.resolve("ja.pdf"), TODAY);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(
                    text.replaceAll("\\s+", "").contains(JAPANESE),
                    "the Japanese note copies back as written: "
                            + text.codePoints()
                                    .filter(c -> c > 0x3000)
                                    .collect(
                                            StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
            assertTrue(!text.contains("cannot be shown in this PDF"), "no note when every character has a font");
        }
    }

    @Test
    void charactersNoFontHasAreNamedOnTheCover() throws Exception {
        new JdbcAssessmentRepository(db, TestClock.FIXED).saveNote(sample, firstQuestion(), JAPANESE);
        Path pdf =
                reports.withFallbackFonts(List.of()).write(sample, ReportFiles.Format.PDF, dir.resolve("x.pdf"), TODAY);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String cover = stripper.getText(doc).replaceAll("\\s+", " ");
            assertTrue(cover.contains("12 characters in this assessment"), cover);
            assertTrue(cover.contains("cannot be shown in this PDF"), cover);
        }
        String html = Files.readString(reports.write(sample, ReportFiles.Format.HTML, dir.resolve("x.html"), TODAY));
        assertTrue(html.contains(JAPANESE) && !html.contains("cannot be shown"), "the HTML shows them as written");
    }

    private JdbcRegisterRepository registers() {
        return new JdbcRegisterRepository(db, TestClock.FIXED);
    }

    private String firstQuestion() {
        return new JdbcAssessmentRepository(db, TestClock.FIXED)
                .answers(sample).keySet().stream().sorted().findFirst().orElseThrow();
    }

    /** With AIRISK_SAMPLES=DIR, the reports of the sample assessment are kept there (how docs/samples is made). */
    private static void keepAsSample(Path report) throws IOException {
        String samples = System.getenv("AIRISK_SAMPLES");
        if (samples != null) {
            String name = report.getFileName().toString();
            Files.copy(report, Path.of(samples, "sample-assessment-" + name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void theCsvFilesHoldTheRegisterAndThePlanRowForRow() throws Exception {
        ReportContent content = reports.content(sample, TODAY);
        Path register = reports.write(sample, ReportFiles.Format.CSV, dir.resolve("register.csv"), TODAY);
        List<String> lines = Files.readAllLines(register);
        assertTrue(lines.get(0).startsWith("\uFEFFRisk id,Risk,Category"), lines.get(0));
        assertEquals(content.register().applicable().size() + 1, lines.size());
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.startsWith("atlas-hallucination,")
                                && l.contains(",yes,Two wrong " + "refunds promised,")),
                "the override and its justification");
        // records end in CRLF; a line break inside a note stays inside its quoted cell
        List<String> plan =
                List.of(Files.readString(dir.resolve("register-plan.csv")).split("\r\n"));
        assertEquals(content.plan().items().size() + 1, plan.size());
        assertTrue(plan.get(2).contains("\"Agents check every refund promise.\nSpot checks weekly.\""), plan.get(2));
        assertTrue(plan.get(1).contains("Dana") && plan.get(1).contains("accepted"), plan.get(1));
    }

    @Test
    void theWordDocumentHasRealHeadingsTablesAndPictures() throws Exception {
        ReportContent content = reports.content(sample, TODAY);
        Path docx = reports.write(sample, ReportFiles.Format.DOCX, dir.resolve("report.docx"), TODAY);
        try (var doc = new XWPFDocument(Files.newInputStream(docx))) {
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertTrue(
                    headings.containsAll(List.of("Executive summary", "Risk register", "Mitigation plan")),
                    headings.toString());
            assertTrue(doc.getStyles().styleExist("Heading1"));
            var register = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Risk")
                            && t.getRow(0).getTableCells().size() == 5)
                    .findFirst()
                    .orElseThrow();
            assertEquals(content.register().applicable().size() + 1, register.getNumberOfRows());
            assertTrue(doc.getAllPictures().size() >= 5, "charts as pictures, the plan's too");
            String all = new XWPFWordExtractor(doc).getText();
            assertTrue(all.contains("Two wrong refunds promised") && all.contains(content.contentHash()));
            for (var table : doc.getTables()) {
                var grid = table.getCTTbl().getTblGrid();
                int columns = table.getRow(0).getTableCells().size();
                assertTrue(grid != null && grid.sizeOfGridColArray() == columns, "a column grid on every table");
                for (var row : table.getRows()) {
                    for (var cell : row.getTableCells()) {
                        assertTrue(cell.getCTTc().getTcPr().getTcW().getW() != null, "a width on every cell");
                    }
                }
            }
            assertTrue(register.getRow(0).isRepeatHeader(), "the header row repeats on every page");
            assertTrue(doc.getStyles().styleExist("Normal") && doc.getStyles().styleExist("ListBullet"));
            var bullets = doc.getParagraphs().stream()
                    .filter(p -> "ListBullet".equals(p.getStyle()))
                    .toList();
            assertTrue(
                    !bullets.isEmpty()
                            && bullets.stream().noneMatch(p -> p.getText().startsWith("\u2022")),
                    "bullets come from list numbering, not typed characters");
            var footer = doc.getFooterList().get(0);
            assertTrue(footer.getText().contains(content.contentHash()), footer.getText());
            assertTrue(footer._getHdrFtr().xmlText().contains("NUMPAGES"), "page n of m");
            assertEquals("Sample owner", doc.getProperties().getCoreProperties().getCreator());
            assertTrue(all.contains(EuAiActIndication.NOTE), "the caveats, as in the PDF");
            assertTrue(all.contains(ReportContent.NOT_ANSWERED) && all.contains(ReportContent.NO_REVIEW));
            assertTrue(all.contains("Agents check every refund promise.\nSpot checks weekly."), "line breaks kept");
            var plan = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Measure"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("Hallucination", plan.getRow(2).getCell(1).getText(), "risks by name");
            assertEquals(
                    TODAY.minusDays(3) + " (overdue)", plan.getRow(2).getCell(3).getText());
            assertTrue(all.contains("NIST AI 600-1"), "framework references");
        }
        keepAsSample(docx);
    }

    @Test
    void theWorkbookSaysWhichAssessmentItIsAndKeepsDatesAsDatesAndPrintsReadably() throws Exception {
        ReportContent content = reports.content(sample, TODAY);
        Path xlsx = reports.write(sample, ReportFiles.Format.XLSX, dir.resolve("report.xlsx"), TODAY);
        try (var book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var about = book.getSheetAt(0);
            assertEquals("About", about.getSheetName());
            Map<String, Cell> facts = new HashMap<>();
            about.forEach(row -> facts.put(row.getCell(0).getStringCellValue(), row.getCell(1)));
            assertEquals(
                    content.contentHash(), facts.get("Content hash (SHA-256)").getStringCellValue());
            assertEquals(
                    "Courier New",
                    book.getFontAt(facts.get("Content hash (SHA-256)")
                                    .getCellStyle()
                                    .getFontIndex())
                            .getFontName(),
                    "the hash in a monospaced face");
            assertEquals(TODAY, facts.get("Date").getLocalDateTimeCellValue().toLocalDate(), "a real date");
            assertEquals(content.cover().method(), facts.get("Scoring method").getStringCellValue());
            assertEquals(content.cover().systemName(), facts.get("AI system").getStringCellValue());
            assertEquals(
                    "Sample owner", book.getProperties().getCoreProperties().getCreator());

            var register = book.getSheet("Risk register");
            assertEquals(content.register().applicable().size(), register.getLastRowNum());
            assertTrue(register.getCTWorksheet().isSetAutoFilter());
            assertEquals("Residual score", register.getRow(0).getCell(9).getStringCellValue());
            assertTrue(
                    register.getRow(1).getCell(9).getNumericCellValue()
                            >= register.getRow(2).getCell(9).getNumericCellValue(),
                    "highest residual first, as numbers");

            var plan = book.getSheet("Mitigation plan");
            assertEquals(content.plan().items().size(), plan.getLastRowNum());
            List<String> columns = new ArrayList<>();
            plan.getRow(0).forEach(c -> columns.add(c.getStringCellValue()));
            var lee = plan.getRow(2);
            assertEquals("Lee", lee.getCell(columns.indexOf("Owner")).getStringCellValue());
            assertEquals("Hallucination", lee.getCell(columns.indexOf("Risks")).getStringCellValue(), "names");
            assertEquals(
                    TODAY.minusDays(3),
                    lee.getCell(columns.indexOf("Due"))
                            .getLocalDateTimeCellValue()
                            .toLocalDate(),
                    "a date a filter can use");
            assertEquals("overdue", lee.getCell(columns.indexOf("Overdue")).getStringCellValue());
            assertEquals("", plan.getRow(1).getCell(columns.indexOf("Overdue")).getStringCellValue());

            for (var sheet : List.of(about, register, plan)) {
                var print = sheet.getPrintSetup();
                assertTrue(print.getLandscape(), sheet.getSheetName());
                int smallest = 99;
                for (int i = 0; i < book.getNumberOfFonts(); i++) {
                    smallest = Math.min(smallest, book.getFontAt(i).getFontHeightInPoints());
                }
                double printed = sheet.getFitToPage() ? 0 : smallest * print.getScale() / 100.0;
                assertTrue(printed >= 8, sheet.getSheetName() + " prints at " + printed + " pt");
            }
            assertTrue(register.getRow(1).getCell(1).getCellStyle().getWrapText(), "long names wrap");
            assertTrue(register.getColumnWidth(1) <= 256 * 40, "no column wider than a third of the page");
        }
        keepAsSample(xlsx);
    }

    @Test
    void aCsvCellNeverStartsAFormula() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvReportAccess.cell("=HYPERLINK(\"x\")"));
        assertEquals("'-2", CsvReportAccess.cell("-2"));
        assertEquals("\"a, b\"", CsvReportAccess.cell("a, b"));
    }

    @Test
    void aCancelledReportWritesNothing() throws Exception {
        Path pdf = dir.resolve("cancelled.pdf");
        Files.writeString(pdf, "an older report");
        Assertions.assertThrows(
                CancellationException.class,
                () -> reports.write(sample, ReportFiles.Format.PDF, pdf, TODAY, () -> true));
        assertEquals("an older report", Files.readString(pdf), "the file there is left as it was");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void theHashOfAScoredAssessmentIsTheDigestOfItsCanonicalPackage() throws Exception {
        var stored =
                new JdbcPackageStore(db, TestClock.FIXED).read(List.of(sample)).get(0);
        String digest = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(new PackageFormat().canonical(stored).getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                digest,
                reports.content(sample, TODAY).contentHash(),
                "docs/hash.md, unchanged for packages " + "that keep their method");
    }

    @Test
    void aNeverOpenedAssessmentIsHashedWithTheMethodItIsScoredBy() {
        UUID fresh = new JdbcAssessmentRepository(db, TestClock.FIXED)
                .create(new org.airisk.workbench.assessment.NewAssessment(
                        "Fresh", "Bot", "Ann", SampleAssessment.TEMPLATE, 1))
                .id();
        PackageStoreReports five = new PackageStoreReports(ScoringMethod.standard());
        PackageStoreReports four = new PackageStoreReports(ScoringMethod.standard(4));
        assertTrue(!five.hash(fresh).equals(four.hash(fresh)), "two methods, two results, two hashes");
        assertEquals(five.hash(sample), four.hash(sample), "a kept method is the one hashed");
    }

    private final class PackageStoreReports {
        private final ReportFiles files;

        PackageStoreReports(ScoringMethod method) {
            files = new ReportFiles(
                    new JdbcPackageStore(db, TestClock.FIXED),
                    TEMPLATES,
                    CATALOG,
                    () -> method,
                    AppVersion.get(),
                    new JdbcEvidence(db, TestClock.FIXED),
                    new JdbcReviewRepository(db, TestClock.FIXED, ScoringMethod::standard));
        }

        String hash(UUID id) {
            return files.content(id, TODAY).contentHash();
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
