package org.airisk.workbench.app;

import static org.airisk.workbench.app.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.AuditTampering;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `audit` prints an assessment's trail; `verify-audit` checks its chain and says where it is broken. */
class AuditCommandsTest {
    @TempDir
    Path dir;

    @Test
    void printsTheTrailAndVerifiesTheChainUntilAnEntryIsEdited() throws Exception {
        Path data = dir.resolve("data");
        String id = CommandLineTest.tutor(data);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(data)) {
            new UserIdentity("Ada Lovelace", "Chair", "").save(new JdbcPreferences(db));
            new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .saveNote(UUID.fromString(id), "profile_domain", "Line one\n\tand two");
        }
        CommandLineTest.Run printed = run("audit", "--data-dir", data.toString(), id);
        assertEquals(0, printed.code(), printed.err());
        String[] lines = printed.out().split("\\R");
        assertEquals(4, lines.length, printed.out());
        assertEquals("1\t2026-11-25T10:00:00Z\tUnnamed user\tCREATED\t\t-\tTutor bot review", lines[0]);
        assertEquals("2\t2026-11-25T10:00:00Z\tUnnamed user\tANSWER\tprofile_domain\t-\teducation", lines[1]);
        assertEquals(
                "3\t2026-11-25T10:00:00Z\tAda Lovelace\tNOTE\tprofile_domain\t-\tLine one\\n\\tand two",
                lines[2],
                "the name saved in the library's preferences is recorded");
        assertEquals("Chain intact (3 entries).", lines[3]);

        CommandLineTest.Run notes = run("audit", "--data-dir", data.toString(), "--kind", "NOTE", id);
        assertEquals(2, notes.out().split("\\R").length, notes.out());
        assertTrue(notes.out().startsWith("3\t"), notes.out());

        CommandLineTest.Run verified = run("verify-audit", "--data-dir", data.toString(), id);
        assertEquals(0, verified.code(), verified.err());
        assertEquals(
                "\u201cTutor bot review\u201d: Chain intact (3 entries).",
                verified.out().strip());

        AuditTampering.editAfter(data, 2, "finance");
        CommandLineTest.Run broken = run("verify-audit", "--data-dir", data.toString(), id);
        assertEquals(1, broken.code());
        assertEquals(
                "ai-risk-workbench: \u201cTutor bot review\u201d: The audit trail is broken: entry 2 was changed "
                        + "after it was written.",
                broken.err().strip());

        CommandLineTest.Run unknown = run(
                "verify-audit", "--data-dir", data.toString(), UUID.randomUUID().toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("in this library; `list` shows the ids."), unknown.err());
    }
}
