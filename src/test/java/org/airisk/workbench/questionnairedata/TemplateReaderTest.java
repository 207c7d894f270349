package org.airisk.workbench.questionnairedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.TemplateProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateReaderTest {
    private static final String VALID = """
            {"id": "mini", "version": 2, "title": "Mini", "sections": [
              {"id": "s1", "title": "One", "questions": [
                {"id": "a", "type": "yes_no", "text": "A?", "required": true},
                {"id": "b", "type": "number", "text": "B?", "min": 0, "showIf": {"question": "a", "equals": "yes"}},
                {"id": "c", "type": "multiple_choice", "text": "C?", "options": [{"id": "x", "label": "X"}, {"id": "y"}],
                 "showIf": {"allOf": [{"question": "b", "atLeast": 10}, {"not": {"question": "a", "in": ["no"]}}]}}
              ]}]}
            """;

    private final TemplateReader reader = new TemplateReader();

    @Test
    void readsAValidTemplateWithConditions() {
        TemplateReader.Result result = reader.read(VALID, "mini.json");
        assertEquals(List.of(), result.problems());
        QuestionnaireTemplate template = result.template().orElseThrow();
        assertEquals("mini", template.id());
        assertEquals(2, template.version());
        assertEquals(3, template.questions().count());
        assertEquals(
                new Condition.Equals("a", "yes"),
                template.question("b").orElseThrow().showIf());
        assertTrue(template.question("c").orElseThrow().showIf() instanceof Condition.AllOf);
        assertEquals("y", template.question("c").orElseThrow().options().get(1).label());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON         | {"id": "x", "version": 1,                                  | | not valid JSON
            not an object          | []                                                          | | a template is a JSON object
            missing version        | {"id":"x","title":"X","sections":[]}                        | | 'version' must be
            unknown question type  | {"id":"x","version":1,"title":"X","sections":[{"id":"s","questions":[{"id":"q","type":"slider","text":"Q"}]}]} | q | unknown question type 'slider'
            condition without test | {"id":"x","version":1,"title":"X","sections":[{"id":"s","questions":[{"id":"p","type":"yes_no","text":"P"},{"id":"q","type":"yes_no","text":"Q","showIf":{"question":"p"}}]}]} | q | needs one of
            later question         | {"id":"x","version":1,"title":"X","sections":[{"id":"s","questions":[{"id":"q","type":"yes_no","text":"Q","showIf":{"question":"p","equals":"yes"}},{"id":"p","type":"yes_no","text":"P"}]}]} | q | not asked before
            """)
    void reportsProblemsWithFileAndQuestion(String name, String json, String element, String problem) {
        TemplateReader.Result result = reader.read(json, "bad.json");
        assertTrue(result.template().isEmpty());
        assertTrue(
                result.problems().stream()
                        .anyMatch(p -> p.source().equals("bad.json")
                                && p.problem().contains(problem)
                                && (element == null || p.elementId().equals(element))),
                () -> "expected " + problem + " but got " + result.problems());
    }

    @Test
    void builtInQuickCheckCoversEveryQuestionTypeAndHasConditions() {
        TemplateLibrary library = TemplateLibrary.load(null);
        assertEquals(List.of(), library.problems());
        QuestionnaireTemplate quick = library.newest("quick-check").orElseThrow();
        Set<QuestionType> types = quick.questions().map(q -> q.type()).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(QuestionType.class), types);
        assertEquals(3, quick.sections().size());
        long conditional =
                quick.questions().filter(q -> q.showIf() != Condition.always()).count()
                        + quick.sections().stream()
                                .filter(s -> s.showIf() != Condition.always())
                                .count();
        assertTrue(conditional >= 2, "at least two conditions");
        assertTrue(quick.questions().allMatch(q -> !q.help().isBlank()), "every question says why we ask");
    }

    @Test
    void invalidUserTemplateIsReportedAndTheRestStillLoad(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("good.json"), VALID);
        Files.writeString(
                folder.resolve("broken.json"),
                "{\"id\": \"broken\", \"version\": 1, \"title\": \"B\", "
                        + "\"sections\": [{\"id\": \"s\", \"questions\": [{\"id\": \"q\", \"type\": \"yes_no\", \"text\": \"Q\"},"
                        + "{\"id\": \"q\", \"type\": \"yes_no\", \"text\": \"Again\"}]}]}");
        Files.writeString(folder.resolve("notes.txt"), "ignored: not a template");
        TemplateLibrary library = TemplateLibrary.load(folder);
        assertTrue(library.newest("mini").isPresent());
        assertTrue(library.newest("quick-check").isPresent());
        assertTrue(library.newest("broken").isEmpty());
        List<TemplateProblem> problems = library.problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).source().endsWith("broken.json"));
        assertEquals("q", problems.get(0).elementId());
        assertTrue(problems.get(0).problem().contains("duplicate id"));
    }

    @Test
    void includedTemplatesComeFirstAndTheirQuestionsCanBeNamedInConditions(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("base.json"), VALID);
        Files.writeString(folder.resolve("extended.json"), """
                {"id": "extended", "version": 1, "title": "Extended", "includes": [{"id": "mini", "version": 2}],
                 "sections": [{"id": "more", "showIf": {"question": "a", "equals": "yes"}, "questions": [
                   {"id": "d", "type": "yes_no", "text": "D?", "informs": ["atlas-data-bias"], "effects": [
                     {"when": {"equals": "no"}, "risk": "atlas-data-bias", "likelihood": 2},
                     {"when": {"in": ["yes"]}, "risks": ["atlas-data-bias", "atlas-data-poisoning"], "control": "mit-x"}]}
                 ]}]}
                """);
        Files.writeString(folder.resolve("orphan.json"), """
                {"id": "orphan", "version": 1, "title": "Orphan", "includes": [{"id": "missing", "version": 1}],
                 "sections": [{"id": "s", "questions": [{"id": "q", "type": "yes_no", "text": "Q?"}]}]}
                """);
        TemplateLibrary library = TemplateLibrary.load(folder);
        QuestionnaireTemplate extended = library.newest("extended").orElseThrow();
        assertEquals(
                List.of("s1", "more"),
                extended.sections().stream().map(s -> s.id()).toList());
        var d = extended.question("d").orElseThrow();
        assertEquals(3, d.effects().size());
        assertEquals(Set.of("atlas-data-bias", "atlas-data-poisoning"), d.informedRisks());
        assertTrue(library.newest("orphan").isEmpty());
        assertTrue(
                library.problems().stream()
                        .anyMatch(p -> p.source().endsWith("orphan.json")
                                && p.problem().contains("includes template missing v1, which is not installed")),
                library.problems()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            effect delta out of range | {"when": {"equals": "no"}, "risk": "r", "likelihood": 5}    | between -3 and 3
            effect without a kind     | {"when": {"equals": "no"}, "risk": "r"}                     | needs one of
            effect on a wrong option  | {"when": {"equals": "maybe"}, "risk": "r", "impact": 1}    | not one of its options
            effect without a risk     | {"when": {"equals": "no"}, "impact": 1}                     | names the risk
            """)
    void badEffectsAreReported(String name, String effect, String problem) {
        String json = "{\"id\":\"x\",\"version\":1,\"title\":\"X\",\"sections\":[{\"id\":\"s\",\"questions\":["
                + "{\"id\":\"q\",\"type\":\"yes_no\",\"text\":\"Q\",\"effects\":[" + effect + "]}]}]}";
        TemplateReader.Result result = reader.read(json, "effects.json");
        assertTrue(
                result.problems().stream()
                        .anyMatch(p ->
                                p.problem().contains(problem) && p.elementId().equals("q")),
                () -> "expected " + problem + " but got " + result.problems());
    }

    @Test
    void templatesNamingUnknownRisksOrMitigationsAreLeftOutWithAReason(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("refs.json"), """
                {"id": "refs", "version": 1, "title": "Refs", "sections": [{"id": "s", "questions": [
                  {"id": "q", "type": "yes_no", "text": "Q?", "informs": ["atlas-data-bias"], "effects": [
                    {"when": {"equals": "yes"}, "risk": "atlas-data-bias", "control": "mit-does-not-exist"}]}]}]}
                """);
        TemplateLibrary library = TemplateLibrary.load(folder);
        assertTrue(library.newest("refs").isPresent());
        library.checkReferences(r -> r.equals("atlas-data-bias"), m -> false);
        assertTrue(library.newest("refs").isEmpty());
        assertTrue(
                library.problems().stream()
                        .anyMatch(p -> p.elementId().equals("q")
                                && p.problem().contains("unknown mitigation 'mit-does-not-exist'")),
                library.problems()::toString);
    }

    @Test
    void aTemplateFileClaimingABuiltInIdIsRefusedAndTheBuiltInStays(@TempDir Path folder) throws Exception {
        QuestionnaireTemplate builtIn =
                TemplateLibrary.load(null).newest("quick-check").orElseThrow();
        Files.writeString(
                folder.resolve("mine.json"),
                VALID.replace("\"mini\"", "\"quick-check\"")
                        .replace("\"version\": 2", "\"version\": " + (builtIn.version() + 1)));
        TemplateLibrary library = TemplateLibrary.load(folder);
        assertEquals(
                builtIn.version(), library.newest("quick-check").orElseThrow().version());
        assertEquals(
                builtIn.questions().count(),
                library.newest("quick-check").orElseThrow().questions().count());
        assertTrue(
                library.problems().stream()
                        .anyMatch(p -> p.source().endsWith("mine.json")
                                && p.problem().contains("of a built-in questionnaire")),
                library.problems()::toString);
    }

    @Test
    void newestVersionIsOfferedButOlderStayFindable(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("v2.json"), VALID);
        Files.writeString(folder.resolve("v1.json"), VALID.replace("\"version\": 2", "\"version\": 1"));
        TemplateLibrary library = TemplateLibrary.load(folder);
        assertEquals(2, library.newest("mini").orElseThrow().version());
        assertTrue(library.find("mini", 1).isPresent());
        assertEquals(
                1, library.offered().stream().filter(t -> t.id().equals("mini")).count());
    }
}
