package org.airisk.workbench.ui.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireViewModelTest {
    @TempDir
    Path folder;

    private WorkbenchDatabase database;
    private JdbcAssessmentRepository repository;
    private QuestionnaireTemplate template;
    private Assessment assessment;
    private QuestionnaireViewModel model;

    @BeforeEach
    void setUp() {
        database = WorkbenchDatabase.open(folder);
        repository = new JdbcAssessmentRepository(database, TestClock.FIXED);
        template = TemplateLibrary.load(null).newest("quick-check").orElseThrow();
        assessment = repository.create(new NewAssessment("T", "S", "", template.id(), template.version()));
        model = open();
    }

    private QuestionnaireViewModel open() {
        return new QuestionnaireViewModel(
                assessment, template, repository.answers(assessment.id()), repository, new ImmediateBackgroundWork());
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private List<String> sectionIds() {
        return model.shownSections().stream().map(Section::id).toList();
    }

    @Test
    void notApplicableStandsOnlyWithAReasonInTheNote() {
        template =
                TemplateLibrary.load(null).newest("foundation-model-assessment").orElseThrow();
        assessment = repository.create(new NewAssessment("FM", "S", "", template.id(), template.version()));
        model = open();
        int before = model.missingAnswers().size();
        model.answerProperty("fm_out_code").set(new Answer.Choice(Question.NOT_APPLICABLE));
        assertEquals(before, model.missingAnswers().size(), "answered, but now the reason is missing");
        assertTrue(model.missingAnswers().stream()
                .anyMatch(m -> m.needsReason() && m.question().id().equals("fm_out_code")));
        model.noteProperty("fm_out_code").set("The system writes no code.");
        assertEquals(before - 1, model.missingAnswers().size());
        assertTrue(
                model.missingAnswers().stream().noneMatch(m -> m.question().id().equals("fm_out_code")));
        model.noteProperty("fm_out_code").set("  ");
        assertTrue(model.missingAnswers().stream().anyMatch(m -> m.needsReason()), "a blank note is no reason");
    }

    @Test
    void everyAnswerIsSavedAtOnceWithProgress() {
        model.answerProperty("purpose_summary").set(new Answer.Text("Summarises tickets"));
        model.noteProperty("purpose_summary").set("from the kickoff meeting");
        assertEquals("Saved", model.saveTextProperty().get());
        var saved = repository.answers(assessment.id()).get("purpose_summary");
        assertEquals(new Answer.Text("Summarises tickets"), saved.answer());
        assertEquals("from the kickoff meeting", saved.note());
        Assessment read = repository.find(assessment.id()).orElseThrow();
        assertEquals(AssessmentStatus.IN_PROGRESS, read.status());
        assertTrue(read.progressPercent() > 0);
    }

    @Test
    void conditionsShowAndHideQuestionsAndHiddenAnswersStopCounting() {
        assertFalse(model.shownProperty("special_categories").get());
        int requiredBefore = model.stateProperty().get().progress().required();

        model.answerProperty("personal_data").set(new Answer.Choice("yes"));
        assertTrue(model.shownProperty("special_categories").get());
        assertEquals(requiredBefore + 1, model.stateProperty().get().progress().required());

        model.answerProperty("special_categories").set(new Answer.Choices(List.of("health")));
        int answeredWithSpecial = model.stateProperty().get().progress().answered();

        model.answerProperty("personal_data").set(new Answer.Choice("no"));
        assertFalse(model.shownProperty("special_categories").get());
        assertEquals(
                answeredWithSpecial - 1,
                model.stateProperty().get().progress().answered(),
                "hidden answer no longer counts, the 'no' still does");
        assertEquals(
                new Answer.Choices(List.of("health")),
                model.answerProperty("special_categories").get(),
                "the hidden answer is kept");
        assertEquals(
                new Answer.Choices(List.of("health")),
                repository.answers(assessment.id()).get("special_categories").answer());
    }

    @Test
    void wholeSectionDisappearsAndNavigationSkipsIt() {
        assertEquals(List.of("purpose", "data", "oversight"), sectionIds());
        model.answerProperty("domain").set(new Answer.Choice("internal_productivity"));
        assertEquals(List.of("purpose", "data"), sectionIds());
        assertEquals("purpose", model.currentSectionProperty().get().id());
        assertFalse(model.hasPreviousProperty().get());
        model.next();
        assertEquals("data", model.currentSectionProperty().get().id());
        assertFalse(model.hasNextProperty().get());
        model.next();
        assertEquals("data", model.currentSectionProperty().get().id());
        model.previous();
        assertEquals("purpose", model.currentSectionProperty().get().id());
    }

    @Test
    void completenessSummaryJumpsToTheQuestion() {
        assertEquals("purpose_summary", model.missingAnswers().get(0).question().id());
        model.goTo("go_live");
        assertEquals("oversight", model.currentSectionProperty().get().id());
        assertEquals("go_live", model.focusRequestProperty().get());
        model.answerProperty("go_live").set(new Answer.Date(LocalDate.of(2026, 1, 5)));
        assertTrue(
                model.missingAnswers().stream().noneMatch(m -> m.question().id().equals("go_live")));
    }

    @Test
    void reopeningShowsEverythingAsItWas() {
        model.answerProperty("people_reached").set(new Answer.Number(new BigDecimal("25000")));
        model.answerProperty("large_scale_oversight").set(new Answer.Choice("not_sure"));
        model.answerProperty("decision_impact").set(new Answer.Scale(4));
        model.noteProperty("decision_impact").set("ask legal");
        QuestionnaireViewModel reopened = open();
        assertEquals(
                new Answer.Number(new BigDecimal("25000")),
                reopened.answerProperty("people_reached").get());
        assertEquals(
                new Answer.Scale(4), reopened.answerProperty("decision_impact").get());
        assertEquals("ask legal", reopened.noteProperty("decision_impact").get());
        assertTrue(reopened.shownProperty("large_scale_oversight").get());
        assertEquals(model.progressProperty().get(), reopened.progressProperty().get());
    }

    @Test
    void clearingAnAnswerSavesTheClearing() {
        model.answerProperty("domain").set(new Answer.Choice("finance"));
        model.answerProperty("domain").set(null);
        assertNull(repository.answers(assessment.id()).get("domain").answer());
    }

    @Test
    void aFailedSaveSaysSoAndCanBeRetried() {
        repository.delete(assessment.id());
        model.answerProperty("domain").set(new Answer.Choice("finance"));
        assertEquals("Not saved", model.saveTextProperty().get());
        assertTrue(model.saveProblemProperty().get().contains("no longer exists"));
    }
}
