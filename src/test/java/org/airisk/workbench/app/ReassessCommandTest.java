package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReassessCommandTest {
    @TempDir
    Path dir;

    @Test
    void startsFromTheApprovedVersionAndExplainsWhatItCannotDo() {
        UUID id;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir)) {
            id = new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .create(new NewAssessment("Bot 2026", "Bot", "Ann", "quick-check", 1))
                    .id();
        }
        CommandLineRun none = CommandLineRun.of("reassess", "--data-dir", dir.toString(), id.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("has no approved version yet"), none.err());

        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir)) {
            JdbcReviewRepository reviews = new JdbcReviewRepository(db, TestClock.FIXED, ScoringMethod::standard);
            reviews.submit(id, "Ann");
            reviews.startReview(id);
            reviews.decide(id, Decision.APPROVED, List.of(), "", "Bo", "Chair");
        }
        CommandLineRun badAge =
                CommandLineRun.of("reassess", "--data-dir", dir.toString(), "--max-age", "a year", id.toString());
        assertEquals(1, badAge.code());
        assertTrue(badAge.err().contains("is not a period: write P1Y"), badAge.err());

        CommandLineRun started = CommandLineRun.of("reassess", "--data-dir", dir.toString(), id.toString());
        assertEquals(0, started.code(), started.err());
        assertTrue(started.out().startsWith("Started Bot 2026 (re-assessment) as "), started.out());
        CommandLineRun list = CommandLineRun.of("list", "--data-dir", dir.toString());
        assertTrue(list.out().contains("Bot 2026 (re-assessment)"), list.out());
    }
}
