package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.airisk.workbench.report.ReportText;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `export --since-approved` / `--since-version N`: the report's appendix of changes since a frozen version. */
class ReportSinceCommandTest {
    @TempDir
    Path dir;

    private static void changeANote(Path data, String id) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(data, TestClock.FIXED)) {
            new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .saveNote(UUID.fromString(id), "profile_purpose", "Checked again after the approval");
        }
    }

    @Test
    void theReportComparesWithTheApprovedVersion() throws Exception {
        Path data = dir.resolve("data");
        String id = ConditionsCommandTest.approvedWithConditions(data);
        changeANote(data, id);

        Path html = dir.resolve("report.html");
        CommandLineRun written =
                CommandLineRun.in(data, "export", "--format", "html", "--since-approved", "--out", html.toString(), id);
        assertEquals(0, written.code(), written.err());
        String page = Files.readString(html);
        assertTrue(page.contains(ReportText.CHANGES), "the appendix");
        assertTrue(
                page.contains("Compared with version 1, approved with conditions on 2026-11-25: 1 change."),
                page.substring(page.indexOf(ReportText.CHANGES)));
        assertTrue(page.contains("Checked again after the approval"), "the changed note");

        Path pdf = dir.resolve("report.pdf");
        assertEquals(
                0,
                CommandLineRun.in(
                                data, "export", "--format", "pdf", "--since-version", "1", "--out", pdf.toString(), id)
                        .code());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(
                    text.contains("Compared with version 1, approved with conditions on 2026-11-25: 1 change."), text);
        }

        Path plain = dir.resolve("plain.html");
        assertEquals(
                0,
                CommandLineRun.in(data, "export", "--format", "html", "--out", plain.toString(), id)
                        .code());
        assertFalse(Files.readString(plain).contains(ReportText.CHANGES), "only when asked for");
    }

    @Test
    void withoutAnApprovedVersionTheAppendixIsRefusedAndNoFileWritten() {
        Path data = dir.resolve("data");
        String id = ReviewFixture.started(data);
        Path html = dir.resolve("report.html");
        CommandLineRun refused =
                CommandLineRun.in(data, "export", "--format", "html", "--since-approved", "--out", html.toString(), id);
        assertEquals(1, refused.code());
        assertEquals(
                "ai-risk-workbench: This assessment has no approved version yet, so there are no changes since "
                        + "one to add; leave out --since-approved.\n",
                refused.err());
        assertFalse(Files.exists(html));

        assertEquals(
                "ai-risk-workbench: This assessment has no version 2; it was never submitted for review.\n",
                CommandLineRun.in(
                                data, "export", "--format", "pdf", "--since-version", "2", "--out", html.toString(), id)
                        .err());
        assertEquals(
                "ai-risk-workbench: The changes since a version are an appendix of a report; give --format "
                        + "pdf, html, docx or xlsx, or leave out --since-approved and --since-version.\n",
                CommandLineRun.in(
                                data,
                                "export",
                                "--since-approved",
                                "--out",
                                dir.resolve("p.json").toString(),
                                id)
                        .err());
        assertEquals(
                "ai-risk-workbench: Give --since-approved or --since-version, not both.\n",
                CommandLineRun.in(
                                data,
                                "export",
                                "--format",
                                "html",
                                "--since-approved",
                                "--since-version",
                                "1",
                                "--out",
                                html.toString(),
                                id)
                        .err());
    }

    @Test
    void theAppendixIsRefusedWhereItWouldBeLeftOutNeverDroppedSilently() {
        // The board pack and the CSV files have no appendix: asked for one, they refuse rather than leave it out.
        Path data = dir.resolve("data");
        String id = ConditionsCommandTest.approvedWithConditions(data);
        Path pack = dir.resolve("pack.pdf");
        CommandLineRun board = CommandLineRun.in(
                data, "export", "--format", "pdf", "--board-pack", "--since-approved", "--out", pack.toString(), id);
        assertEquals(1, board.code());
        assertEquals(
                "ai-risk-workbench: The changes since a version are an appendix of the full report; leave them "
                        + "out of the board pack, or export the full report.\n",
                board.err());
        assertFalse(Files.exists(pack));
        Path csv = dir.resolve("register.csv");
        CommandLineRun plain =
                CommandLineRun.in(data, "export", "--format", "csv", "--since-approved", "--out", csv.toString(), id);
        assertEquals(1, plain.code());
        assertEquals(
                "ai-risk-workbench: CSV files hold the register and the plan only; for the changes since a "
                        + "version, export a PDF, Word, HTML or spreadsheet report.\n",
                plain.err());
        assertFalse(Files.exists(csv));
    }

    @Test
    void aVersionNotApprovedIsNamedByItsSubmission() throws Exception {
        Path data = dir.resolve("data");
        String id = ReviewFixture.started(data);
        ReviewFixture.completed(data, id);
        assertEquals(0, CommandLineRun.in(data, "submit", id).code());
        Path html = dir.resolve("report.html");
        CommandLineRun written = CommandLineRun.in(
                data, "export", "--format", "html", "--since-version", "1", "--out", html.toString(), id);
        assertEquals(0, written.code(), written.err());
        assertTrue(Files.readString(html).contains("Compared with version 1, submitted on 2026-11-25: no changes."));
        assertTrue(
                CommandLineRun.in(data, "export", "--format", "html", "--since-approved", "--out", html.toString(), id)
                        .err()
                        .contains("no approved version yet"));
    }
}
