package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.ChangedElsewhere;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.audit.AuditEntry;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.VersionMove;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.testing.MovingTemplates;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving an assessment to a newer questionnaire version: saved in one go, and nothing of the old answers lost. */
class VersionMoveStoreTest {
    private static final Progress SOME = new Progress(1, 3);
    private static final QuestionnaireTemplate V1 = MovingTemplates.V1;
    private static final QuestionnaireTemplate V2 = MovingTemplates.V2;

    @TempDir
    Path folder;

    private final TestClock.Settable clock = new TestClock.Settable();

    private static UUID answeredOnV1(JdbcAssessmentRepository repo) {
        return MovingTemplates.answeredOnV1(repo);
    }

    @Test
    void afterTheMoveAndReopeningTheAssessmentIsOnTheNewVersionAndTheTrailHasTheOldAnswers() {
        UUID id;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, clock);
            id = answeredOnV1(repo);
            Map<String, RecordedAnswer> read = repo.answersToEdit(id);
            repo.moveToVersion(id, VersionMove.between(V1, V2, RecordedAnswer.given(read)));
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, clock);
            assertEquals(2, repo.find(id).orElseThrow().templateVersion());
            assertEquals(
                    AssessmentStatus.IN_PROGRESS, repo.find(id).orElseThrow().status());
            Map<String, RecordedAnswer> answers = repo.answers(id);
            assertEquals(new Answer.Text("Support"), answers.get("purpose").answer());
            assertEquals(new Answer.Choice(Question.YES), answers.get("human").answer(), "kept for review");
            assertTrue(answers.get("human").note().startsWith(VersionMove.TO_REVIEW));
            assertNull(answers.get("size").answer(), "huge is no longer offered");
            assertTrue(answers.get("size").note().startsWith(VersionMove.TO_REVIEW));
            assertNull(answers.get("gone").answer());
            assertEquals("Asked the vendor too.", answers.get("gone").note());

            List<AuditEntry> trail = new JdbcAuditTrail(db, clock, () -> new UserIdentity("Ann", "", ""))
                    .read(id)
                    .entries();
            assertTrue(trail.stream()
                    .anyMatch(e -> e.kind() == AuditKind.LEFT_BEHIND
                            && e.subject().equals("gone")
                            && "Our team".equals(e.before())));
            assertTrue(trail.stream()
                    .anyMatch(e -> e.kind() == AuditKind.LEFT_BEHIND
                            && e.subject().equals("size")
                            && "huge".equals(e.before())));
            AuditEntry last = trail.get(trail.size() - 1);
            assertEquals(AuditKind.TEMPLATE_VERSION, last.kind());
            assertEquals("moving v1", last.before());
            assertEquals("moving v2", last.after());
            assertTrue(new JdbcAuditTrail(db, clock, () -> new UserIdentity("Ann", "", ""))
                    .check(id)
                    .intact());
        }
    }

    @Test
    void anAnswerChangedElsewhereSinceItWasReadRefusesTheWholeMove() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
            JdbcAssessmentRepository ana = new JdbcAssessmentRepository(db, clock);
            JdbcAssessmentRepository ben = new JdbcAssessmentRepository(db, clock);
            UUID id = answeredOnV1(ana);
            VersionMove move = VersionMove.between(V1, V2, RecordedAnswer.given(ana.answersToEdit(id)));
            ben.answersToEdit(id);
            clock.set(TestClock.NOW.plusSeconds(30));
            ben.saveAnswer(id, "size", new Answer.Choice("small"), SOME);

            assertThrows(ChangedElsewhere.class, () -> ana.moveToVersion(id, move));
            assertEquals(1, ana.find(id).orElseThrow().templateVersion(), "nothing of the move is saved");
            assertEquals(
                    new Answer.Text("Our team"), ana.answers(id).get("gone").answer());
            assertFalse(ana.answers(id).get("human").note().startsWith(VersionMove.TO_REVIEW));
        }
    }

    @Test
    void aSecondMoveFromTheSameVersionIsRefusedInTheAssessorsWords() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, clock);
            UUID id = answeredOnV1(repo);
            VersionMove move = VersionMove.between(V1, V2, RecordedAnswer.given(repo.answersToEdit(id)));
            repo.moveToVersion(id, move);
            UserFacingProblem refused = assertThrows(UserFacingProblem.class, () -> repo.moveToVersion(id, move));
            assertTrue(refused.getMessage().contains("no longer follows Moving v1"), refused.getMessage());
        }
    }
}
