package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `comments`, `comment` and `resolve`: a review on the command line, as the user named in their details. */
class CommentCommandsTest {
    @TempDir
    Path dir;

    private String assessment() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir)) {
            new UserIdentity("Ada Lovelace", "Chair", "Ethics Board").save(new JdbcPreferences(db));
            return new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .create(new NewAssessment("Tutor bot", "Tutor", "Ann", "quick-check", 1))
                    .id()
                    .toString();
        }
    }

    private CommandLineRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CommandLineRun.of(all);
    }

    @Test
    void commentReplyResolveAndList() {
        String id = assessment();
        CommandLineRun written = run("comment", id, "--on", "question:Q1", "--text", "Why yes?\nSecond line");
        assertEquals(0, written.code(), written.err());
        String cid = written.out().strip();
        UUID.fromString(cid);

        CommandLineRun refused = run("resolve", cid);
        assertEquals(1, refused.code());
        assertEquals(
                "ai-risk-workbench: Reply to the comment first, or say why the thread is resolved.\n",
                refused.err().replace("\r\n", "\n"));

        CommandLineRun reply = run("comment", id, "--reply-to", cid, "--text", "Because of the pilot.");
        assertEquals(0, reply.code(), reply.err());
        assertEquals(0, run("comment", id, "--text", "Overall fine.").code());
        assertEquals(0, run("resolve", cid).code());

        CommandLineRun list = run("comments", id);
        assertEquals(0, list.code(), list.err());
        String expected = String.join(
                "\n",
                "assessment",
                "  [open]",
                "    " + "%s  2026-11-25 10:00  Ada Lovelace, Chair",
                "      Overall fine.",
                "question:Q1",
                "  [resolved by Ada Lovelace 2026-11-25 10:00]",
                "    " + cid + "  2026-11-25 10:00  Ada Lovelace, Chair",
                "      Why yes?",
                "      Second line",
                "      " + reply.out().strip() + "  2026-11-25 10:00  Ada Lovelace, Chair",
                "        Because of the pilot.",
                "1 open, 1 resolved",
                "");
        String out = list.out().replace("\r\n", "\n");
        String overall = out.lines().skip(2).findFirst().orElseThrow().strip().substring(0, 36);
        assertEquals(String.format(Locale.ROOT, expected, overall), out);

        assertEquals(0, run("resolve", cid, "--reopen").code());
        assertTrue(run("comments", id).out().contains("2 open, 0 resolved"));
    }

    @Test
    void wrongInputIsNamedPlainly() {
        String id = assessment();
        CommandLineRun badAnchor = run("comment", id, "--on", "page:3", "--text", "x");
        assertEquals(1, badAnchor.code());
        assertTrue(badAnchor.err().contains("\"page\" is not something a comment can be on"), badAnchor.err());
        String none = "00000000-0000-0000-0000-000000000001";
        CommandLineRun noAssessment = run("comments", none);
        assertEquals(1, noAssessment.code());
        assertTrue(noAssessment.err().contains("No assessment " + none), noAssessment.err());
        CommandLineRun tooLong = run("comment", id, "--text", "x".repeat(10_001));
        assertEquals(1, tooLong.code());
        assertTrue(tooLong.err().contains("A comment is kept to 10,000 characters"), tooLong.err());
        CommandLineRun otherReply = run("comment", id, "--reply-to", none, "--text", "x");
        assertEquals(1, otherReply.code());
        assertTrue(otherReply.err().contains("is not on assessment " + id), otherReply.err());
    }
}
