package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: when the disk filled up while typing, Retry kept failing after space was freed, because the database
 * had shut itself down on the failed write. A save after space is back now succeeds, and nothing committed is lost.
 */
class DiskFullTest {
    @TempDir
    Path folder;

    @BeforeEach
    void installDisk() {
        FillingDisk.install();
    }

    @AfterEach
    void uninstallDisk() {
        FillingDisk.uninstall();
    }

    @Test
    void aSaveAfterSpaceIsFreedSucceedsAndEarlierWorkIsKept() {
        UUID id;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, null, null, FillingDisk.SCHEME)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(db, TestClock.FIXED);
            id = repository
                    .create(new NewAssessment("Bot", "Bot", "Ann", "quick-check", 1))
                    .id();
            repository.saveNote(id, "purpose_summary", "written before the disk filled");

            FillingDisk.full = true;
            StorageException refused = assertThrows(
                    StorageException.class, () -> repository.saveNote(id, "domain", "typed while the disk is full"));
            assertTrue(refused.getMessage().contains("disk is full"), refused.getMessage());

            FillingDisk.full = false;
            repository.saveNote(id, "domain", "typed while the disk is full");
            repository.saveAnswer(id, "domain", new Answer.Choice("finance"), new Progress(1, 5));
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, null, null, FillingDisk.SCHEME)) {
            var answers = new JdbcAssessmentRepository(db, TestClock.FIXED).answers(id);
            assertEquals(
                    "written before the disk filled",
                    answers.get("purpose_summary").note());
            assertEquals("typed while the disk is full", answers.get("domain").note());
            assertEquals(new Answer.Choice("finance"), answers.get("domain").answer());
        }
    }
}
