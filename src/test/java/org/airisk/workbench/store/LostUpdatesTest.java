package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.ChangedElsewhere;
import org.airisk.workbench.assessment.NewAssessment;
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
        id = ana.create(new NewAssessment("Chatbot", "Support bot", "Ana", "quick-check", 1)).id();
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    @Test
    void theSecondSaveOfAStaleAnswerIsRefusedAndTheFirstIsKept() {
        ana.saveAnswer(id, "purpose", new Answer.Text("first words"), HALF);
        ana.answers(id);
        ben.answers(id);
        clock.set(TestClock.NOW.plusSeconds(60));
        ana.saveAnswer(id, "purpose", new Answer.Text("Ana's change"), HALF);
        ChangedElsewhere refused = assertThrows(ChangedElsewhere.class,
                () -> ben.saveAnswer(id, "purpose", new Answer.Text("Ben's change"), HALF));
        assertEquals("Ana", refused.changedBy());
        assertEquals(TestClock.NOW.plusSeconds(60), refused.changedAt());
        assertTrue(refused.getMessage().startsWith("Ana changed this answer after you opened the assessment"),
                refused.getMessage());
        assertEquals(new Answer.Text("Ana's change"), ben.answers(id).get("purpose").answer());
    }

    @Test
    void afterReadingAgainTheSaveGoesThrough() {
        ben.answers(id);
        ana.answers(id);
        ana.saveAnswer(id, "purpose", new Answer.Text("Ana's"), HALF);
        assertThrows(ChangedElsewhere.class, () -> ben.saveAnswer(id, "purpose", new Answer.Text("Ben's"), HALF));
        ben.answers(id);
        ben.saveAnswer(id, "purpose", new Answer.Text("Ben's, having seen Ana's"), HALF);
        assertEquals(new Answer.Text("Ben's, having seen Ana's"), ana.answers(id).get("purpose").answer());
    }

    @Test
    void anAnswerWrittenElsewhereSinceReadingIsNotOverwrittenEither() {
        ben.answers(id);
        ana.answers(id);
        ana.saveAnswer(id, "purpose", new Answer.Text("Ana's"), HALF);
        assertThrows(ChangedElsewhere.class, () -> ben.saveAnswer(id, "purpose", new Answer.Text("Ben's"), HALF));
        assertThrows(ChangedElsewhere.class, () -> ben.saveNote(id, "purpose", "Ben's note"));
        assertEquals("", ana.answers(id).get("purpose").note());
    }

    @Test
    void aStaleNoteIsRefusedAndOnesOwnSavesNeverAre() {
        ana.answers(id);
        ben.answers(id);
        for (String note : List.of("one", "two", "three")) {
            ana.saveNote(id, "purpose", note);
            ana.saveAnswer(id, "purpose", new Answer.Text(note), HALF);
        }
        assertThrows(ChangedElsewhere.class, () -> ben.saveNote(id, "purpose", "Ben's note"));
        assertEquals("three", ana.answers(id).get("purpose").note());
        ben.saveAnswer(id, "other", new Answer.Choice("yes"), HALF);
        assertEquals(new Answer.Choice("yes"), ana.answers(id).get("other").answer());
    }
}
