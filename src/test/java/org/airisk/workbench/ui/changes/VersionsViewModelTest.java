package org.airisk.workbench.ui.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.changes.AssessmentChanges;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void versionsAreListedNewestFirstWithTheirDecisionAndComparedOlderToNewer() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir)) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
            UUID id = assessments
                    .create(new NewAssessment("Bot", "Bot", "Ann", "quick-check", 1))
                    .id();
            JdbcReviewRepository reviews = new JdbcReviewRepository(db, TestClock.FIXED, ScoringMethod::standard);
            reviews.submit(id, "Ann");
            reviews.startReview(id);
            reviews.decide(id, Decision.CHANGES_REQUESTED, List.of(), "Say where the data comes from", "Bo", "Chair");
            reviews.reopen(id);
            assessments.saveNote(id, "q1", "From the ticket system");
            reviews.submit(id, "Ann");

            List<PackagedAssessment[]> compared = new ArrayList<>();
            VersionsViewModel model = new VersionsViewModel(
                    id,
                    reviews,
                    VersionsViewModel.comparer(
                            (older, newer) -> {
                                compared.add(new PackagedAssessment[] {older, newer});
                                return new AssessmentChanges(List.of());
                            },
                            (older, now) -> new AssessmentChanges(List.of())),
                    new ImmediateBackgroundWork(),
                    new UserFormats(Locale.UK, ZoneOffset.UTC));
            model.load();
            assertEquals(
                    List.of(2, 1),
                    model.rows().stream().map(r -> r.version().number()).toList());
            assertEquals("No decision", model.rows().get(0).decision());
            assertEquals("Changes requested by Bo", model.rows().get(1).decision());

            List<ChangesViewModel> shown = new ArrayList<>();
            model.compare(model.rows().get(0), model.rows().get(1), shown::add);
            assertEquals(1, compared.size(), "compared once");
            assertTrue(
                    compared.get(0)[1].answers().get("q1").note().contains("ticket system"),
                    "the newer version is the second, whichever was picked first");
            assertEquals("From version 1 to version 2", shown.get(0).heading());
        }
    }
}
