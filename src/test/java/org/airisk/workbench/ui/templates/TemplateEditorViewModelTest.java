package org.airisk.workbench.ui.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.questionnaire.TemplateProblem;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.questionnairedata.surveyjs.QuestionnaireFiles;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questionnaire editor's model, without a window: each edit, the problems it leaves, undo, save and reload. */
class TemplateEditorViewModelTest {
    static final RiskCatalog CATALOG = new CatalogReader().readBuiltIn();

    @TempDir
    Path dir;

    private TemplateLibrary library() {
        return TemplateLibrary.load(dir.resolve("templates"));
    }

    private QuestionnairesViewModel questionnaires(TemplateLibrary library) {
        return new QuestionnairesViewModel(
                library, new QuestionnaireFiles(), CATALOG, dir, new ImmediateBackgroundWork());
    }

    /** An own questionnaire of one section with one yes/no question, never saved. */
    private TemplateEditorViewModel small(TemplateLibrary library) {
        Question first = new Question(
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
                null);
        QuestionnaireTemplate t = new QuestionnaireTemplate(
                "vendor", 1, "Vendor check", "", List.of(new Section("intro", "Intro", "", null, List.of(first))));
        return new TemplateEditorViewModel(
                t, 0, false, library, new QuestionnaireFiles(), CATALOG, dir, new ImmediateBackgroundWork());
    }

    private static List<String> sectionTitles(TemplateEditorViewModel m) {
        return m.template().sections().stream().map(Section::title).toList();
    }

    private static List<String> problems(TemplateEditorViewModel m) {
        return m.problems().stream()
                .map(p -> p.elementId() + ": " + p.problem())
                .toList();
    }

    @Test
    void sectionsAreAddedRenamedMovedAndDeleted() {
        TemplateEditorViewModel m = small(library());
        m.addSection();
        assertEquals(List.of("Intro", "New section"), sectionTitles(m));
        assertEquals(1, m.sectionProperty().get(), "the new section is selected");
        assertEquals(List.of("section_1: the section has no questions"), problems(m));
        assertEquals(List.of("the section has no questions"), m.problemsOf("section_1"));

        m.renameSection("Hosting");
        m.moveSection(-1);
        assertEquals(List.of("Hosting", "Intro"), sectionTitles(m));
        assertEquals(0, m.sectionProperty().get(), "the selection follows the section moved");
        m.moveSection(-1);
        assertEquals(List.of("Hosting", "Intro"), sectionTitles(m), "the first section goes no higher");

        m.deleteSection();
        assertEquals(List.of("Intro"), sectionTitles(m));
        assertEquals(List.of(), problems(m));
    }

    @Test
    void questionsAreAddedEditedMovedAndDeletedWithTheirOptions() {
        TemplateEditorViewModel m = small(library());
        m.selectQuestion(0);
        m.addQuestion();
        assertEquals(1, m.questionProperty().get());
        Question added = m.selectedQuestion().orElseThrow();
        assertEquals("question_1", added.id());
        m.setText("Where is it hosted?");
        m.setHelp("The hosting country decides which law applies.");
        m.setExamples("EU data centre\n\n  US cloud region  ");
        m.setRequired(true);
        m.setType(QuestionType.SINGLE_CHOICE);
        assertEquals(List.of("question_1: a single_choice question needs at least two options"), problems(m));

        m.addOption();
        m.addOption();
        m.setOptionLabel(0, "In the EU");
        m.setOptionLabel(1, "Elsewhere");
        m.moveOption(1, -1);
        assertEquals(List.of(), problems(m));
        Question q = m.selectedQuestion().orElseThrow();
        assertEquals(List.of(new Option("option_2", "Elsewhere"), new Option("option_1", "In the EU")), q.options());
        assertEquals("The hosting country decides which law applies.", q.help());
        assertEquals(List.of("EU data centre", "US cloud region"), q.examples());
        assertTrue(q.required());

        m.removeOption(0);
        assertEquals(List.of("question_1: a single_choice question needs at least two options"), problems(m));
        m.setType(QuestionType.LONG_TEXT);
        assertEquals(List.of(), m.selectedQuestion().orElseThrow().options(), "a text question has no options");
        assertEquals(List.of(), problems(m));

        m.moveQuestion(-1);
        assertEquals(List.of("question_1", "hosted"), ids(m));
        assertEquals(0, m.questionProperty().get());
        m.setText("");
        assertEquals(List.of("the question has no text"), m.problemsOf("question_1"));
        m.deleteQuestion();
        assertEquals(List.of("hosted"), ids(m));
        assertEquals(List.of(), problems(m));
    }

    private static List<String> ids(TemplateEditorViewModel m) {
        return m.selectedSection().orElseThrow().questions().stream()
                .map(Question::id)
                .toList();
    }

    @Test
    void theConditionPickerReadsEarlierQuestionsAndTheValidatorChecksItsValue() {
        TemplateEditorViewModel m = small(library());
        m.selectQuestion(0);
        assertEquals(List.of(), m.conditions().earlierQuestions(), "the first question can depend on none");
        m.addQuestion();
        assertEquals(
                List.of("hosted"),
                m.conditions().earlierQuestions().stream().map(Question::id).toList());

        m.conditions().setCondition(new ConditionChoice("hosted", ConditionChoice.Operator.EQUALS, "yes"));
        assertEquals(
                new Condition.Equals("hosted", "yes"),
                m.selectedQuestion().orElseThrow().showIf());
        m.conditions().setCondition(new ConditionChoice("hosted", ConditionChoice.Operator.NOT_EQUALS, "no"));
        Condition shown = m.selectedQuestion().orElseThrow().showIf();
        assertEquals(new Condition.Not(new Condition.Equals("hosted", "no")), shown);
        assertEquals(
                new ConditionChoice("hosted", ConditionChoice.Operator.NOT_EQUALS, "no"),
                ConditionChoice.of(shown).orElseThrow(),
                "the picker reads back what it made");

        m.conditions().setCondition(new ConditionChoice("hosted", ConditionChoice.Operator.EQUALS, "maybe"));
        assertEquals(
                List.of("question_1: the condition expects 'maybe' from 'hosted', which is not one of its "
                        + "options"),
                problems(m));
        m.moveQuestion(-1);
        assertTrue(
                problems(m)
                        .contains("question_1: the condition names question 'hosted', which is not asked "
                                + "before this question"),
                problems(m).toString());

        m.conditions().setCondition(null);
        assertEquals(Condition.always(), m.selectedQuestion().orElseThrow().showIf());
        assertEquals(List.of(), problems(m));
        assertEquals("does not include", ConditionChoice.Operator.NOT_EQUALS.label(QuestionType.MULTIPLE_CHOICE));
        assertEquals("equals", ConditionChoice.Operator.EQUALS.label(QuestionType.SHORT_TEXT));
    }

    @Test
    void clausesJoinedByAnyOrAllAreBuiltOneByOneAndSavedAsTheyRead() throws Exception {
        TemplateLibrary library = library();
        TemplateEditorViewModel m = small(library);
        m.selectQuestion(0);
        m.addQuestion();
        m.setType(QuestionType.NUMBER);
        m.setText("How many users?");
        m.addQuestion();
        m.setText("Which vendor?");
        assertEquals(Optional.of(ShowWhen.ALWAYS), m.conditions().showWhen());

        m.conditions().setClause(0, new ConditionChoice("hosted", ConditionChoice.Operator.EQUALS, "yes"));
        assertEquals(
                new Condition.Equals("hosted", "yes"),
                m.selectedQuestion().orElseThrow().showIf(),
                "one clause is that clause alone");
        m.conditions().setClause(1, new ConditionChoice("question_1", ConditionChoice.Operator.NOT_EQUALS, "0"));
        Condition both = new Condition.AllOf(List.of(
                new Condition.Equals("hosted", "yes"), new Condition.Not(new Condition.Equals("question_1", "0"))));
        assertEquals(both, m.selectedQuestion().orElseThrow().showIf(), "all of, until told otherwise");
        m.conditions().setJoin(ShowWhen.Join.ANY);
        Condition either = new Condition.AnyOf(both instanceof Condition.AllOf a ? a.conditions() : List.of());
        assertEquals(either, m.selectedQuestion().orElseThrow().showIf());
        assertEquals(ShowWhen.Join.ANY, m.conditions().showWhen().orElseThrow().join());
        assertEquals(List.of(), problems(m));

        m.conditions().setClause(1, new ConditionChoice("hosted", ConditionChoice.Operator.EQUALS, "perhaps"));
        assertEquals(
                List.of("question_2: the condition expects 'perhaps' from 'hosted', which is not one of its "
                        + "options"),
                problems(m),
                "each clause is checked");
        m.undo();
        assertEquals(either, m.selectedQuestion().orElseThrow().showIf(), "undo takes back one clause's change");

        List<Path> saved = new ArrayList<>();
        m.save(saved::add);
        QuestionnaireTemplate back =
                TemplateLibrary.load(dir.resolve("templates")).newest("vendor").orElseThrow();
        assertEquals(either, back.question("question_2").orElseThrow().showIf(), "saved and read back the same");
        assertTrue(Files.readString(saved.get(0)).contains("\"anyOf\""));

        m.conditions().removeClause(0);
        assertEquals(
                new Condition.Not(new Condition.Equals("question_1", "0")),
                m.selectedQuestion().orElseThrow().showIf(),
                "the clause left stands alone");
        m.conditions().removeClause(0);
        assertEquals(Condition.always(), m.selectedQuestion().orElseThrow().showIf());
    }

    @Test
    void aConditionRicherThanThePickerIsReplacedOnlyWhenAClauseIsSet() {
        Condition.In many = new Condition.In("hosted", Set.of("yes", "no"));
        assertEquals(Optional.empty(), ShowWhen.of(many));
        assertEquals(
                Optional.empty(),
                ShowWhen.of(new Condition.AnyOf(List.of(
                        new Condition.Equals("a", "x"), new Condition.AllOf(List.of(new Condition.Equals("b", "y")))))),
                "a nested combination is not read as clauses");
        ShowWhen read = ShowWhen.of(new Condition.AnyOf(
                        List.of(new Condition.Equals("a", "x"), new Condition.Not(new Condition.Equals("b", "y")))))
                .orElseThrow();
        assertEquals(
                new ShowWhen(
                        ShowWhen.Join.ANY,
                        List.of(
                                new ConditionChoice("a", ConditionChoice.Operator.EQUALS, "x"),
                                new ConditionChoice("b", ConditionChoice.Operator.NOT_EQUALS, "y"))),
                read);

        TemplateEditorViewModel m = small(library());
        m.selectQuestion(0);
        m.addQuestion();
        m.conditions().setShowWhen(ShowWhen.ALWAYS);
        m.conditions().setJoin(ShowWhen.Join.ANY);
        assertEquals(Condition.always(), m.selectedQuestion().orElseThrow().showIf(), "no clause, no condition");
        m.conditions().setClause(3, new ConditionChoice("hosted", ConditionChoice.Operator.EQUALS, "no"));
        assertEquals(
                new Condition.Equals("hosted", "no"),
                m.selectedQuestion().orElseThrow().showIf(),
                "an index past the end adds the clause");
    }

    @Test
    void answerEffectsAreChosenFromTheCatalogEditedUndoneAndSaved() throws Exception {
        TemplateEditorViewModel m = small(library());
        m.selectQuestion(0);
        CatalogSearch search = new CatalogSearch(m.catalog());
        Risk risk = search.risks("privacy RIGHTS").get(0);
        assertEquals("atlas-data-privacy-rights", risk.id(), "found by words of its name, in any case");
        assertEquals(List.of(risk), search.risks("atlas-data-privacy-rights"), "and by its id");
        assertEquals(List.of(), search.risks("no such risk anywhere"));
        List<Mitigation> forRisk = m.catalog().mitigationsFor(risk.id());
        assertFalse(forRisk.isEmpty());
        assertEquals(
                forRisk,
                search.mitigations("", risk.id()).subList(0, forRisk.size()),
                "the risk's own mitigations come first");

        m.effects().add("");
        assertEquals(List.of("hosted: an answer effect names no risk: choose the risk it changes"), problems(m));
        m.effects().setRisk(0, risk.id());
        assertEquals(List.of(), problems(m));
        assertEquals(
                AnswerEffect.likelihood(new Condition.Equals("hosted", "yes"), risk.id(), 1),
                m.selectedQuestion().orElseThrow().effects().get(0),
                "likelihood +1 on the first option");
        m.effects().setAnswer(0, "no");
        m.effects().setStep(0, 3);
        assertEquals(AnswerEffect.likelihood(new Condition.Equals("hosted", "no"), risk.id(), 3), effect(m));
        m.effects().setKind(0, AnswerEffect.Kind.IMPACT);
        assertEquals(
                AnswerEffect.impact(new Condition.Equals("hosted", "no"), risk.id(), 3),
                effect(m),
                "the step is kept from likelihood to impact");
        m.effects().setKind(0, AnswerEffect.Kind.CONTROL);
        assertEquals(
                List.of("hosted: effect on '" + risk.id() + "': a control names the mitigation in place"), problems(m));
        m.effects().setMitigation(0, forRisk.get(0).id());
        m.effects().setAnswer(0, "yes");
        AnswerEffect control = AnswerEffect.control(
                new Condition.Equals("hosted", "yes"), risk.id(), forRisk.get(0).id());
        assertEquals(control, effect(m));
        m.effects().setStep(0, 0);
        assertEquals(List.of(), problems(m));

        m.undo();
        assertEquals(
                AnswerEffect.control(
                        new Condition.Equals("hosted", "no"),
                        risk.id(),
                        forRisk.get(0).id()),
                effect(m),
                "undo takes back the answer chosen");
        m.redo();
        assertEquals(control, effect(m));

        m.effects().add(risk.id());
        m.effects().setKind(1, AnswerEffect.Kind.NOT_APPLICABLE);
        m.effects().setAnswer(1, "not_sure");
        m.save(path -> {});
        QuestionnaireTemplate back =
                TemplateLibrary.load(dir.resolve("templates")).newest("vendor").orElseThrow();
        assertEquals(
                List.of(control, AnswerEffect.notApplicable(new Condition.Equals("hosted", "not_sure"), risk.id())),
                back.question("hosted").orElseThrow().effects(),
                "saved and read back the same");

        m.effects().remove(0);
        assertEquals(1, m.selectedQuestion().orElseThrow().effects().size());
        m.undo();
        assertEquals(control, effect(m));
    }

    private static AnswerEffect effect(TemplateEditorViewModel m) {
        return m.selectedQuestion().orElseThrow().effects().get(0);
    }

    @Test
    void undoAndRedoStepThroughChangesAndTypingInOneFieldIsOneStep() {
        TemplateEditorViewModel m = small(library());
        QuestionnaireTemplate start = m.template();
        assertFalse(m.canUndoProperty().get());
        m.selectQuestion(0);
        m.setText("I");
        m.setText("Is");
        m.setText("Is it ours?");
        m.setRequired(false);
        m.addSection();

        m.undo();
        assertEquals(List.of("Intro"), sectionTitles(m));
        assertEquals(0, m.sectionProperty().get(), "the selection comes back with the change undone");
        m.undo();
        assertTrue(m.template().question("hosted").orElseThrow().required());
        assertEquals(
                "Is it ours?", m.template().question("hosted").orElseThrow().text());
        m.undo();
        assertEquals(start, m.template(), "the typing was one step");
        assertFalse(m.canUndoProperty().get());

        m.redo();
        m.redo();
        assertFalse(m.template().question("hosted").orElseThrow().required());
        assertTrue(m.canRedoProperty().get());
        m.setTitle("Vendor check, 2025");
        assertFalse(m.canRedoProperty().get(), "a new change drops what was undone");
        m.undo();
        assertEquals("Vendor check", m.template().title());
    }

    @Test
    void aDuplicatedBuiltInIsSavedAsVersionOneThenTwoAndReadsBack() throws Exception {
        TemplateLibrary library = library();
        QuestionnairesViewModel list = questionnaires(library);
        QuestionnaireTemplate quickCheck = library.newest("quick-check").orElseThrow();
        assertTrue(list.isBuiltIn(quickCheck));
        assertEquals(quickCheck.displayName() + " (built in)", list.describe(quickCheck));

        TemplateEditorViewModel builtIn = list.open(quickCheck);
        builtIn.addSection();
        assertEquals(quickCheck, builtIn.template(), "a built-in questionnaire is not changed");
        assertTrue(builtIn.status().startsWith("A built-in questionnaire is read-only"));

        TemplateEditorViewModel copy = list.duplicate(quickCheck);
        assertEquals("quick-check-copy", copy.template().id());
        assertEquals("Copy of " + quickCheck.title(), copy.template().title());
        copy.addQuestion();
        copy.setText("Who signs off the model card?");
        List<Path> saved = new ArrayList<>();
        copy.save(saved::add);
        assertEquals(List.of(dir.resolve("templates").resolve("quick-check-copy-v1.json")), saved);
        assertEquals(1, copy.template().version());
        assertFalse(copy.unsavedProperty().get());
        assertTrue(copy.status().startsWith("Saved as version 1"), copy.status());
        list.refresh();
        assertTrue(list.questionnaires().stream().anyMatch(t -> t.id().equals("quick-check-copy")), "offered at once");
        assertEquals("quick-check-copy-2", list.duplicate(quickCheck).template().id(), "the next copy's own id");

        copy.setType(QuestionType.SINGLE_CHOICE);
        copy.save(saved::add);
        assertEquals(1, saved.size(), "an invalid questionnaire is not saved");
        assertEquals("Not saved: 1 problem(s) are listed below; fix them, then save again.", copy.status());
        copy.undo();
        copy.save(saved::add);
        assertEquals(dir.resolve("templates").resolve("quick-check-copy-v2.json"), saved.get(1));

        TemplateLibrary reloaded = library();
        assertEquals(
                List.of(),
                reloaded.problems().stream().map(TemplateProblem::toString).toList());
        QuestionnaireTemplate back = reloaded.newest("quick-check-copy").orElseThrow();
        assertEquals(2, back.version());
        assertEquals(copy.template().sections(), back.sections());
        assertTrue(back.question("question_1").map(Question::text).orElseThrow().startsWith("Who signs off"));
        assertTrue(Files.exists(saved.get(0)), "version 1 stays for the assessments answered on it");
    }
}
