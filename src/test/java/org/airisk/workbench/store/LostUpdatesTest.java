package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.ChangedElsewhere;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two workbenches saving the same answer: the second save of a stale answer is refused, never written over the
 * first (ADR 0023). Here both share one local library; the PostgreSQL subclass gives each its own connection.
 */
class LostUpdatesTest {
    private static final Progress HALF = new Progress(1, 2);

    @TempDir
    Path folder;

    private final TestClock.Settable clock = new TestClock.Settable();
    private WorkbenchDatabase first;
    private WorkbenchDatabase second;
    private JdbcAssessmentRepository ana;
    private JdbcAssessmentRepository ben;
    private UUID id;

    /** The two workbenches' libraries: the same local one twice here. */
    WorkbenchDatabase[] openTwo() {
        WorkbenchDatabase one = WorkbenchDatabase.open(folder);
        return new WorkbenchDatabase[] {one, one};
    }

    @BeforeEach
    void open() {
        WorkbenchDatabase[] two = openTwo();
        first = two[0];
        second = two[1];
        ana = new JdbcAssessmentRepository(first, clock, () -> new UserIdentity("Ana", "Assessor", ""));
        ben = new JdbcAssessmentRepository(second, clock, () -> new UserIdentity("Ben", "Assessor", ""));
        id = ana.create(new NewAssessment("Chatbot", "Support bot", "Ana", "quick-check", 1))
                .id();
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    @Test
    void theSecondSaveOfAStaleAnswerIsRefusedAndTheFirstIsKept() {
        ana.saveAnswer(id, "purpose", new Answer.Text("first words"), HALF);
        ana.answersToEdit(id);
        ben.answersToEdit(id);
        clock.set(TestClock.NOW.plusSeconds(60));
        ana.saveAnswer(id, "purpose", new Answer.Text("Ana's change"), HALF);
        ChangedElsewhere refused = assertThrows(
                ChangedElsewhere.class, () -> ben.saveAnswer(id, "purpose", new Answer.Text("Ben's change"), HALF));
        assertEquals("Ana", refused.changedBy());
        assertEquals(TestClock.NOW.plusSeconds(60), refused.changedAt());
        assertTrue(
                refused.getMessage().startsWith("Ana changed this answer after you opened the assessment"),
                refused.getMessage());
        assertEquals(
                new Answer.Text("Ana's change"), ben.answers(id).get("purpose").answer());
    }

    @Test
    void afterReadingAgainTheSaveGoesThrough() {
        ben.answersToEdit(id);
        ana.answersToEdit(id);
        ana.saveAnswer(id, "purpose", new Answer.Text("Ana's"), HALF);
        assertThrows(ChangedElsewhere.class, () -> ben.saveAnswer(id, "purpose", new Answer.Text("Ben's"), HALF));
        ben.answersToEdit(id);
        ben.saveAnswer(id, "purpose", new Answer.Text("Ben's, having seen Ana's"), HALF);
        assertEquals(
                new Answer.Text("Ben's, having seen Ana's"),
                ana.answers(id).get("purpose").answer());
    }

    @Test
    void anAnswerWrittenElsewhereSinceReadingIsNotOverwrittenEither() {
        ben.answersToEdit(id);
        ana.answersToEdit(id);
        ana.saveAnswer(id, "purpose", new Answer.Text("Ana's"), HALF);
        assertThrows(ChangedElsewhere.class, () -> ben.saveAnswer(id, "purpose", new Answer.Text("Ben's"), HALF));
        assertThrows(ChangedElsewhere.class, () -> ben.saveNote(id, "purpose", "Ben's note"));
        assertEquals("", ana.answers(id).get("purpose").note());
    }

    @Test
    void aStaleNoteIsRefusedAndOnesOwnSavesNeverAre() {
        ana.answersToEdit(id);
        ben.answersToEdit(id);
        for (String note : List.of("one", "two", "three")) {
            ana.saveNote(id, "purpose", note);
            ana.saveAnswer(id, "purpose", new Answer.Text(note), HALF);
        }
        assertThrows(ChangedElsewhere.class, () -> ben.saveNote(id, "purpose", "Ben's note"));
        assertEquals("three", ana.answers(id).get("purpose").note());
        ben.saveAnswer(id, "other", new Answer.Choice("yes"), HALF);
        assertEquals(new Answer.Choice("yes"), ana.answers(id).get("other").answer());
    }

    /**
     * A read that fails half-way (here on a damaged row) leaves what was seen as it was: one's own later saves are
     * not refused as if someone else had made them.
     */
    @Test
    void aReadThatFailsHalfWayDoesNotMakeOnesOwnSavesRefused() throws SQLException {
        ana.answersToEdit(id);
        try (PreparedStatement s = first.connection()
                .prepareStatement("INSERT INTO answer (assessment_id, "
                        + "question_id, kind, number_value, updated_at) VALUES (?, 'a-damaged', 'SCALE', 2.5, ?)")) {
            s.setObject(1, id);
            s.setObject(2, TestClock.NOW.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
        first.connection().commit();
        ana.saveAnswer(id, "purpose", new Answer.Text("first words"), HALF);
        assertThrows(RuntimeException.class, () -> ana.answersToEdit(id));
        ana.saveAnswer(id, "purpose", new Answer.Text("second words"), HALF);
        ana.saveNote(id, "purpose", "still mine");
    }

    /** A background read (catch-up scoring, checks) does not make a stale screen current: its save is still refused. */
    @Test
    void aReadThatDoesNotFeedAnEditorLeavesTheSeenVersionsAlone() {
        ana.answersToEdit(id);
        ben.answersToEdit(id);
        ana.saveAnswer(id, "purpose", new Answer.Text("Ana's"), HALF);
        ben.answers(id);
        assertThrows(ChangedElsewhere.class, () -> ben.saveAnswer(id, "purpose", new Answer.Text("Ben's"), HALF));
        assertEquals(new Answer.Text("Ana's"), ana.answers(id).get("purpose").answer());
    }

    /** A package imported over the assessment while it is open counts as someone else's save, never as none. */
    @Test
    void anImportOverAnAnswerOnScreenIsNotOverwrittenUnseen() {
        ana.saveAnswer(id, "purpose", new Answer.Text("first words"), HALF);
        ben.answersToEdit(id);
        JdbcPackageStore packages = new JdbcPackageStore(first, clock);
        PackagedAssessment here = packages.readWhole(List.of(id)).get(0);
        packages.importAll(
                List.of(new PackagedAssessment(
                        here.assessment(),
                        here.method(),
                        Map.of(
                                "purpose",
                                new RecordedAnswer("purpose", new Answer.Text("from the package"), "", TestClock.NOW)),
                        here.overrides(),
                        here.plan(),
                        here.comments(),
                        here.board())),
                PackageStore.Conflict.REPLACE);
        assertThrows(ChangedElsewhere.class, () -> ben.saveAnswer(id, "purpose", new Answer.Text("Ben's"), HALF));
        assertEquals(
                new Answer.Text("from the package"),
                ana.answers(id).get("purpose").answer());
    }

    /** Deleting empties only one's own bin: another person's deleted assessment can still be brought back. */
    @Test
    void aDeleteHereDoesNotEmptySomeoneElsesBin() {
        UUID bens = ben.create(new NewAssessment("Ben's", "Other bot", "Ben", "quick-check", 1))
                .id();
        ben.delete(bens);
        ana.delete(id);
        ben.restore(bens);
        assertTrue(ana.find(bens).isPresent());
        UUID anas = ana.create(new NewAssessment("Ana's second", "Third bot", "Ana", "quick-check", 1))
                .id();
        ana.delete(anas);
        assertThrows(RuntimeException.class, () -> ana.restore(id), "only one's latest delete can be undone");
    }
}
