package org.airisk.workbench.questionnaire;

import static org.airisk.workbench.questionnaire.Templates.atLeast;
import static org.airisk.workbench.questionnaire.Templates.is;
import static org.airisk.workbench.questionnaire.Templates.q;
import static org.airisk.workbench.questionnaire.Templates.section;
import static org.airisk.workbench.questionnaire.Templates.template;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateValidatorTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "valid",
                        template(section(
                                "s",
                                null,
                                q("a", QuestionType.YES_NO_UNSURE, true),
                                q("b", QuestionType.SHORT_TEXT, true, is("a", "yes")))),
                        null,
                        null),
                Arguments.of(
                        "duplicate question id",
                        template(section(
                                "s", null, q("a", QuestionType.SHORT_TEXT, true), q("a", QuestionType.NUMBER, true))),
                        "a",
                        "duplicate id"),
                Arguments.of(
                        "question id equal to a section id",
                        template(section("a", null, q("a", QuestionType.SHORT_TEXT, true))),
                        "a",
                        "duplicate id"),
                Arguments.of(
                        "condition names unknown question",
                        template(section("s", null, q("a", QuestionType.SHORT_TEXT, true, is("ghost", "x")))),
                        "a",
                        "unknown question 'ghost'"),
                Arguments.of(
                        "condition names a later question",
                        template(section(
                                "s",
                                null,
                                q("a", QuestionType.SHORT_TEXT, true, is("b", "yes")),
                                q("b", QuestionType.YES_NO_UNSURE, true))),
                        "a",
                        "not asked before"),
                Arguments.of(
                        "section condition names its own question",
                        template(section("s", is("a", "yes"), q("a", QuestionType.YES_NO_UNSURE, true))),
                        "s",
                        "not asked before"),
                Arguments.of(
                        "condition on itself is a cycle",
                        template(section("s", null, q("a", QuestionType.YES_NO_UNSURE, true, is("a", "yes")))),
                        "a",
                        "cycle"),
                Arguments.of(
                        "two questions in a cycle",
                        template(section(
                                "s",
                                null,
                                q("a", QuestionType.YES_NO_UNSURE, true, is("b", "yes")),
                                q("b", QuestionType.YES_NO_UNSURE, true, is("a", "yes")))),
                        null,
                        "cycle"),
                Arguments.of(
                        "value that is not an option",
                        template(section(
                                "s",
                                null,
                                q("a", QuestionType.YES_NO_UNSURE, true),
                                q("b", QuestionType.SHORT_TEXT, true, is("a", "maybe")))),
                        "b",
                        "not one of its options"),
                Arguments.of(
                        "numeric comparison on a choice",
                        template(section(
                                "s",
                                null,
                                q("a", QuestionType.YES_NO_UNSURE, true),
                                q("b", QuestionType.SHORT_TEXT, true, atLeast("a", 3)))),
                        "b",
                        "compares"),
                Arguments.of(
                        "choice without options",
                        template(section("s", null, q("a", QuestionType.SINGLE_CHOICE, true, "only"))),
                        "a",
                        "at least two options"),
                Arguments.of(
                        "duplicate option",
                        template(section("s", null, q("a", QuestionType.MULTIPLE_CHOICE, true, "x", "x"))),
                        "a",
                        "duplicate option"),
                Arguments.of(
                        "bad id characters",
                        template(section("s", null, q("a|b", QuestionType.SHORT_TEXT, true))),
                        "a|b",
                        "may contain only"),
                Arguments.of("empty section", template(section("s", null)), "s", "no questions"),
                Arguments.of("no sections", template(), "", "no sections"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEachKindOfProblem(String name, QuestionnaireTemplate template, String element, String problem) {
        List<TemplateProblem> problems = new TemplateValidator().validate(template, "test.json");
        if (problem == null) {
            assertEquals(List.of(), problems);
            return;
        }
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.problem().contains(problem)
                                && (element == null || p.elementId().equals(element))
                                && p.source().equals("test.json")),
                () -> "expected '" + problem + "' on '" + element + "' but got " + problems);
    }
}
