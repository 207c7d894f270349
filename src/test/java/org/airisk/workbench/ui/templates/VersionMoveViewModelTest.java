package org.airisk.workbench.ui.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.questionnaire.VersionMove;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.MovingTemplates;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview of a move to a newer questionnaire version, in the assessor's words, and its confirmation. */
class VersionMoveViewModelTest {
    @TempDir
    Path folder;

    private final TestClock.Settable clock = new TestClock.Settable();

    @Test
    void previewsInWordsThenMovesOnConfirmation() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, clock);
            UUID id = MovingTemplates.answeredOnV1(repo);
            VersionMoveViewModel model = new VersionMoveViewModel(
                    id, MovingTemplates.V1, MovingTemplates.V2, repo, new ImmediateBackgroundWork());
            assertFalse(model.readyProperty().get());
            model.load();

            assertTrue(model.readyProperty().get());
            assertEquals("Moving v1 \u2192 v2", model.title());
            assertEquals(
                    "Of 4 answers, 1 carried over, 1 dropped and 2 to review.",
                    model.summaryProperty().get());
            assertEquals(List.of("What is it for?: Support"), model.carried());
            assertEquals(List.of("Who built it?: Our team"), model.dropped());
            assertEquals(2, model.toReview().size());
            assertTrue(model.toReview().get(0).startsWith("Is a person involved?: Yes \u2013 It now reads"));
            assertTrue(model.toReview().get(1).startsWith("How big?: huge \u2013 The answer given is not one"));
            assertEquals(List.of(), model.added());
            assertEquals(List.of("Who built it?"), model.removed());
            assertEquals(2, model.changed().size());
            assertEquals(1, repo.find(id).orElseThrow().templateVersion(), "nothing saved before confirming");

            List<VersionMove> moved = new ArrayList<>();
            model.confirm(moved::add, failure -> {
                throw new AssertionError(failure);
            });
            assertEquals(1, moved.size());
            assertEquals(2, repo.find(id).orElseThrow().templateVersion());
            assertEquals(
                    "Moved to Moving v2. 2 answers need review: their note starts \u201c" + VersionMove.TO_REVIEW
                            + "\u201d. Answers left behind are kept in the audit trail.",
                    VersionMoveViewModel.outcome(moved.get(0)));
        }
    }

    @Test
    void aRefusedMoveIsHandedBackAndCanBeTriedAgain() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, clock);
            UUID id = MovingTemplates.answeredOnV1(repo);
            VersionMoveViewModel model = new VersionMoveViewModel(
                    id, MovingTemplates.V1, MovingTemplates.V2, repo, new ImmediateBackgroundWork());
            model.load();
            repo.moveToVersion(id, VersionMove.between(MovingTemplates.V1, MovingTemplates.V2, Map.of()));
            List<Throwable> failures = new ArrayList<>();
            model.confirm(m -> {}, failures::add);
            assertTrue(failures.get(0) instanceof UserFacingProblem, failures.toString());
            assertTrue(model.readyProperty().get());
        }
    }
}
