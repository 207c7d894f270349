package org.airisk.workbench.questionnairedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.junit.jupiter.api.Test;

/** Templates written as files read back the same, and meet the published schema; so do the built-in ones. */
class TemplateWriterTest {
    private static List<String> builtIn() throws IOException {
        return TemplateLibrary.builtInNames().stream()
                .map(TemplateWriterTest::resource)
                .toList();
    }

    private static String resource(String name) {
        try (InputStream in = TemplateWriterTest.class.getResourceAsStream("/templates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyBuiltInTemplateMeetsTheSchemaAndReadsBackTheSameOnceWritten() throws IOException {
        TemplateReader reader = new TemplateReader();
        for (String json : builtIn()) {
            assertEquals(List.of(), TemplateSchema.check(json));
            QuestionnaireTemplate original =
                    reader.parse(json, "built-in").template().orElseThrow();
            String written = new TemplateWriter().write(original);
            assertEquals(List.of(), TemplateSchema.check(written), original.id());
            assertEquals(original, reader.parse(written, "written").template().orElseThrow(), original.id());
        }
    }

    @Test
    void optionScoresAreReadWrittenAndOptional() {
        String json = """
                {"id": "scored", "version": 1, "title": "Scored", "sections": [{"id": "s", "questions": [
                  {"id": "q", "type": "single_choice", "text": "Q?",
                   "options": [{"id": "a", "label": "A", "score": 2.5}, {"id": "b", "label": "B"}]}]}]}
                """;
        TemplateReader reader = new TemplateReader();
        QuestionnaireTemplate t = reader.read(json, "scored.json").template().orElseThrow();
        List<Option> options = t.question("q").orElseThrow().options();
        assertEquals(List.of(new Option("a", "A", new BigDecimal("2.5")), new Option("b", "B")), options);
        String written = new TemplateWriter().write(t);
        assertTrue(written.contains("\"score\" : 2.5"), written);
        assertFalse(written.contains("\"score\" : null"), written);
        assertEquals(t, reader.read(written, "again").template().orElseThrow());

        TemplateReader.Result bad = reader.read(json.replace("2.5", "\"high\""), "bad.json");
        assertEquals(
                "bad.json, q: 'score' must be a number", bad.problems().get(0).toString());
        assertFalse(TemplateSchema.check(json.replace("2.5", "\"high\"")).isEmpty());
    }
}
