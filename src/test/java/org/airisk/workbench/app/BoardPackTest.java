package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airisk.workbench.report.BoardPack;
import org.airisk.workbench.report.ReportContent;
import org.airisk.workbench.report.ReportKind;
import org.airisk.workbench.report.ReportText;
import org.airisk.workbench.reportdata.ReportFiles;
import org.airisk.workbench.scoring.RiskScore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The board pack: a few pages with the risks above appetite, their treatment and the sign-off, not the register. */
class BoardPackTest extends SampleReportCase {

    private Path write(ReportFiles.Format format, ReportKind kind) {
        return library.reports.write(
                library.sample,
                format,
                dir.resolve(kind + "." + format.extension()),
                SampleReportLibrary.TODAY,
                null,
                kind,
                () -> false);
    }

    @Test
    void theBoardPackIsShortAndHoldsTheRisksAboveAppetiteTheirPlanAndTheSignOff() throws Exception {
        ReportContent content = library.reports.content(library.sample, SampleReportLibrary.TODAY);
        List<RiskScore> above = content.register().aboveAppetite();
        assertTrue(above.size() >= 2, "the sample has risks above appetite: " + above.size());
        Path pack = write(ReportFiles.Format.PDF, ReportKind.BOARD_PACK);
        Path full = write(ReportFiles.Format.PDF, ReportKind.FULL);
        int packPages;
        int fullPages;
        try (PDDocument p = Loader.loadPDF(pack.toFile());
                PDDocument f = Loader.loadPDF(full.toFile())) {
            packPages = p.getNumberOfPages();
            fullPages = f.getNumberOfPages();
        }
        assertTrue(
                packPages <= 4 && packPages * 3 < fullPages,
                "board pack " + packPages + " pages, full report " + fullPages);
        for (ReportFiles.Format format :
                List.of(ReportFiles.Format.PDF, ReportFiles.Format.DOCX, ReportFiles.Format.HTML)) {
            Path file = format == ReportFiles.Format.PDF ? pack : write(format, ReportKind.BOARD_PACK);
            String text =
                    SampleReportLibrary.textOf(file).replaceAll("\\s+", " ").replace("&amp;", "&");
            for (RiskScore s : above.subList(0, Math.min(above.size(), BoardPack.MOST_RISKS))) {
                // a PDF table's text interleaves the columns of a wrapped row: there, each word of the name
                boolean listed = format == ReportFiles.Format.PDF
                        ? List.of(s.risk().name().split("[ -]+")).stream().allMatch(text::contains)
                        : text.contains(s.risk().name());
                assertTrue(listed, format + " lists " + s.risk().name());
            }
            for (String part : List.of(
                    BoardPack.RISKS,
                    ReportText.SIGN_OFF,
                    ReportContent.NO_REVIEW.substring(0, 40),
                    BoardPack.METHOD,
                    "Require human review",
                    "in progress, Lee, due 2026-11-22 (overdue)",
                    content.contentHash())) {
                assertTrue(text.contains(part), format + " holds " + part);
            }
            for (String left : List.of(
                    ReportText.REGISTER,
                    ReportText.APPENDIX,
                    "Why each risk is rated so",
                    ReportText.EVIDENCE,
                    "Two wrong refunds promised")) {
                assertFalse(text.contains(left), format + " leaves out " + left);
            }
        }
    }

    @Test
    void aSpreadsheetBoardPackIsRefusedWithOneSentence() {
        for (ReportFiles.Format format : List.of(ReportFiles.Format.XLSX, ReportFiles.Format.CSV)) {
            var refused = assertThrows(IllegalArgumentException.class, () -> write(format, ReportKind.BOARD_PACK));
            assertEquals(
                    "The board pack is a document to read: export it as PDF, Word or HTML, or choose the full "
                            + "report for a spreadsheet.",
                    refused.getMessage());
            assertFalse(Files.exists(dir.resolve(ReportKind.BOARD_PACK + "." + format.extension())));
        }
    }

    @Test
    void theCommandLineWritesTheBoardPack() throws Exception {
        library.close();
        Path pdf = dir.resolve("board.pdf");
        var run = CommandLineTest.run(
                "export",
                "--data-dir",
                library.dataFolder.toString(),
                "--format",
                "pdf",
                "--board-pack",
                "--out",
                pdf.toString(),
                library.sample.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Wrote the pdf board pack to"), run.out());
        String text = SampleReportLibrary.textOf(pdf);
        assertTrue(text.contains(BoardPack.RISKS) && !text.contains(ReportText.APPENDIX));
        var json = CommandLineTest.run(
                "export",
                "--data-dir",
                library.dataFolder.toString(),
                "--board-pack",
                "--out",
                dir.resolve("p.json").toString(),
                library.sample.toString());
        assertTrue(json.code() != 0, json.out());
        assertTrue(
                json.err().contains("--board-pack is a kind of report: add --format pdf, docx or html."), json.err());
    }
}
