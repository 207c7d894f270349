package org.airisk.workbench.ui.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.questionnairedata.surveyjs.QuestionnaireFiles;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.airisk.workbench.ui.questionnaire.QuestionnaireViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The condition picker's "not" groups and number comparisons: built, checked, read from a file and previewed. */
class ConditionPickerTest {
    /** Written by hand: a yes/no, a number, a choice, then three questions shown by a not, a comparison, a none-of. */
    private static final String TEMPLATE = """
            {
              "id": "hand-made",
              "version": 1,
              "title": "Hand-made conditions",
              "sections": [
                {
                  "id": "only",
                  "title": "Only",
                  "questions": [
                    {"id": "hosted", "type": "yes_no", "text": "Is it hosted by a vendor?"},
                    {"id": "users", "type": "number", "text": "How many users?"},
                    {"id": "region", "type": "single_choice", "text": "Where?",
                     "options": [{"id": "eu", "label": "In the EU"}, {"id": "us", "label": "In the US"}]},
                    {"id": "not_hosted", "type": "short_text", "text": "Who runs it?",
                     "showIf": {"not": {"question": "hosted", "equals": "yes"}}},
                    {"id": "many", "type": "short_text", "text": "Who watches it?",
                     "showIf": {"question": "users", "atLeast": 1000.5}},
                    {"id": "neither", "type": "short_text", "text": "Why not?",
                     "showIf": {"not": {"anyOf": [{"question": "users", "lessThan": 10},
                                                 {"question": "region", "equals": "us"}]}}}
                  ]
                }
              ]
            }
            """;

    private static final Condition.Compare MANY =
            new Condition.Compare("users", Condition.Comparison.AT_LEAST, new BigDecimal("1000.5"));
    private static final Condition NEITHER = new Condition.Not(new Condition.AnyOf(List.of(
            new Condition.Compare("users", Condition.Comparison.LESS_THAN, BigDecimal.TEN),
            new Condition.Equals("region", "us"))));

    @TempDir
    Path dir;

    private TemplateEditorViewModel handMade() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("hand-made-v1.json"), TEMPLATE);
        TemplateLibrary library = TemplateLibrary.load(templates);
        QuestionnaireTemplate t = library.newest("hand-made").orElseThrow();
        return new QuestionnairesViewModel(
                        library,
                        new QuestionnaireFiles(),
                        TemplateEditorViewModelTest.CATALOG,
                        dir,
                        new ImmediateBackgroundWork())
                .open(t);
    }

    private static Condition shownWhen(TemplateEditorViewModel m) {
        return m.selectedQuestion().orElseThrow().showIf();
    }

    private static ConditionChoice clause(String question, ConditionChoice.Operator op, String value) {
        return new ConditionChoice(question, op, value);
    }

    @Test
    void aNotAndAComparisonAreAddedAndRemovedClauseByClause() throws Exception {
        TemplateEditorViewModel m = handMade();
        m.selectQuestion(3);
        ShowWhenEdits c = m.conditions();
        c.setShowWhen(ShowWhen.ALWAYS);
        c.setClause(0, clause("users", ConditionChoice.Operator.GREATER_THAN, " 50 "));
        assertEquals(
                new Condition.Compare("users", Condition.Comparison.GREATER_THAN, new BigDecimal("50")), shownWhen(m));
        c.setClause(0, clause("users", ConditionChoice.Operator.GREATER_THAN, "fifty"));
        assertEquals(
                new Condition.Compare("users", Condition.Comparison.GREATER_THAN, new BigDecimal("50")),
                shownWhen(m),
                "a comparison with a word is not applied");

        c.setClause(1, clause("region", ConditionChoice.Operator.EQUALS, "eu"));
        c.setJoin(ShowWhen.Join.NONE);
        Condition.Compare over50 =
                new Condition.Compare("users", Condition.Comparison.GREATER_THAN, new BigDecimal("50"));
        List<Condition> both = List.of(over50, new Condition.Equals("region", "eu"));
        assertEquals(new Condition.Not(new Condition.AnyOf(both)), shownWhen(m));
        c.setJoin(ShowWhen.Join.NOT_ALL);
        assertEquals(new Condition.Not(new Condition.AllOf(both)), shownWhen(m));
        assertEquals(List.of(), m.problemsOf("not_hosted"));

        c.removeClause(1);
        assertEquals(
                new Condition.Not(new Condition.AllOf(List.of(over50))),
                shownWhen(m),
                "a negated group of one clause still negates it");
        assertEquals(ShowWhen.Join.NOT_ALL, c.showWhen().orElseThrow().join());
        c.removeClause(0);
        assertEquals(Condition.always(), shownWhen(m));
        m.undo();
        assertEquals(new Condition.Not(new Condition.AllOf(List.of(over50))), shownWhen(m), "undone");
    }

    @Test
    void theValueIsCheckedAgainstTheQuestionItReads() throws Exception {
        TemplateEditorViewModel m = handMade();
        ShowWhenEdits c = m.conditions();
        assertEquals(Optional.empty(), c.problemOf(clause("users", ConditionChoice.Operator.AT_MOST, "2.5")));
        assertEquals(
                Optional.of("\u201cmany\u201d is not a number: write it like 10000 or 2.5."),
                c.problemOf(clause("users", ConditionChoice.Operator.AT_MOST, "many")));
        assertEquals(
                Optional.of("\u201casia\u201d is not one of this question's answers."),
                c.problemOf(clause("region", ConditionChoice.Operator.NOT_EQUALS, "asia")));
        assertEquals(
                Optional.of("Only a number or scale answer can be compared; this one is yes / no / not sure."),
                c.problemOf(clause("hosted", ConditionChoice.Operator.AT_LEAST, "1")));
        assertEquals(
                List.of(ConditionChoice.Operator.EQUALS, ConditionChoice.Operator.NOT_EQUALS),
                ConditionChoice.Operator.offeredFor(
                        m.template().question("region").orElseThrow().type()),
                "comparisons are offered for numbers and scales only");
        assertEquals(
                6,
                ConditionChoice.Operator.offeredFor(
                                m.template().question("users").orElseThrow().type())
                        .size());
    }

    @Test
    void handWrittenNotAndComparisonConditionsShowInThePickerAndSaveBackUnchanged() throws Exception {
        TemplateEditorViewModel m = handMade();
        m.selectQuestion(3);
        assertEquals(
                Optional.of(new ShowWhen(
                        ShowWhen.Join.ALL, List.of(clause("hosted", ConditionChoice.Operator.NOT_EQUALS, "yes")))),
                m.conditions().showWhen());
        m.selectQuestion(4);
        assertEquals(MANY, shownWhen(m));
        assertEquals(
                Optional.of(new ShowWhen(
                        ShowWhen.Join.ALL, List.of(clause("users", ConditionChoice.Operator.AT_LEAST, "1000.5")))),
                m.conditions().showWhen());
        m.selectQuestion(5);
        assertEquals(NEITHER, shownWhen(m));
        assertEquals(
                Optional.of(new ShowWhen(
                        ShowWhen.Join.NONE,
                        List.of(
                                clause("users", ConditionChoice.Operator.LESS_THAN, "10"),
                                clause("region", ConditionChoice.Operator.EQUALS, "us")))),
                m.conditions().showWhen());

        m.selectQuestion(0);
        m.setHelp("Asked so the conditions below have something to read.");
        List<Path> saved = new ArrayList<>();
        m.save(saved::add);
        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree(TEMPLATE).at("/sections/0/questions");
        JsonNode after = json.readTree(saved.get(0).toFile()).at("/sections/0/questions");
        for (int i = 3; i < 6; i++) {
            assertEquals(before.get(i).get("showIf"), after.get(i).get("showIf"), "question " + i);
        }
        QuestionnaireTemplate back = TemplateLibrary.load(dir.resolve("templates"))
                .newest("hand-made")
                .orElseThrow();
        assertEquals(2, back.version());
        assertEquals(MANY, back.question("many").orElseThrow().showIf());
        assertEquals(NEITHER, back.question("neither").orElseThrow().showIf());
    }

    @Test
    void thePreviewHonoursNotGroupsAndComparisons() throws Exception {
        TemplateEditorViewModel m = handMade();
        TemplatePreviewViewModel preview = new TemplatePreviewViewModel(m);
        QuestionnaireViewModel q = preview.questionnaire();
        assertTrue(q.shownProperty("not_hosted").get(), "not yes while unanswered");
        q.answerProperty("hosted").set(new Answer.Choice("yes"));
        assertFalse(q.shownProperty("not_hosted").get());

        assertFalse(q.shownProperty("many").get(), "an unanswered number is not at least anything");
        q.answerProperty("users").set(new Answer.Number(new BigDecimal("1000.5")));
        assertTrue(q.shownProperty("many").get());
        assertTrue(q.shownProperty("neither").get());
        q.answerProperty("region").set(new Answer.Choice("us"));
        assertFalse(q.shownProperty("neither").get(), "none of: one holds");
        q.answerProperty("region").set(new Answer.Choice("eu"));
        q.answerProperty("users").set(new Answer.Number(new BigDecimal("9")));
        assertFalse(q.shownProperty("many").get());
        assertFalse(q.shownProperty("neither").get(), "fewer than ten");

        m.selectQuestion(4);
        m.conditions().setClause(0, clause("users", ConditionChoice.Operator.AT_MOST, "9"));
        assertTrue(preview.questionnaire().shownProperty("many").get(), "the edited comparison, answers kept");
    }
}
