package org.airisk.workbench.questionnairedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conditions combined with allOf / anyOf / not: what the schema and the reader accept, and what both refuse. */
class ConditionSchemaTest {
    private static String template(String showIf, String when) {
        return """
                {"id": "combined", "version": 1, "title": "Combined", "sections": [{"id": "s", "questions": [
                  {"id": "a", "type": "yes_no", "text": "A?"},
                  {"id": "b", "type": "number", "text": "B?"},
                  {"id": "c", "type": "short_text", "text": "C?", "showIf": %s,
                   "effects": [{"when": %s, "risk": "r", "likelihood": 1}]}]}]}
                """.formatted(showIf, when);
    }

    private static final String ANSWER = "{\"equals\": \"x\"}";

    @Test
    void nestedAnyAndAllMeetTheSchemaAndReadAsTheyAreWritten() {
        String json = template("""
                {"anyOf": [{"question": "a", "equals": "yes"},
                           {"allOf": [{"question": "b", "atLeast": 10}, {"not": {"question": "a", "in": ["no"]}}]}]}
                """, "{\"anyOf\": [{\"equals\": \"x\"}, {\"equals\": \"y\"}]}");
        assertEquals(List.of(), TemplateSchema.check(json));
        QuestionnaireTemplate t =
                new TemplateReader().read(json, "combined.json").template().orElseThrow();
        Condition showIf = t.question("c").orElseThrow().showIf();
        assertTrue(
                showIf instanceof Condition.AnyOf any && any.conditions().get(1) instanceof Condition.AllOf,
                showIf.toString());
        assertEquals(
                new Condition.AnyOf(List.of(new Condition.Equals("c", "x"), new Condition.Equals("c", "y"))),
                t.question("c").orElseThrow().effects().get(0).when(),
                "the effect's parts test its own question");
        String written = new TemplateWriter().write(t);
        assertEquals(List.of(), TemplateSchema.check(written));
        assertEquals(t, new TemplateReader().read(written, "again").template().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"question\": \"a\", \"equals\": \"yes\", \"anyOf\": [{\"question\": \"a\", \"equals\": \"no\"}]}",
                "{\"allOf\": [{\"question\": \"a\", \"equals\": \"yes\"}], \"anyOf\": [{\"question\": \"b\", \"atLeast\": 1}]}",
                "{\"question\": \"b\", \"atLeast\": 1, \"atMost\": 3}"
            })
    void aConditionWithTwoTestsAtOnceIsRefusedByBoth(String showIf) {
        String json = template(showIf, ANSWER);
        assertFalse(TemplateSchema.check(json).isEmpty(), "schema");
        TemplateReader.Result read = new TemplateReader().read(json, "two.json");
        assertTrue(read.template().isEmpty());
        assertTrue(
                read.problems().get(0).problem().startsWith("a condition holds one test or one combination"),
                read.problems().toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"anyOf\": []}",
                "{\"allOf\": {\"question\": \"a\", \"equals\": \"yes\"}}",
                "{\"question\": \"a\"}",
                "{\"equals\": \"yes\"}"
            })
    void anEmptyOrMalformedCombinationIsRefusedByBoth(String showIf) {
        String json = template(showIf, ANSWER);
        assertFalse(TemplateSchema.check(json).isEmpty(), "schema");
        assertTrue(new TemplateReader().read(json, "bad.json").template().isEmpty());
    }
}
