package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcAssessmentRepositoryTest {
    /** The library under test: a new H2 data folder here; a new database on PostgreSQL in the subclass. */
    WorkbenchDatabase openLibrary() {
        return WorkbenchDatabase.open(folder);
    }

    @TempDir
    Path folder;

    private WorkbenchDatabase database;
    private JdbcAssessmentRepository repository;
    private final TestClock.Settable clock = new TestClock.Settable();

    @BeforeEach
    void open() {
        database = openLibrary();
        repository = new JdbcAssessmentRepository(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Assessment create(String title) {
        return repository.create(new NewAssessment(title, "System " + title, "Ann", "quick-check", 1));
    }

    @Test
    void freshMigrationCreatesAnEmptyDatabase() {
        assertTrue(database.createdNow());
        assertEquals(0, repository.count());
        assertEquals(List.of(), repository.list());
    }

    @Test
    void createsReadsAndListsNewestFirst() throws Exception {
        Assessment first = create("First");
        clock.set(TestClock.NOW.plusSeconds(60));
        Assessment second = create("Second");
        Assessment read = repository.find(first.id()).orElseThrow();
        assertEquals("First", read.title());
        assertEquals("System First", read.systemName());
        assertEquals("Ann", read.owner());
        assertEquals(AssessmentStatus.NOT_STARTED, read.status());
        assertEquals(
                List.of(second.id(), first.id()),
                repository.list().stream().map(AssessmentSummary::id).toList());
    }

    @Test
    void savesEveryKindOfAnswerAndNote() {
        Assessment a = create("Answers");
        Map<String, Answer> answers = Map.of(
                "choice", new Answer.Choice("yes"),
                "choices", new Answer.Choices(List.of("a", "b.c", "d-e")),
                "text", new Answer.Text("line one\nline two, with ünïcode"),
                "number", new Answer.Number(new BigDecimal("12345.678")),
                "scale", new Answer.Scale(4),
                "date", new Answer.Date(LocalDate.of(2026, 2, 28)));
        answers.forEach((q, answer) -> repository.saveAnswer(a.id(), q, answer, new Progress(1, 6)));
        repository.saveNote(a.id(), "text", "checked with the owner");
        repository.saveNote(a.id(), "only-note", "no answer yet");

        Map<String, RecordedAnswer> saved = repository.answers(a.id());
        answers.forEach((q, answer) -> assertEquals(answer, saved.get(q).answer(), q));
        assertEquals("checked with the owner", saved.get("text").note());
        assertNull(saved.get("only-note").answer());
        assertEquals("no answer yet", saved.get("only-note").note());

        repository.saveAnswer(a.id(), "choice", null, new Progress(0, 6));
        assertNull(repository.answers(a.id()).get("choice").answer());
    }

    @Test
    void answerSavesProgressAndStatusWithIt() {
        Assessment a = create("Progress");
        repository.saveAnswer(a.id(), "q", new Answer.Choice("yes"), new Progress(1, 4));
        Assessment read = repository.find(a.id()).orElseThrow();
        assertEquals(25, read.progressPercent());
        assertEquals(AssessmentStatus.IN_PROGRESS, read.status());
        repository.saveAnswer(a.id(), "q", new Answer.Choice("yes"), new Progress(4, 4));
        assertEquals(
                AssessmentStatus.COMPLETE, repository.find(a.id()).orElseThrow().status());
    }

    @Test
    void renamesDuplicatesAndDeletes() {
        Assessment a = create("Original");
        repository.saveAnswer(a.id(), "q", new Answer.Text("kept"), new Progress(1, 2));
        repository.saveNote(a.id(), "q", "note too");

        repository.rename(a.id(), "  Renamed  ");
        assertEquals("Renamed", repository.find(a.id()).orElseThrow().title());

        Assessment copy = repository.duplicate(a.id(), "Copy of Renamed");
        assertNotEquals(a.id(), copy.id());
        assertEquals(50, copy.progressPercent());
        assertEquals(
                new Answer.Text("kept"), repository.answers(copy.id()).get("q").answer());
        assertEquals("note too", repository.answers(copy.id()).get("q").note());

        repository.delete(a.id());
        assertTrue(repository.find(a.id()).isEmpty());
        assertEquals(Map.of(), repository.answers(a.id()));
        assertEquals(1, repository.count());
    }

    @Test
    void refusesImpossibleValuesWithAClearMessage() {
        assertThrows(
                IllegalArgumentException.class,
                () -> repository.create(new NewAssessment(" ", "S", "", "quick-check", 1)));
        Assessment a = create("A");
        assertThrows(IllegalArgumentException.class, () -> repository.rename(a.id(), ""));
        StorageException missing = assertThrows(
                StorageException.class,
                () -> repository.saveAnswer(UUID.randomUUID(), "q", new Answer.Text("x"), new Progress(0, 1)));
        assertTrue(missing.getMessage().contains("no longer exists"), missing.getMessage());
    }

    @Test
    void everythingIsThereAfterReopening() {
        Assessment a = create("Durable");
        repository.saveAnswer(a.id(), "q", new Answer.Scale(2), new Progress(1, 1));
        database.close();
        open();
        assertTrue(!database.createdNow());
        assertEquals(new Answer.Scale(2), repository.answers(a.id()).get("q").answer());
    }
}
