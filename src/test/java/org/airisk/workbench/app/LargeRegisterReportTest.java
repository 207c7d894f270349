package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airisk.workbench.report.ReportText;
import org.airisk.workbench.reportdata.ReportFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF of a register of 300 risks (built-in and imported, see {@link LargeRegisterLibrary}): its register
 * section lists every one, and the contents and bookmarks still lead to the sections. Timed by
 * bench.LargeRegisterReportBenchmark, not here.
 */
class LargeRegisterReportTest {
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("(?m)^(.+?) \u2014 page (\\d+)\\s*$");

    @TempDir
    Path dir;

    @Test
    void theRegisterSectionOfThePdfListsAllThreeHundredRisks() throws Exception {
        try (LargeRegisterLibrary library = new LargeRegisterLibrary(dir)) {
            assertEquals(
                    LargeRegisterLibrary.RISKS,
                    library.reports
                            .content(library.assessment, SampleReportLibrary.TODAY)
                            .registerRows()
                            .size(),
                    "every risk is applicable");
            Path pdf = library.reports.write(
                    library.assessment, ReportFiles.Format.PDF, dir.resolve("large.pdf"), SampleReportLibrary.TODAY);
            String text = SampleReportLibrary.textOf(pdf);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String register = section(doc, text, ReportText.REGISTER).replaceAll("\\s+", " ");
                List<String> missing = library.riskNames.stream()
                        .filter(n -> !register.contains(n))
                        .toList();
                assertEquals(List.of(), missing, "risks missing from the register section");
                Set<String> synthetic = new TreeSet<>();
                Matcher m = Pattern.compile("Synthetic risk \\d{3}").matcher(register);
                while (m.find()) {
                    synthetic.add(m.group());
                }
                assertEquals(
                        LargeRegisterLibrary.RISKS
                                - SampleReportLibrary.CATALOG.risks().size(),
                        synthetic.size(),
                        "the imported risks in the register");

                List<String> bookmarks = new ArrayList<>();
                for (PDOutlineItem item :
                        doc.getDocumentCatalog().getDocumentOutline().children()) {
                    bookmarks.add(item.getTitle());
                }
                for (String heading :
                        List.of(ReportText.SUMMARY, ReportText.REGISTER, ReportText.PLAN, ReportText.APPENDIX)) {
                    assertTrue(
                            bookmarks.stream().anyMatch(b -> b.contains(heading)),
                            "no bookmark for " + heading + " in " + bookmarks);
                }
                assertTrue(text.contains("Page 1 of " + doc.getNumberOfPages()), "page numbers");
            }
        }
    }

    /**
     * The text from a section's heading to the next section's. The contents page ("Risk register — page 7") must
     * name both, and the heading must be on the page it gives.
     */
    private static String section(PDDocument doc, String text, String heading) throws Exception {
        Matcher entry = CONTENTS_ENTRY.matcher(text);
        List<String> titles = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        while (entry.find()) {
            titles.add(entry.group(1).strip());
            pages.add(Integer.parseInt(entry.group(2)));
        }
        int at = titles.indexOf(heading);
        assertTrue(
                at >= 0 && at + 1 < titles.size(),
                "the contents list " + heading + " and a section after it: " + titles);
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pages.get(at));
        stripper.setEndPage(pages.get(at));
        assertTrue(
                lineIndex(stripper.getText(doc), heading, 0) >= 0,
                heading + " starts on page " + pages.get(at) + ", as the contents say");
        int start = lineIndex(text, heading, 0);
        int end = lineIndex(text, titles.get(at + 1), start + 1);
        assertTrue(start >= 0 && end > start, heading + " and then " + titles.get(at + 1) + " as headings");
        return text.substring(start, end);
    }

    private static int lineIndex(String text, String line, int from) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(line) + "\\s*$").matcher(text);
        return m.find(from) ? m.start() : -1;
    }
}
