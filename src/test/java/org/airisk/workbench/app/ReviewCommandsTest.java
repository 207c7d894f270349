package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** submit, start-review, decide, reopen and versions on a data folder, as a script would run them. */
class ReviewCommandsTest {
    @TempDir
    Path dir;

    /** The command line on this data folder. */
    static CommandLineRun run(Path data, String... args) {
        return CommandLineRun.in(data, args);
    }

    @Test
    void submitRefusesWithTheGapsThenAReviewerDecidesAndTheAuthorReopens() {
        Path data = dir.resolve("data");
        String id = ReviewFixture.started(data);

        CommandLineRun refused = run(data, "submit", id);
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("question model_source: Answer \u201c"), refused.err());
        assertTrue(refused.err().contains("question personal_data: "), refused.err());
        assertTrue(
                refused.err()
                        .endsWith("ai-risk-workbench: not submitted; settle the "
                                + refused.err()
                                        .lines()
                                        .filter(l -> l.startsWith("question ") || l.startsWith("risk "))
                                        .count()
                                + " gap(s) above first.\n"),
                refused.err());
        assertEquals("Stage: Draft\n", run(data, "versions", id).out());

        ReviewFixture.completed(data, id);
        CommandLineRun submitted = run(data, "submit", id);
        assertEquals(0, submitted.code(), submitted.err());
        assertTrue(submitted.out().startsWith("Submitted version 1 for review (content hash "), submitted.out());
        CommandLineRun again = run(data, "submit", id);
        assertEquals(1, again.code());
        assertEquals(
                "ai-risk-workbench: This assessment is already submitted for review; a reviewer starts the "
                        + "review and decides.\n",
                again.err());

        CommandLineRun noCondition = run(
                data,
                "decide",
                id,
                "--decision",
                "approved-with-conditions",
                "--reviewer",
                "Bo Reviewer",
                "--role",
                "Chair");
        assertEquals(1, noCondition.code());
        assertTrue(noCondition.err().contains("needs at least one condition"), noCondition.err());
        CommandLineRun wrong = run(data, "decide", id, "--decision", "ok", "--reviewer", "Bo");
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("\u201cok\u201d is not a decision"), wrong.err());

        assertEquals(0, run(data, "start-review", id).code());
        CommandLineRun decided = run(
                data,
                "decide",
                id,
                "--decision",
                "approved-with-conditions",
                "--condition",
                "Log every override",
                "--condition",
                "Re-assess in 6 months",
                "--comment",
                "Thorough.",
                "--reviewer",
                "Bo Reviewer",
                "--role",
                "Chair");
        assertEquals(0, decided.code(), decided.err());
        assertTrue(
                decided.out()
                        .startsWith("Approved with conditions by Bo Reviewer, Chair on 2026-11-25 10:00: "
                                + "version 1, content hash "),
                decided.out());

        CommandLineRun versions = run(data, "versions", id);
        assertEquals(0, versions.code(), versions.err());
        List<String> lines = versions.out().lines().toList();
        assertEquals("Stage: Approved with conditions", lines.get(0));
        assertTrue(lines.get(1).startsWith("v1\t2026-11-25 10:00\tAnn Author\t"), lines.get(1));
        assertTrue(lines.get(1).endsWith("\tApproved with conditions by Bo Reviewer 2026-11-25 10:00"), lines.get(1));
        assertEquals("Sign-off: Valid: the assessment is as it was signed off", lines.get(2));

        CommandLineRun twice = run(data, "decide", id, "--decision", "rejected", "--comment", "No");
        assertEquals(
                "ai-risk-workbench: This assessment is already approved; re-open it as a new version to "
                        + "change it.\n",
                twice.err());
        assertEquals(0, run(data, "reopen", id).code());
        assertTrue(run(data, "versions", id).out().startsWith("Stage: Draft\n"));
        assertEquals(0, run(data, "submit", id).code());
        assertTrue(run(data, "versions", id).out().contains("\nv2\t"));
    }

    @Test
    void theReviewerDefaultsToYourDetails() {
        Path data = dir.resolve("data");
        String id = ReviewFixture.started(data);
        ReviewFixture.completed(data, id);
        assertEquals(0, run(data, "submit", id).code());
        CommandLineRun decided = run(data, "decide", id, "--decision", "approved");
        assertEquals(0, decided.code(), decided.err());
        assertTrue(decided.out().startsWith("Approved by Ann Author, Consultant on "), decided.out());
    }
}
