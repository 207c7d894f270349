package org.airisk.workbench.questionnairedata.surveyjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.ImportReport;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.junit.jupiter.api.Test;

/** Small hand-written surveys, one construct each, mapped to templates; what is left out is listed by name. */
class SurveyJsImporterTest {
    private static ImportReport map(String json) {
        return map(json, null);
    }

    private static ImportReport map(String json, String language) {
        return new SurveyJsImporter()
                .read(json.replace('`', '"'), "Fallback", new SurveyJsImporter.Choice("s", language));
    }

    private static QuestionnaireTemplate template(String json) {
        ImportReport report = map(json);
        assertTrue(report.ok(), report.failure());
        return report.template().orElseThrow();
    }

    private static Question question(QuestionnaireTemplate t, String id) {
        return t.question(id).orElseThrow(() -> new AssertionError("no question " + id));
    }

    private static String reasonFor(ImportReport report, String element) {
        return report.notMapped().stream()
                .filter(n -> n.element().equals(element))
                .map(ImportReport.NotMapped::reason)
                .findFirst()
                .orElseThrow(() -> new AssertionError(element + " not reported: " + report.notMapped()));
    }

    private static final String TYPES = """
            {`title`: `Types`, `pages`: [{`name`: `p1`, `title`: `First`, `elements`: [
              {`type`: `radiogroup`, `name`: `radio`, `title`: `Pick one`, `isRequired`: true,
               `choices`: [{`value`: `a`, `text`: `A`, `score`: 2}, {`value`: `b`, `text`: `B`, `score`: 5}, `c`]},
              {`type`: `dropdown`, `name`: `drop`, `choices`: [1, 2, 3]},
              {`type`: `checkbox`, `name`: `check`, `choices`: [`x`, `y`], `hasOther`: true},
              {`type`: `boolean`, `name`: `bool`, `title`: `Agree?`, `labelTrue`: `Sure`},
              {`type`: `text`, `name`: `short`, `description`: `Say it`},
              {`type`: `text`, `name`: `count`, `inputType`: `number`, `min`: 0, `max`: 10},
              {`type`: `text`, `name`: `when`, `inputType`: `date`},
              {`type`: `comment`, `name`: `long`},
              {`type`: `rating`, `name`: `rate`, `minRateDescription`: `Low`, `maxRateDescription`: `High`},
              {`type`: `rating`, `name`: `rate10`, `rateMax`: 10},
              {`type`: `matrix`, `name`: `grid`, `title`: `Grid`, `columns`: [`lo`, `hi`],
               `rows`: [{`value`: `r1`, `text`: `Row one`}, `r2`]},
              {`type`: `multipletext`, `name`: `contact`, `items`: [{`name`: `mail`}, {`name`: `phone`}]},
              {`type`: `html`, `name`: `intro`, `html`: `<p>hi</p>`},
              {`type`: `file`, `name`: `upload`}
            ]}]}
            """;

    @Test
    void everyQuestionTypeMapsToItsCounterpart() {
        ImportReport report = map(TYPES);
        QuestionnaireTemplate t = report.template().orElseThrow();
        assertEquals("Types", t.title());
        assertEquals(1, t.sections().size());
        assertEquals("First", t.sections().get(0).title());
        Question radio = question(t, "radio");
        assertEquals(QuestionType.SINGLE_CHOICE, radio.type());
        assertTrue(radio.required());
        assertEquals(
                List.of(
                        new Option("a", "A", new BigDecimal("2")),
                        new Option("b", "B", new BigDecimal("5")),
                        new Option("c", "c")),
                radio.options());
        assertEquals(
                List.of("1", "2", "3"),
                question(t, "drop").options().stream().map(Option::id).toList());
        assertEquals(
                List.of("x", "y", "other"),
                question(t, "check").options().stream().map(Option::id).toList());
        assertEquals(QuestionType.MULTIPLE_CHOICE, question(t, "check").type());
        assertEquals(
                List.of(new Option("yes", "Sure"), new Option("no", "No")),
                question(t, "bool").options());
        assertEquals(QuestionType.SHORT_TEXT, question(t, "short").type());
        assertEquals("Say it", question(t, "short").help());
        assertEquals(QuestionType.NUMBER, question(t, "count").type());
        assertEquals(new BigDecimal("10"), question(t, "count").max());
        assertEquals(QuestionType.DATE, question(t, "when").type());
        assertEquals(QuestionType.LONG_TEXT, question(t, "long").type());
        assertEquals(QuestionType.SCALE, question(t, "rate").type());
        assertEquals(Map.of(1, "Low", 5, "High"), question(t, "rate").scaleLabels());
        assertEquals(10, question(t, "rate10").options().size());
        assertEquals("Grid: Row one", question(t, "grid.r1").text());
        assertEquals(
                List.of("lo", "hi"),
                question(t, "grid.r2").options().stream().map(Option::id).toList());
        assertEquals(QuestionType.SHORT_TEXT, question(t, "contact.mail").type());
        assertEquals(14, t.questions().count());

        assertTrue(reasonFor(report, "intro").contains("HTML"));
        assertTrue(reasonFor(report, "upload").contains("file upload"));
        assertTrue(reasonFor(report, "check").contains("'Other'"));
    }

    @Test
    void scoresAreKeptAndTotalled() {
        QuestionnaireTemplate t = template(TYPES);
        AnsweredQuestionnaire answered = new AnsweredQuestionnaire(t, Map.of("radio", new Answer.Choice("b")));
        assertEquals(new BigDecimal("5"), answered.totalScore());
    }

    private static final String CONDITIONS = """
            {`pages`: [
              {`name`: `p1`, `elements`: [
                {`type`: `radiogroup`, `name`: `kind`, `choices`: [`item1`, `item2`, `item3`]},
                {`type`: `checkbox`, `name`: `uses`, `choices`: [`a`, `b`, `c`]},
                {`type`: `boolean`, `name`: `ok`},
                {`type`: `rating`, `name`: `level`},
                {`type`: `text`, `name`: `n`, `inputType`: `number`},
                {`type`: `text`, `name`: `free`},
                {`type`: `comment`, `name`: `eq`, `visibleIf`: `{kind} = 'item1'`},
                {`type`: `comment`, `name`: `ne`, `visibleIf`: `{kind} != 'item1'`},
                {`type`: `comment`, `name`: `has`, `visibleIf`: `{uses} contains 'b'`},
                {`type`: `comment`, `name`: `any`, `visibleIf`: `{kind} anyof ['item2', 'item3']`},
                {`type`: `comment`, `name`: `filled`, `visibleIf`: `{uses} notempty`},
                {`type`: `comment`, `name`: `bool`, `visibleIf`: `{ok} = true`},
                {`type`: `comment`, `name`: `high`, `visibleIf`: `{level} >= 4`},
                {`type`: `comment`, `name`: `nested`,
                 `visibleIf`: `({kind} = 'item1' or {kind} = 'item2') and !({uses} contains 'c') and {n} > 3`},
                {`type`: `comment`, `name`: `text`, `visibleIf`: `{free} = 'x'`},
                {`type`: `comment`, `name`: `later`, `visibleIf`: `{after} = 'a'`},
                {`type`: `comment`, `name`: `broken`, `visibleIf`: `{kind} = 'item1' and (`},
                {`type`: `comment`, `name`: `func`, `visibleIf`: `age({n}) > 3`},
                {`type`: `comment`, `name`: `unknownValue`, `visibleIf`: `{kind} = 'item9'`},
                {`type`: `comment`, `name`: `partOfText`, `visibleIf`: `{free} contains 'x'`},
                {`type`: `radiogroup`, `name`: `after`, `choices`: [`a`, `b`]}
              ]},
              {`name`: `p2`, `visibleIf`: `{ok} = false`, `elements`: [
                {`type`: `panel`, `name`: `box`, `title`: `Box`, `visibleIf`: `{kind} = 'item3'`, `elements`: [
                  {`type`: `comment`, `name`: `inPanel`, `visibleIf`: `{level} < 2`}
                ]}
              ]}
            ]}
            """;

    @Test
    void visibleIfBecomesTheSameCondition() {
        ImportReport report = map(CONDITIONS);
        QuestionnaireTemplate t = report.template().orElseThrow();
        assertEquals(new Condition.Equals("kind", "item1"), question(t, "eq").showIf());
        assertEquals(
                new Condition.Not(new Condition.Equals("kind", "item1")),
                question(t, "ne").showIf());
        assertEquals(new Condition.Equals("uses", "b"), question(t, "has").showIf());
        assertEquals(
                new Condition.In("kind", Set.of("item2", "item3")),
                question(t, "any").showIf());
        assertEquals(
                new Condition.In("uses", Set.of("a", "b", "c")),
                question(t, "filled").showIf());
        assertEquals(new Condition.Equals("ok", "yes"), question(t, "bool").showIf());
        assertEquals(
                new Condition.Compare("level", Condition.Comparison.AT_LEAST, new BigDecimal("4")),
                question(t, "high").showIf());
        assertEquals(new Condition.Equals("free", "x"), question(t, "text").showIf());
        assertEquals(new Condition.Equals("ok", "no"), t.sections().get(1).showIf());
        assertEquals(
                new Condition.AllOf(List.of(
                        new Condition.Equals("kind", "item3"),
                        new Condition.Compare("level", Condition.Comparison.LESS_THAN, new BigDecimal("2")))),
                question(t, "inPanel").showIf());
        assertEquals(11, report.conditionCount());
    }

    @Test
    void nestedConditionsBehaveAsInTheSurvey() {
        Question nested = question(template(CONDITIONS), "nested");
        Map<String, Answer> shown = Map.of(
                "kind",
                new Answer.Choice("item2"),
                "uses",
                new Answer.Choices(List.of("a")),
                "n",
                new Answer.Number(new BigDecimal("4")));
        assertTrue(nested.showIf().holds(shown));
        assertFalse(nested.showIf()
                .holds(Map.of("kind", new Answer.Choice("item3"), "n", new Answer.Number(new BigDecimal("4")))));
        assertFalse(nested.showIf()
                .holds(Map.of(
                        "kind",
                        new Answer.Choice("item1"),
                        "uses",
                        new Answer.Choices(List.of("c")),
                        "n",
                        new Answer.Number(new BigDecimal("4")))));
        assertFalse(nested.showIf()
                .holds(Map.of("kind", new Answer.Choice("item1"), "n", new Answer.Number(new BigDecimal("3")))));
    }

    @Test
    void whatCannotBeExpressedIsShownAlwaysAndReportedItemByItem() {
        ImportReport report = map(CONDITIONS);
        QuestionnaireTemplate t = report.template().orElseThrow();
        for (String name : List.of("later", "broken", "func", "unknownValue", "partOfText")) {
            assertEquals(Condition.always(), question(t, name).showIf(), name);
            assertTrue(reasonFor(report, name).endsWith("it is shown always"), name);
        }
        assertTrue(reasonFor(report, "later").contains("{after} is asked after"), reasonFor(report, "later"));
        assertTrue(reasonFor(report, "broken").contains("cannot be read"));
        assertTrue(reasonFor(report, "func").contains("age()"));
        assertTrue(reasonFor(report, "unknownValue").contains("'item9' is not one of the choices"));
        assertTrue(reasonFor(report, "partOfText").contains("part of a text"));
        assertTrue(reasonFor(report, "panel box").contains("title is not kept"));
    }

    @Test
    void textsAreTakenInTheChosenLanguageElseTheDefault() {
        String survey = """
                {`title`: {`default`: `Survey`, `fr`: `Enquête`}, `pages`: [{`name`: `p`, `elements`: [
                  {`type`: `radiogroup`, `name`: `q`, `title`: {`default`: `Yes?`, `fr`: `Oui ?`},
                   `choices`: [{`value`: 1, `text`: {`default`: `One`, `fr`: `Un`}}, {`value`: 2, `text`: `Two`}]},
                  {`type`: `comment`, `name`: `c`, `title`: {`default`: `Why?`}}
                ]}]}
                """;
        QuestionnaireTemplate fr = map(survey, "fr").template().orElseThrow();
        assertEquals("Enquête", fr.title());
        assertEquals("Oui ?", question(fr, "q").text());
        assertEquals(
                List.of("Un", "Two"),
                question(fr, "q").options().stream().map(Option::label).toList());
        assertEquals("Why?", question(fr, "c").text());
        assertTrue(reasonFor(map(survey, "fr"), "survey").startsWith("1 text(s) have no 'fr' version"));
        assertEquals("Yes?", question(map(survey).template().orElseThrow(), "q").text());
        assertEquals(Set.of("fr"), SurveyJsImporter.languages(survey.replace('`', '"')));
    }

    @Test
    void namesBecomeValidUniqueIdsAndConditionsFollowThem() {
        QuestionnaireTemplate t = template("""
                {`elements`: [
                  {`type`: `radiogroup`, `name`: `Has children?`, `choices`: [`Yes please`, `No!`]},
                  {`type`: `comment`, `name`: `Has children_`, `visibleIf`: `{has children?} = 'Yes please'`}
                ]}
                """);
        assertEquals(
                List.of("Has_children", "Has_children_2"),
                t.questions().map(Question::id).toList());
        assertEquals(
                List.of("Yes_please", "No"),
                question(t, "Has_children").options().stream().map(Option::id).toList());
        assertEquals(
                new Condition.Equals("Has_children", "Yes_please"),
                question(t, "Has_children_2").showIf());
    }

    @Test
    void aFileThatIsNotASurveyGetsOneSentence() {
        for (String bad : List.of("{`pages`: ", "[1, 2]", "{`sections`: []}", "{`title`: `x`}")) {
            ImportReport report = map(bad);
            assertFalse(report.ok(), bad);
            assertTrue(report.failure().startsWith("The file is not a SurveyJS survey"), report.failure());
            assertFalse(report.failure().contains("Exception"), report.failure());
        }
        ImportReport nothing = map("{`pages`: [{`name`: `p`, `elements`: [{`type`: `html`, `name`: `h`}]}]}");
        assertFalse(nothing.ok());
        assertEquals(
                "The survey has no question that could be mapped; the list of what was left out says why.",
                nothing.failure());
    }
}
