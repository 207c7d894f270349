package org.airisk.workbench.ui.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.questionnairedata.surveyjs.QuestionnaireFiles;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.airisk.workbench.ui.questionnaire.QuestionnaireViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's preview: the questionnaire run in memory, following each edit, saying which risks answers touch. */
class TemplatePreviewViewModelTest {
    private static final String RISK = "atlas-data-privacy-rights";
    private static final String MITIGATION = "mit-data-inventory";

    @TempDir
    Path dir;

    private TemplateEditorViewModel editor() {
        Question hosted = new Question(
                "hosted",
                QuestionType.YES_NO_UNSURE,
                "Is it hosted by a vendor?",
                "",
                null,
                true,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(
                        AnswerEffect.likelihood(new Condition.Equals("hosted", "yes"), RISK, 2),
                        AnswerEffect.control(new Condition.Equals("hosted", "no"), RISK, MITIGATION)));
        Question vendor = new Question(
                "vendor",
                QuestionType.SHORT_TEXT,
                "Which vendor?",
                "",
                null,
                true,
                null,
                null,
                null,
                null,
                new Condition.Equals("hosted", "yes"));
        QuestionnaireTemplate t = new QuestionnaireTemplate(
                "vendor-check",
                1,
                "Vendor check",
                "",
                List.of(
                        new Section("intro", "Intro", "", null, List.of(hosted, vendor)),
                        new Section(
                                "more",
                                "More",
                                "",
                                null,
                                List.of(new Question(
                                        "notes",
                                        QuestionType.LONG_TEXT,
                                        "Anything else?",
                                        "",
                                        null,
                                        false,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)))));
        return new TemplateEditorViewModel(
                t,
                0,
                false,
                TemplateLibrary.load(dir.resolve("templates")),
                new QuestionnaireFiles(),
                TemplateEditorViewModelTest.CATALOG,
                dir,
                new ImmediateBackgroundWork());
    }

    @Test
    void answeringShowsTheConditionalQuestionAndTheRisksTheAnswerInforms() {
        TemplatePreviewViewModel preview = new TemplatePreviewViewModel(editor());
        QuestionnaireViewModel q = preview.questionnaire();
        assertTrue(q.isPreview());
        assertFalse(q.shownProperty("vendor").get());
        assertEquals(List.of(), preview.effects());

        q.answerProperty("hosted").set(new Answer.Choice("yes"));
        assertTrue(q.shownProperty("vendor").get(), "the conditional question appears at once");
        assertEquals(
                List.of("\u201cIs it hosted by a vendor?\u201d: Yes \u2192 Data privacy rights alignment: "
                        + "likelihood +2"),
                preview.effects());
        q.answerProperty("hosted").set(new Answer.Choice("no"));
        assertFalse(q.shownProperty("vendor").get());
        assertEquals(
                List.of("\u201cIs it hosted by a vendor?\u201d: No \u2192 Data privacy rights alignment: "
                        + "control in place: Keep a data inventory with provenance for every source"),
                preview.effects());
        q.saveNow();
        q.retrySaving();
        assertEquals("Saved", q.saveTextProperty().get(), "a preview saves nothing and never fails to");
    }

    @Test
    void anEditRemakesThePreviewKeepingTheAnswersThatStillFitAndTheSectionEdited() throws Exception {
        TemplateEditorViewModel editor = editor();
        TemplatePreviewViewModel preview = new TemplatePreviewViewModel(editor);
        QuestionnaireViewModel first = preview.questionnaire();
        first.answerProperty("hosted").set(new Answer.Choice("yes"));
        first.answerProperty("vendor").set(new Answer.Text("Acme"));

        editor.selectQuestion(1);
        editor.setText("Which vendor hosts it?");
        QuestionnaireViewModel second = preview.questionnaire();
        assertNotSame(first, second);
        assertEquals(
                "Which vendor hosts it?",
                second.template().question("vendor").orElseThrow().text());
        assertEquals(new Answer.Text("Acme"), second.answerProperty("vendor").get(), "answers carried over");
        assertTrue(second.shownProperty("vendor").get());

        editor.setType(QuestionType.NUMBER);
        assertEquals(
                null,
                preview.questionnaire().answerProperty("vendor").get(),
                "a text answer does not fit a number question");
        assertEquals(
                new Answer.Choice("yes"),
                preview.questionnaire().answerProperty("hosted").get());

        editor.selectSection(1);
        assertEquals(
                "more",
                preview.questionnaire().currentSectionProperty().get().id(),
                "the preview opens the section being edited");
        editor.setText("Anything more?");
        assertEquals(
                "more", preview.questionnaire().currentSectionProperty().get().id());
        assertFalse(Files.exists(dir.resolve("templates")), "nothing written while previewing");
    }

    @Test
    void anAnswerFitsOnlyAQuestionThatTakesIt() {
        Question choice = new Question(
                "c",
                QuestionType.SINGLE_CHOICE,
                "C",
                "",
                null,
                false,
                List.of(new Option("a", "A"), new Option("b", "B")),
                null,
                null,
                null,
                null);
        assertTrue(TemplatePreviewViewModel.fits(choice, new Answer.Choice("a")));
        assertFalse(TemplatePreviewViewModel.fits(choice, new Answer.Choice("gone")), "an option removed");
        assertFalse(TemplatePreviewViewModel.fits(choice, new Answer.Choices(List.of("a"))));
        assertFalse(TemplatePreviewViewModel.fits(choice, new Answer.Text("a")));
    }
}
