package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.airisk.workbench.report.BoardPack;
import org.airisk.workbench.report.ReportContent;
import org.airisk.workbench.report.ReportKind;
import org.airisk.workbench.report.ReportText;
import org.airisk.workbench.reportdata.ReportFiles;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.testing.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** No page of the PDF ends with a heading whose text follows on the next page. */
class PdfHeadingsTest extends SampleReportCase {
    /** The page's bottom margin (20 mm) holds the running footer, which is no part of the page's text. */
    private static final float FOOTER_POINTS = 20 / 25.4f * 72;

    @Test
    void noPageEndsWithAHeading() throws Exception {
        ReportContent content = library.reports.content(library.sample, SampleReportLibrary.TODAY);
        Set<String> headings = new HashSet<>(List.of(
                ReportText.SUMMARY,
                ReportText.PROFILE,
                ReportText.METHOD,
                ReportText.CHARTS,
                ReportText.REGISTER,
                ReportText.UNTREATED,
                ReportText.PLAN,
                ReportText.OPEN,
                ReportText.SIGN_OFF,
                ReportText.EVIDENCE,
                ReportText.APPENDIX,
                "Highest risks",
                "EU AI Act (indicative)",
                "Why each risk is rated so",
                "Not applicable",
                "Rejected recommendations",
                BoardPack.RISKS,
                BoardPack.METHOD));
        content.appendix().forEach(s -> headings.add(s.title()));
        // The same report at several lengths of one early answer, so every later heading lands somewhere else.
        for (int extra : new int[] {0, 3, 7, 12}) {
            new JdbcRegisterRepository(library.db, TestClock.FIXED)
                    .saveOverride(
                            library.sample,
                            new RatingOverride(
                                    "atlas-hallucination",
                                    5,
                                    0,
                                    "Two wrong refunds promised." + "\nAnother case.".repeat(extra)));
            for (ReportKind kind : extra == 0 ? ReportKind.values() : new ReportKind[] {ReportKind.FULL}) {
                Path pdf = library.reports.write(
                        library.sample,
                        ReportFiles.Format.PDF,
                        dir.resolve(kind + ".pdf"),
                        SampleReportLibrary.TODAY,
                        null,
                        kind,
                        () -> false);
                List<Line> lastLines = lastLinesOfEachPage(pdf);
                assertTrue(lastLines.size() > 1, "pages read: " + lastLines.size());
                for (int page = 0; page < lastLines.size(); page++) {
                    Line last = lastLines.get(page);
                    // a heading followed by a chart is the last text on its page, high up: only one near the
                    // foot, with no room below for what it heads, is left behind by its section
                    assertTrue(
                            !headings.contains(last.text()) || last.roomBelow() > ROOM,
                            kind + " (" + extra + "): page " + (page + 1) + " ends with the heading \"" + last.text()
                                    + "\"");
                }
            }
        }
    }

    /** Less room than this below a heading holds no table header with a row, nor a chart. */
    private static final float ROOM = 110;

    record Line(String text, float roomBelow) {}

    /** The last line of text above the footer, page by page. */
    private static List<Line> lastLinesOfEachPage(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<Line> lasts = new ArrayList<>();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                float bottom = doc.getPage(page - 1).getMediaBox().getHeight() - FOOTER_POINTS;
                StringBuilder line = new StringBuilder();
                float[] lineY = {-1};
                List<String> lines = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        float y = positions.get(0).getYDirAdj();
                        if (y > bottom) {
                            return;
                        }
                        if (Math.abs(y - lineY[0]) > 2 && line.length() > 0) {
                            lines.add(line.toString().strip());
                            line.setLength(0);
                        }
                        lineY[0] = y;
                        line.append(line.length() > 0 ? " " : "").append(text);
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(doc);
                if (line.length() > 0) {
                    lines.add(line.toString().strip());
                }
                lasts.add(new Line(lines.isEmpty() ? "" : lines.get(lines.size() - 1), bottom - lineY[0]));
            }
            return lasts;
        }
    }
}
