package org.airisk.workbench.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcAssessmentPages;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryViewModelTest {
    @TempDir
    Path folder;

    private WorkbenchDatabase database;
    private JdbcAssessmentRepository repository;
    private final List<UUID> opened = new ArrayList<>();
    private LibraryViewModel model;

    @BeforeEach
    void setUp() {
        database = WorkbenchDatabase.open(folder);
        repository = new JdbcAssessmentRepository(database, TestClock.FIXED);
        repository.create(new NewAssessment("Chatbot review", "HelpBot", "Ann Lee", "quick-check", 1));
        repository.create(new NewAssessment("Credit scoring audit", "ScoreX", "Bo Chen", "quick-check", 1));
        repository.create(new NewAssessment("Old thing", "Legacy", "", "retired-template", 3));
        model = new LibraryViewModel(
                repository,
                new JdbcAssessmentPages(database),
                TemplateLibrary.load(null),
                new ImmediateBackgroundWork(),
                opened::add);
        model.refresh();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private List<String> shownTitles() {
        return model.shownRows().stream().map(AssessmentRow::title).sorted().toList();
    }

    /** Figures scored in the background reach the rows in place, and the assessor's selection stays put. */
    @Test
    void figuresWorkedOutInTheBackgroundUpdateRowsInPlaceKeepingTheSelection() {
        AssessmentRow chatbot = model.shownRows().stream()
                .filter(r -> r.title().equals("Chatbot review"))
                .findFirst()
                .orElseThrow();
        AssessmentRow other = model.shownRows().stream()
                .filter(r -> r.title().equals("Credit scoring audit"))
                .findFirst()
                .orElseThrow();
        model.selectedProperty().set(chatbot);
        repository.saveProgress(chatbot.id(), new Progress(3, 4));
        model.updateFigures();
        AssessmentRow updated = model.shownRows().stream()
                .filter(r -> r.id().equals(chatbot.id()))
                .findFirst()
                .orElseThrow();
        assertEquals(75, updated.progressPercent());
        assertEquals(chatbot.id(), model.selectedProperty().get().id(), "still selected");
        assertTrue(model.shownRows().stream().anyMatch(r -> r == other), "unchanged rows are the same objects");
    }

    /** Each row shows where its review stands; the library filters by it, and the search finds it too. */
    @Test
    void rowsShowTheirReviewStageAndTheLibraryFiltersByIt() {
        var reviews = new JdbcReviewRepository(database, TestClock.FIXED, ScoringMethod::standard);
        AssessmentRow chatbot = model.shownRows().stream()
                .filter(r -> r.title().equals("Chatbot review"))
                .findFirst()
                .orElseThrow();
        reviews.submit(chatbot.id(), "Ann Lee");
        model.refresh();
        assertEquals(
                "Submitted for review",
                model.shownRows().stream()
                        .filter(r -> r.id().equals(chatbot.id()))
                        .findFirst()
                        .orElseThrow()
                        .review());
        model.stageFilterProperty().set(ReviewStage.SUBMITTED);
        assertEquals(List.of("Chatbot review"), shownTitles());
        model.stageFilterProperty().set(ReviewStage.DRAFT);
        assertEquals(List.of("Credit scoring audit", "Old thing"), shownTitles());
        model.stageFilterProperty().set(null);
        model.searchProperty().set("submitted");
        assertEquals(List.of("Chatbot review"), shownTitles());
    }

    @Test
    void searchFiltersAsYouTypeOverTitleSystemOwnerAndQuestionnaire() {
        assertEquals(3, model.shownRows().size());
        model.searchProperty().set("chat");
        assertEquals(List.of("Chatbot review"), shownTitles());
        model.searchProperty().set("scorex");
        assertEquals(List.of("Credit scoring audit"), shownTitles());
        model.searchProperty().set("bo chen");
        assertEquals(List.of("Credit scoring audit"), shownTitles());
        model.searchProperty().set("quick check");
        assertEquals(List.of("Chatbot review", "Credit scoring audit"), shownTitles());
        model.searchProperty().set("nothing like this");
        assertEquals(List.of(), shownTitles());
        model.searchProperty().set("");
        assertEquals(3, model.shownRows().size());
    }

    @Test
    void rowsNameTheQuestionnaireOrSayItIsMissing() {
        model.searchProperty().set("legacy");
        assertEquals(
                "retired-template v3 (not installed)", model.shownRows().get(0).questionnaire());
        model.searchProperty().set("helpbot");
        assertEquals("AI system quick check v1", model.shownRows().get(0).questionnaire());
    }

    @Test
    void createOpensTheNewAssessment() {
        model.create(new NewAssessment("Fresh", "Sys", "", "quick-check", 1));
        assertEquals(1, opened.size());
        assertEquals("Fresh", repository.find(opened.get(0)).orElseThrow().title());
        assertEquals(4, model.shownRows().size());
        assertEquals("Fresh", model.selectedProperty().get().title());
    }

    @Test
    void duplicateRenameAndDelete() {
        model.searchProperty().set("chatbot");
        AssessmentRow row = model.shownRows().get(0);
        repository.saveAnswer(row.id(), "q", new Answer.Text("kept"), new Progress(1, 2));
        model.duplicate(row);
        model.searchProperty().set("");
        assertTrue(shownTitles().contains("Copy of Chatbot review"));
        assertEquals("Copy of Chatbot review", model.selectedProperty().get().title());

        model.rename(model.selectedProperty().get(), "Second look");
        assertTrue(shownTitles().contains("Second look"));

        AssessmentRow toDelete = model.selectedProperty().get();
        model.delete(toDelete);
        assertFalse(shownTitles().contains("Second look"));
        assertEquals(
                "Deleted 'Second look'. Undo with Ctrl+Z.",
                model.messageProperty().get());
        assertTrue(model.canUndoDeleteProperty().get());

        model.undoDelete();
        assertTrue(shownTitles().contains("Second look"));
        assertEquals(toDelete.id(), model.selectedProperty().get().id());
        assertEquals(
                new Answer.Text("kept"),
                repository.answers(toDelete.id()).get("q").answer(),
                "answers come back with it");
        assertFalse(model.canUndoDeleteProperty().get());
    }

    @Test
    void failuresBecomeAMessageNotAnException() {
        AssessmentRow row = model.shownRows().get(0);
        repository.delete(row.id());
        model.rename(row, "Too late");
        assertTrue(
                model.problemProperty().get().contains("no longer exists"),
                model.problemProperty().get());
    }

    @Test
    void aRenameAfterAColleaguesIsRefusedAndTheirTitleShows() {
        AssessmentRow row = model.shownRows().stream()
                .filter(r -> r.title().equals("Chatbot review"))
                .findFirst()
                .orElseThrow();
        List<String> asked = new ArrayList<>();
        model.readTitleToRename(row, asked::add);
        assertEquals(List.of("Chatbot review"), asked);
        JdbcAssessmentRepository colleague =
                new JdbcAssessmentRepository(database, TestClock.FIXED, () -> new UserIdentity("Bo", "", ""));
        colleague.titleToEdit(row.id());
        colleague.rename(row.id(), "Chatbot review, Bo's");

        model.rename(row, "Chatbot review, mine");
        assertTrue(
                model.problemProperty().get().startsWith("Bo changed the assessment's title"),
                model.problemProperty().get());
        assertTrue(shownTitles().contains("Chatbot review, Bo's"), shownTitles().toString());
        assertFalse(shownTitles().contains("Chatbot review, mine"));
    }

    @Test
    void copyTitleStaysWithinTheLimit() {
        String longTitle = "x".repeat(NewAssessment.MAX_TITLE);
        assertEquals(
                NewAssessment.MAX_TITLE, LibraryViewModel.copyTitle(longTitle).length());
    }
}
