package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `evidence attach|list|save` on the command line, with the messages a wrong use gets. */
class EvidenceCommandsTest {
    @TempDir
    Path dir;

    private static String assessmentIn(String data) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(Path.of(data))) {
            return new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .create(new NewAssessment("Support bot", "HelpDesk", "Ann", "quick-check", 1))
                    .id()
                    .toString();
        }
    }

    @Test
    void attachListAndSaveACopy() throws Exception {
        String data = dir.resolve("data").toString();
        String sample = assessmentIn(data);
        Path policy = Files.writeString(dir.resolve("ai-policy.md"), "# AI use policy\nHumans review refunds.\n");

        CommandLineRun attach = CommandLineRun.of(
                "evidence",
                "attach",
                "--data-dir",
                data,
                sample,
                policy.toString(),
                "--on",
                "risk:atlas-hallucination");
        assertEquals(0, attach.code(), attach.err());
        assertTrue(attach.out().startsWith("Attached ai-policy.md (39 bytes, SHA-256 "), attach.out());

        CommandLineRun list = CommandLineRun.of("evidence", "list", "--data-dir", data, sample);
        assertEquals(0, list.code(), list.err());
        String[] row = list.out().strip().split("\t");
        assertEquals("ai-policy.md", row[1]);
        assertEquals("risk:atlas-hallucination", row[4]);

        Path copy = dir.resolve("copy.md");
        CommandLineRun save = CommandLineRun.of("evidence", "save", "--data-dir", data, row[0], copy.toString());
        assertEquals(0, save.code(), save.err());
        assertArrayEquals(Files.readAllBytes(policy), Files.readAllBytes(copy));
    }

    @Test
    void wrongUseIsExplained() throws Exception {
        String data = dir.resolve("data").toString();
        String sample = assessmentIn(data);
        Path file = Files.writeString(dir.resolve("x.txt"), "x");
        CommandLineRun badAnchor = CommandLineRun.of(
                "evidence", "attach", "--data-dir", data, sample, file.toString(), "--on", "folder:x");
        assertEquals(1, badAnchor.code());
        assertTrue(badAnchor.err().contains("--on folder:x is not something evidence supports"), badAnchor.err());
        CommandLineRun missing = CommandLineRun.of(
                "evidence",
                "attach",
                "--data-dir",
                data,
                sample,
                dir.resolve("nowhere.pdf").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("Could not read \u201cnowhere.pdf\u201d"), missing.err());
        CommandLineRun notAnId = CommandLineRun.of("evidence", "list", "--data-dir", data, "sample");
        assertEquals(1, notAnId.code());
        assertTrue(notAnId.err().contains("is not an assessment id"), notAnId.err());
    }
}
