package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.airisk.workbench.assessment.LibraryBackups;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.store.BackupFolder;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restoring from the window closes the library, puts the backup in place and opens the workbench again. */
class RestoreSessionTest {
    @TempDir
    Path folder;

    private void addAssessment(TestClock.Settable clock, String title) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
            new JdbcAssessmentRepository(db, clock).create(new NewAssessment(title, "Bot", "Ann", "quick-check", 1));
        }
    }

    @Test
    void theSessionReopensOnTheRestoredLibraryAndKeepsTheReplacedOne() throws Exception {
        TestClock.Settable clock = new TestClock.Settable();
        clock.set(TestClock.NOW.minusSeconds(7200));
        addAssessment(clock, "Before restore");
        Path first = new BackupFolder(folder, clock).list().get(0).file();
        clock.set(TestClock.NOW.minusSeconds(3600));
        addAssessment(clock, "Added after");

        AppChild child =
                AppChild.run(AppChild.HEADLESS_FX, RestoreSessionChild.class, folder.toString(), first.toString());

        assertEquals(0, child.code(), child.output());
        assertTrue(child.output().contains("REOPENED AND LOCKED"), child.output());
        assertEquals(
                List.of("TITLE Before restore"),
                child.output().lines().filter(l -> l.startsWith("TITLE")).toList(),
                child.output());
        BackupFolder backups = new BackupFolder(folder, clock);
        List<List<String>> held = backups.list().stream()
                .map(backups::contents)
                .map(LibraryBackups.Contents::assessmentTitles)
                .toList();
        assertTrue(held.contains(List.of("Added after", "Before restore")), "the replaced library was kept: " + held);
    }
}
