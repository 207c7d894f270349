package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.store.DamagedDatabaseAccess;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user without a window lists the backups and restores one, also when the library will not open. */
class BackupCommandsTest {
    @TempDir
    Path dir;

    private static CommandLineRun run(String... args) {
        return CommandLineRun.of(args);
    }

    @Test
    void listTheBackupsThenRestoreOneInPlaceOfADamagedLibrary() throws Exception {
        Path folder = dir.resolve("data");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, TestClock.FIXED)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(db, TestClock.FIXED);
            for (int i = 0; i < 20; i++) {
                var a = repository.create(
                        new NewAssessment("Review " + (char) ('A' + i), "Bot", "Ann", "quick-check", 1));
                repository.saveNote(a.id(), "q1", "note ".repeat(500 + i));
            }
        }
        CommandLineRun backups = run("backups", "--data-dir", folder.toString());
        assertEquals(0, backups.code(), backups.err());
        assertTrue(backups.out().startsWith("workbench-20261125-100000Z.mv.db\t2026-11-25 10:00:00\t"), backups.out());
        assertTrue(backups.out().contains("20 assessment(s): Review A; Review B;"), backups.out());

        Path file = folder.resolve("workbench.mv.db");
        DamagedDatabaseAccess.damage(file);
        byte[] damaged = Files.readAllBytes(file);
        CommandLineRun list = run("list", "--data-dir", folder.toString());
        assertEquals(1, list.code());
        assertTrue(
                list.err().contains("Restore the newest backup") && list.err().contains("restore"), list.err());
        assertEquals(1, list.err().strip().lines().count(), "one line: " + list.err());
        assertArrayEquals(damaged, Files.readAllBytes(file), "the damaged file was not written");

        CommandLineRun restore = run("restore", "--data-dir", folder.toString(), "workbench-20261125-100000Z.mv.db");
        assertEquals(0, restore.code(), restore.err());
        assertTrue(restore.out().startsWith("Restored workbench-20261125-100000Z.mv.db."), restore.out());
        CommandLineRun after = run("list", "--data-dir", folder.toString());
        assertEquals(0, after.code(), after.err());
        assertEquals(20, after.out().lines().count(), after.out());
        // The damaged library was kept, as a backup that cannot be read.
        CommandLineRun kept = run("backups", "--data-dir", folder.toString());
        assertTrue(kept.out().contains("This backup cannot be read"), kept.out());
    }

    @Test
    void restoringAFileThatIsNotThereSaysSoInOneLine() {
        CommandLineRun restore =
                run("restore", "--data-dir", dir.resolve("data").toString(), "no-such.mv.db");
        assertEquals(1, restore.code());
        assertTrue(restore.err().contains("does not exist"), restore.err());
        assertEquals(1, restore.err().strip().lines().count(), restore.err());
    }

    @Test
    void aFolderWithoutBackupsSaysWhenTheFirstIsTaken() {
        CommandLineRun backups =
                run("backups", "--data-dir", dir.resolve("empty").toString());
        assertEquals(0, backups.code(), backups.err());
        assertTrue(backups.out().startsWith("No backup yet"), backups.out());
    }
}
