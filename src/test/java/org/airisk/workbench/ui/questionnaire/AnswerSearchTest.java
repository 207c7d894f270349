package org.airisk.workbench.ui.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: a search over all answers and notes of the open assessment, without a window. */
class AnswerSearchTest {
    @TempDir
    Path folder;

    private WorkbenchDatabase database;
    private QuestionnaireViewModel model;
    private AnswerSearch search;

    @BeforeEach
    void setUp() {
        database = WorkbenchDatabase.open(folder);
        JdbcAssessmentRepository repository = new JdbcAssessmentRepository(database, TestClock.FIXED);
        QuestionnaireTemplate template =
                TemplateLibrary.load(null).newest("quick-check").orElseThrow();
        Assessment a = repository.create(new NewAssessment("T", "S", "", template.id(), template.version()));
        model = new QuestionnaireViewModel(
                a, template, repository.answers(a.id()), repository, new ImmediateBackgroundWork());
        model.answerProperty("purpose_summary").set(new Answer.Text("Summarises support tickets for the café team"));
        model.answerProperty("domain").set(new Answer.Choice("finance"));
        model.noteProperty("domain").set("Confirmed with Ana from Acme Lending on the kickoff call");
        search = new AnswerSearch(model);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private List<String> found(String query) {
        search.queryProperty().set(query);
        return search.matches().stream().map(AnswerSearch.Match::questionId).toList();
    }

    @Test
    void findsTextInAnswersNotesAndChoicesIgnoringCaseAndAccents() {
        assertEquals(List.of("purpose_summary"), found("CAFE"));
        assertEquals(List.of("domain"), found("acme"));
        assertEquals("Note", search.matches().get(0).where());
        assertTrue(search.matches().get(0).excerpt().contains("Acme Lending"));
        assertEquals(List.of("domain"), found("finance and credit"), "a choice is found by its label");
        assertEquals("Answer", search.matches().get(0).where());
        assertEquals("1 question matches.", search.summaryProperty().get());
    }

    @Test
    void everyWordMustOccurInTheSameQuestion() {
        assertEquals(List.of("domain"), found("kickoff ana"));
        assertEquals(List.of(), found("kickoff tickets"), "the words are in two different questions");
        assertTrue(search.summaryProperty().get().startsWith("No answer, note or question contains"));
    }

    @Test
    void followsTheAnswersAsTheyChangeAndOpensTheQuestion() {
        assertEquals(List.of(), found("payroll"));
        model.noteProperty("purpose_summary").set("Payroll questions are out of scope");
        search.queryProperty().set("");
        assertEquals(List.of("purpose_summary"), found("payroll"));
        search.open(search.matches().get(0));
        assertEquals("purpose_summary", model.focusRequestProperty().get());
    }

    @Test
    void emptySearchListsNothingAndSaysWhatToType() {
        assertEquals(List.of(), found("   "));
        assertTrue(search.summaryProperty().get().startsWith("Type a word"));
    }

    @Test
    void anExcerptIsOneLineAroundTheHit() {
        String text = "a".repeat(200) + " needle " + "b".repeat(200);
        String excerpt = AnswerSearch.excerpt(text, 201);
        assertTrue(excerpt.contains("needle"), excerpt);
        assertTrue(excerpt.startsWith("\u2026") && excerpt.endsWith("\u2026"), excerpt);
        assertEquals("line one line two", AnswerSearch.excerpt("line one\nline two", 0));
        assertEquals("cafe", AnswerSearch.fold("Café"));
    }
}
