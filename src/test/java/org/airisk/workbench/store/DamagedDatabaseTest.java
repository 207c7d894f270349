package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database file that will not open is never written to by the attempt. */
class DamagedDatabaseTest {
    @TempDir
    Path folder;

    static void fillAndClose(Path folder) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(db, TestClock.FIXED);
            for (int i = 0; i < 20; i++) {
                var a = repository.create(new NewAssessment("Assessment " + i, "Chatbot", "Ann", "quick-check", 1));
                repository.saveNote(a.id(), "q1", "note ".repeat(500 + i));
            }
        }
    }

    static void damage(Path file) throws Exception {
        LibraryDamage.damage(file);
    }

    @Test
    void aFailedOpenLeavesTheDamagedFileExactlyAsItWas() throws Exception {
        fillAndClose(folder);
        Path file = folder.resolve(WorkbenchDatabase.FILE_NAME);
        damage(file);
        byte[] before = Files.readAllBytes(file);
        StorageException e = assertThrows(StorageException.class, () -> WorkbenchDatabase.open(folder).close());
        assertArrayEquals(before, Files.readAllBytes(file), "the damaged file was written to: " + e.getMessage());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }
}
