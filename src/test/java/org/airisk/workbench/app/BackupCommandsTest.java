package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user without a window lists the backups and restores one, also when the library will not open. */
class BackupCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLine.run(args, new PrintWriter(out), new PrintWriter(err), Map.of(), TestClock.FIXED);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void listTheBackupsThenRestoreOneInPlaceOfADamagedLibrary() throws Exception {
        Path folder = dir.resolve("data");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, TestClock.FIXED)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(db, TestClock.FIXED);
            for (int i = 0; i < 20; i++) {
                var a = repository.create(new NewAssessment("Review " + (char) ('A' + i), "Bot", "Ann",
                        "quick-check", 1));
                repository.saveNote(a.id(), "q1", "note ".repeat(500 + i));
            }
        }
        Run backups = run("backups", "--data-dir", folder.toString());
        assertEquals(0, backups.code(), backups.err());
        assertTrue(backups.out().startsWith("workbench-20261125-100000Z.mv.db\t2026-11-25 10:00:00\t"),
                backups.out());
        assertTrue(backups.out().contains("20 assessment(s): Review A; Review B;"), backups.out());

        Path file = folder.resolve("workbench.mv.db");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[4096];
            new Random(24).nextBytes(junk);
            raf.seek(raf.length() - 13 * 4096L + 64);
            raf.write(junk);
        }
        byte[] damaged = Files.readAllBytes(file);
        Run list = run("list", "--data-dir", folder.toString());
        assertEquals(1, list.code());
        assertTrue(list.err().contains("Restore the newest backup") && list.err().contains("restore"), list.err());
        assertEquals(1, list.err().strip().lines().count(), "one line: " + list.err());
        assertArrayEquals(damaged, Files.readAllBytes(file), "the damaged file was not written");

        Run restore = run("restore", "--data-dir", folder.toString(), "workbench-20261125-100000Z.mv.db");
        assertEquals(0, restore.code(), restore.err());
        assertTrue(restore.out().startsWith("Restored workbench-20261125-100000Z.mv.db."), restore.out());
        Run after = run("list", "--data-dir", folder.toString());
        assertEquals(0, after.code(), after.err());
        assertEquals(20, after.out().lines().count(), after.out());
        // The damaged library was kept, as a backup that cannot be read.
        Run kept = run("backups", "--data-dir", folder.toString());
        assertTrue(kept.out().contains("This backup cannot be read"), kept.out());
    }

    @Test
    void restoringAFileThatIsNotThereSaysSoInOneLine() {
        Run restore = run("restore", "--data-dir", dir.resolve("data").toString(), "no-such.mv.db");
        assertEquals(1, restore.code());
        assertTrue(restore.err().contains("does not exist"), restore.err());
        assertEquals(1, restore.err().strip().lines().count(), restore.err());
    }

    @Test
    void aFolderWithoutBackupsSaysWhenTheFirstIsTaken() {
        Run backups = run("backups", "--data-dir", dir.resolve("empty").toString());
        assertEquals(0, backups.code(), backups.err());
        assertTrue(backups.out().startsWith("No backup yet"), backups.out());
    }
}
