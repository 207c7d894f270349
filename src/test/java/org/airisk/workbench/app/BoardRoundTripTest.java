package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline board round trip on the command line, two data folders (docs/board-round-trip.md): the consultant
 * submits and exports; the board imports, reviews, decides, comments and exports back; the consultant, who worked on
 * meanwhile, imports the board's package: the decision and comments arrive, the local work stays, conflicts are said.
 */
class BoardRoundTripTest {
    @TempDir
    Path dir;

    /** A command that must succeed. */
    static CommandLineRun run(Path data, String... args) {
        CommandLineRun run = ReviewCommandsTest.run(data, args);
        assertEquals(0, run.code(), String.join(" ", args) + ": " + run.err());
        return run;
    }

    /**
     * The consultant (data folder "consultant" in {@code dir}) submits and exports; the board ("board") imports,
     * starts the review, asks for changes, comments and exports to decided.airisk.json. Returns the assessment's id.
     */
    static String toTheBoardAndBack(Path dir) throws Exception {
        Path consultant = dir.resolve("consultant");
        Path board = dir.resolve("board");
        String id = ReviewFixture.started(consultant);
        ReviewFixture.completed(consultant, id);
        Path policy = Files.writeString(dir.resolve("policy.txt"), "Payroll data never leaves the EU.");
        run(consultant, "evidence", "attach", id, policy.toString());
        run(consultant, "submit", id);
        Path submitted = dir.resolve("submitted.airisk.json");
        run(consultant, "export", "--out", submitted.toString(), id);

        try (WorkbenchDatabase db = WorkbenchDatabase.open(board, TestClock.FIXED)) {
            new UserIdentity("Bo Reviewer", "Chair", "Ethics board").save(new JdbcPreferences(db));
        }
        run(board, "import", submitted.toString());
        assertTrue(run(board, "versions", id).out().startsWith("Stage: Submitted for review\nv1\t"));
        assertTrue(run(board, "evidence", "list", id).out().contains("policy.txt"));
        run(board, "start-review", id);
        run(
                board,
                "decide",
                id,
                "--decision",
                "changes-requested",
                "--comment",
                "Explain the fallback.",
                "--reviewer",
                "Bo Reviewer",
                "--role",
                "Chair");
        run(board, "comment", id, "--on", "question:model_source", "--text", "Which vendor is it?");
        run(board, "export", "--out", dir.resolve("decided.airisk.json").toString(), id);
        return id;
    }

    @Test
    void theBoardsDecisionAndCommentsComeBackWithoutOverwritingLocalWork() throws Exception {
        String id = toTheBoardAndBack(dir);
        Path consultant = dir.resolve("consultant");
        Path decided = dir.resolve("decided.airisk.json");

        // meanwhile the consultant, whose copy is read-only while submitted (evidence too), comments; a file
        // cannot be attached until the assessment is a draft again
        run(consultant, "comment", id, "--text", "The vendor contract is attached.");
        Path contract = Files.writeString(dir.resolve("contract.txt"), "Vendor: Example Ltd.");
        assertEquals(
                1,
                CommandLineRun.in(consultant, "evidence", "attach", id, contract.toString())
                        .code());

        CommandLineRun back = run(consultant, "import", "--replace", decided.toString());
        assertTrue(back.out().contains("Imported 1 assessment(s): " + id), back.out());
        assertTrue(
                back.out()
                        .contains("Conflict: \u201cPayroll helper\u201d: Its audit trail and this library's "
                                + "went apart after entry "),
                back.out());
        List<String> versions = run(consultant, "versions", id).out().lines().toList();
        assertEquals("Stage: Changes requested", versions.get(0));
        assertTrue(versions.get(1).endsWith("\tChanges requested by Bo Reviewer 2026-11-25 10:00"), versions.get(1));
        String comments = run(consultant, "comments", id).out();
        assertTrue(
                comments.contains("Which vendor is it?") && comments.contains("The vendor contract is attached."),
                comments);
        String files = run(consultant, "evidence", "list", id).out();
        assertTrue(files.contains("policy.txt") && !files.contains("contract.txt"), files);
        assertEquals(1, files.lines().filter(l -> l.contains("policy.txt")).count(), files);
        assertTrue(run(consultant, "verify-audit", id).out().contains("Chain intact"));

        // re-opened to make the changes, the consultant answers again; the board's package, imported once more,
        // would put the submitted answer back: the local one is kept and the question named
        run(consultant, "reopen", id);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(consultant, TestClock.FIXED)) {
            new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .saveAnswer(UUID.fromString(id), "model_source", new Answer.Choice("in_house"), new Progress(7, 7));
        }
        CommandLineRun again = run(consultant, "import", "--replace", decided.toString());
        assertTrue(
                again.out()
                        .contains(
                                "Conflict: \u201cPayroll helper\u201d: changed here since the version the "
                                        + "package carries: kept this library's question model_source (the package has other values)."),
                again.out());
        try (WorkbenchDatabase db = WorkbenchDatabase.open(consultant, TestClock.FIXED)) {
            RecordedAnswer kept = new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .answers(UUID.fromString(id))
                    .get("model_source");
            assertEquals(new Answer.Choice("in_house"), kept.answer());
        }
        assertTrue(run(consultant, "versions", id).out().startsWith("Stage: Draft\n"));
        assertTrue(run(consultant, "verify-audit", id).out().contains("Chain intact"));
    }
}
