package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.ChangedElsewhere;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.comments.Resolution;
import org.airisk.workbench.exchange.Checkout;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnaire.VersionMove;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.testing.MovingTemplates;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check-in's write (ADR 0041): all of the merged assessment in one transaction, refused with nothing written when
 * a colleague saved anything of it after the versions were read. Here on one local library; the PostgreSQL subclass
 * gives the colleague a connection of their own.
 */
class CheckInWritesTest {
    private static final Progress HALF = new Progress(1, 2);

    @TempDir
    Path folder;

    private WorkbenchDatabase[] two;
    private JdbcAssessmentRepository colleague;
    private JdbcCheckouts checkouts;
    private JdbcPackageStore store;
    private UUID id;

    WorkbenchDatabase[] openTwo() {
        WorkbenchDatabase one = WorkbenchDatabase.open(folder);
        return new WorkbenchDatabase[] {one, one};
    }

    @BeforeEach
    void open() {
        two = openTwo();
        JdbcAssessmentRepository mine =
                new JdbcAssessmentRepository(two[0], TestClock.FIXED, () -> new UserIdentity("Ana", "", ""));
        colleague = new JdbcAssessmentRepository(two[1], TestClock.FIXED, () -> new UserIdentity("Ben", "", ""));
        checkouts = new JdbcCheckouts(two[0], TestClock.FIXED, () -> new UserIdentity("Ana", "", ""));
        store = new JdbcPackageStore(two[0], TestClock.FIXED);
        id = mine.create(new NewAssessment("Chatbot", "Support bot", "Ana", "quick-check", 1))
                .id();
        mine.saveAnswer(id, "purpose", new Answer.Text("first"), HALF);
        checkouts.mark(new Checkout(id, "", "Ana", Instant.parse("2026-12-01T10:00:00Z")));
    }

    @AfterEach
    void close() {
        two[0].close();
        two[1].close();
    }

    private PackagedAssessment withPurpose(String text) {
        PackagedAssessment now = store.read(List.of(id)).get(0);
        Map<String, RecordedAnswer> answers = new HashMap<>(now.answers());
        answers.put(
                "purpose",
                new RecordedAnswer("purpose", new Answer.Text(text), "", Instant.parse("2026-12-02T10:00:00Z")));
        return new PackagedAssessment(now.assessment(), now.method(), answers, now.overrides(), now.plan());
    }

    private Answer purpose() {
        return store.read(List.of(id)).get(0).answers().get("purpose").answer();
    }

    @Test
    void theMergedAssessmentIsWrittenAndTheCheckOutReleased() {
        Map<String, Long> versions = checkouts.versions(id);
        checkouts.checkIn(withPurpose("merged"), versions, "checked in");

        assertEquals(new Answer.Text("merged"), purpose());
        assertTrue(checkouts.find(id).isEmpty());
        assertTrue(checkouts.all().isEmpty());
    }

    @Test
    void aColleaguesSaveAfterTheVersionsWereReadRefusesTheWholeCheckIn() {
        Map<String, Long> versions = checkouts.versions(id);
        PackagedAssessment merged = withPurpose("merged");
        colleague.answersToEdit(id);
        colleague.saveAnswer(id, "risk", new Answer.Text("Ben's"), HALF);

        UserFacingProblem refused =
                assertThrows(UserFacingProblem.class, () -> checkouts.checkIn(merged, versions, "checked in"));

        assertTrue(refused.getMessage().contains("Check it in again"), refused.getMessage());
        assertEquals(new Answer.Text("first"), purpose(), "nothing written");
        assertEquals(
                new Answer.Text("Ben's"),
                store.read(List.of(id)).get(0).answers().get("risk").answer());
        assertFalse(checkouts.find(id).isEmpty(), "still checked out");
    }

    private String title() {
        return store.read(List.of(id)).get(0).assessment().title();
    }

    @Test
    void aColleaguesRenameAfterTheVersionsWereReadRefusesTheWholeCheckIn() {
        Map<String, Long> versions = checkouts.versions(id);
        PackagedAssessment merged = withPurpose("merged");
        colleague.titleToEdit(id);
        colleague.rename(id, "Ben's title");

        assertThrows(UserFacingProblem.class, () -> checkouts.checkIn(merged, versions, "checked in"));

        assertEquals("Ben's title", title(), "their rename is not undone");
        assertEquals(new Answer.Text("first"), purpose(), "nothing written");
    }

    @Test
    void aTitleCheckedInIsAChangeForAColleagueWhoReadTheOldOne() {
        colleague.titleToEdit(id);
        PackagedAssessment now = store.read(List.of(id)).get(0);
        Assessment a = now.assessment();
        Assessment renamed = new Assessment(
                a.id(),
                "Renamed offline",
                a.systemName(),
                a.owner(),
                a.templateId(),
                a.templateVersion(),
                a.status(),
                a.progressPercent(),
                a.createdAt(),
                a.updatedAt());
        checkouts.checkIn(
                new PackagedAssessment(renamed, now.method(), now.answers(), now.overrides(), now.plan()),
                checkouts.versions(id),
                "checked in");

        assertThrows(ChangedElsewhere.class, () -> colleague.rename(id, "Ben's title"));
        assertEquals("Renamed offline", title());
    }

    @Test
    void aMoveToANewerQuestionnaireAfterTheVersionsWereReadRefusesTheWholeCheckIn() {
        UUID moving = colleague
                .create(new NewAssessment("Moving", "Bot", "Ben", MovingTemplates.V1.id(), 1))
                .id();
        checkouts.mark(new Checkout(moving, "", "Ana", Instant.parse("2026-12-01T10:00:00Z")));
        Map<String, Long> versions = checkouts.versions(moving);
        PackagedAssessment merged = store.read(List.of(moving)).get(0);
        colleague.answersToEdit(moving);
        colleague.moveToVersion(moving, VersionMove.between(MovingTemplates.V1, MovingTemplates.V2, Map.of()));

        assertThrows(UserFacingProblem.class, () -> checkouts.checkIn(merged, versions, "checked in"));

        assertEquals(2, store.read(List.of(moving)).get(0).assessment().templateVersion(), "the move stays");
    }

    @Test
    void aThreadStateChosenAtCheckInIsWrittenEvenWhenTheWorkspacesIsLater() {
        JdbcCommentRepository comments = new JdbcCommentRepository(two[1], TestClock.FIXED);
        Comment open = new Comment(
                UUID.randomUUID(),
                id,
                CommentAnchor.WHOLE_ASSESSMENT,
                null,
                null,
                "Ben",
                "",
                Instant.parse("2026-12-01T10:00:00Z"),
                "Why?",
                null);
        Comment reopenedThere =
                withResolution(open, new Resolution(false, "Ben", Instant.parse("2026-12-03T10:00:00Z")));
        comments.save(List.of(reopenedThere));
        Comment resolvedOffline =
                withResolution(open, new Resolution(true, "Ana", Instant.parse("2026-12-02T10:00:00Z")));
        PackagedAssessment now = store.read(List.of(id)).get(0);
        PackagedAssessment keptMine = new PackagedAssessment(
                now.assessment(), now.method(), now.answers(), now.overrides(), now.plan(), List.of(resolvedOffline));

        checkouts.checkIn(keptMine, checkouts.versions(id), "checked in");

        assertEquals(List.of(resolvedOffline), comments.comments(id), "the assessor chose the offline state");
    }

    private static Comment withResolution(Comment c, Resolution r) {
        return new Comment(
                c.id(),
                c.assessment(),
                c.anchor(),
                c.version(),
                c.replyTo(),
                c.author(),
                c.authorRole(),
                c.writtenAt(),
                c.text(),
                r);
    }
}
