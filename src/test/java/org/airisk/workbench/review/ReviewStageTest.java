package org.airisk.workbench.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewStageTest {

    @Test
    void theAuthorSubmitsAReviewerDecidesAndTheAuthorReopens() {
        ReviewStage stage = ReviewStage.DRAFT.after(ReviewAction.SUBMIT, null);
        assertEquals(ReviewStage.SUBMITTED, stage);
        stage = stage.after(ReviewAction.START_REVIEW, null);
        assertEquals(ReviewStage.IN_REVIEW, stage);
        stage = stage.after(ReviewAction.DECIDE, Decision.APPROVED_WITH_CONDITIONS);
        assertEquals(ReviewStage.APPROVED_WITH_CONDITIONS, stage);
        assertEquals(ReviewStage.DRAFT, stage.after(ReviewAction.REOPEN, null));
        assertEquals(ReviewAction.Role.AUTHOR, ReviewAction.SUBMIT.role());
        assertEquals(ReviewAction.Role.AUTHOR, ReviewAction.REOPEN.role());
        assertEquals(ReviewAction.Role.REVIEWER, ReviewAction.START_REVIEW.role());
        assertEquals(ReviewAction.Role.REVIEWER, ReviewAction.DECIDE.role());
    }

    @Test
    void everyDecisionLeadsToItsStageAndCanBeReopened() {
        for (Decision d : Decision.values()) {
            ReviewStage decided = ReviewStage.SUBMITTED.after(ReviewAction.DECIDE, d);
            assertEquals(d.stage(), decided);
            assertTrue(decided.isDecided());
            assertEquals(ReviewStage.DRAFT, decided.after(ReviewAction.REOPEN, null));
        }
    }

    @Test
    void exactlyTheseTransitionsAreAllowed() {
        Set<String> allowed = Set.of(
                "DRAFT SUBMIT",
                "SUBMITTED START_REVIEW",
                "SUBMITTED DECIDE",
                "IN_REVIEW DECIDE",
                "CHANGES_REQUESTED REOPEN",
                "APPROVED REOPEN",
                "APPROVED_WITH_CONDITIONS REOPEN",
                "REJECTED REOPEN");
        for (ReviewStage stage : ReviewStage.values()) {
            for (ReviewAction action : ReviewAction.values()) {
                boolean expected = allowed.contains(stage + " " + action);
                assertEquals(expected, stage.refusal(action).isEmpty(), stage + " " + action);
                if (!expected) {
                    ReviewRefused refused =
                            assertThrows(ReviewRefused.class, () -> stage.after(action, Decision.APPROVED));
                    String message = refused.getMessage();
                    assertTrue(message.endsWith(".") && message.split("\\. ").length == 1, message);
                }
            }
        }
    }

    @Test
    void anApprovedAssessmentSaysHowToChangeIt() {
        assertEquals(
                "This assessment is already approved; re-open it as a new version to change it.",
                ReviewStage.APPROVED.refusal(ReviewAction.SUBMIT));
        assertEquals(
                "This assessment is already approved; re-open it as a new version to change it.",
                ReviewStage.APPROVED_WITH_CONDITIONS.refusal(ReviewAction.DECIDE));
    }

    @Test
    void onlySubmittedAndInReviewAreReadOnly() {
        for (ReviewStage stage : ReviewStage.values()) {
            assertEquals(
                    EnumSet.of(ReviewStage.SUBMITTED, ReviewStage.IN_REVIEW).contains(stage), stage.isReadOnly());
        }
        assertFalse(ReviewStage.DRAFT.isDecided());
    }

    @Test
    void decisionsAreNamedOnTheCommandLine() {
        assertEquals(Decision.APPROVED_WITH_CONDITIONS, Decision.ofCommandName("approved-with-conditions"));
        assertEquals(Decision.CHANGES_REQUESTED, Decision.ofCommandName(" Changes-Requested "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Decision.ofCommandName("ok"));
        assertEquals(
                "\u201cok\u201d is not a decision; give one of approved, approved-with-conditions, "
                        + "changes-requested, rejected.",
                e.getMessage());
    }
}
