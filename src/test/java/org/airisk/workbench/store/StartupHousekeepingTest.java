package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Building a repository writes nothing: before, its constructor deleted the assessments deleted in an earlier
 * session, a database write wherever one was built (the window builds the package store's on the FX thread), and an
 * undo still open in this session was lost whenever another was built. The tidying is its own step, run once at start.
 */
class StartupHousekeepingTest {
    @TempDir
    Path folder;

    /** Creates and deletes one assessment, leaving its delete undoable. */
    private static UUID deleted(JdbcAssessmentRepository repository) {
        UUID id = repository
                .create(new NewAssessment("Bot", "Bot", "Ann", "quick-check", 1))
                .id();
        repository.delete(id);
        return id;
    }

    @Test
    void buildingARepositoryKeepsTheDeleteOfThisSessionUndoable() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository session = new JdbcAssessmentRepository(db, TestClock.FIXED);
            UUID id = deleted(session);
            new JdbcAssessmentRepository(db, TestClock.FIXED);
            session.restore(id);
            assertTrue(session.find(id).isPresent(), "undo still works");
        }
    }

    @Test
    void theStartStepDropsWhatAnEarlierSessionDeleted() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            UUID id = deleted(new JdbcAssessmentRepository(db, TestClock.FIXED));
            JdbcAssessmentRepository now = new JdbcAssessmentRepository(db, TestClock.FIXED);
            now.dropDeleted();
            assertThrows(StorageException.class, () -> now.restore(id), "gone for good: no undo");
            assertTrue(now.find(id).isEmpty());
        }
    }
}
