package org.airisk.workbench.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionTest {
    private static final Map<String, Answer> ANSWERS = Map.of(
            "yn", new Answer.Choice("yes"),
            "multi", new Answer.Choices(List.of("a", "c")),
            "count", new Answer.Number(new BigDecimal("1200")),
            "scale", new Answer.Scale(3),
            "text", new Answer.Text(" hello "),
            "date", new Answer.Date(LocalDate.of(2026, 1, 2)));

    static Stream<Arguments> cases() {
        Condition yes = new Condition.Equals("yn", "yes");
        Condition no = new Condition.Equals("yn", "no");
        return Stream.of(
                Arguments.of("equals holds", yes, true),
                Arguments.of("equals fails", no, false),
                Arguments.of("equals on multiple choice means includes", new Condition.Equals("multi", "c"), true),
                Arguments.of("equals on multiple choice, not selected", new Condition.Equals("multi", "b"), false),
                Arguments.of("equals on text ignores surrounding space", new Condition.Equals("text", "hello"), true),
                Arguments.of("equals on unanswered", new Condition.Equals("missing", "yes"), false),
                Arguments.of("in holds", new Condition.In("yn", Set.of("no", "yes")), true),
                Arguments.of("in fails", new Condition.In("yn", Set.of("no", "not_sure")), false),
                Arguments.of("in over multiple choice", new Condition.In("multi", Set.of("b", "c")), true),
                Arguments.of("not", new Condition.Not(no), true),
                Arguments.of("not on unanswered holds", new Condition.Not(new Condition.Equals("missing", "x")), true),
                Arguments.of(
                        "allOf all true", new Condition.AllOf(List.of(yes, new Condition.Equals("multi", "a"))), true),
                Arguments.of("allOf one false", new Condition.AllOf(List.of(yes, no)), false),
                Arguments.of("anyOf one true", new Condition.AnyOf(List.of(no, yes)), true),
                Arguments.of("anyOf none true", new Condition.AnyOf(List.of(no, no)), false),
                Arguments.of("greaterThan", compare("count", Condition.Comparison.GREATER_THAN, 1000), true),
                Arguments.of("greaterThan at bound", compare("count", Condition.Comparison.GREATER_THAN, 1200), false),
                Arguments.of("atLeast at bound", compare("count", Condition.Comparison.AT_LEAST, 1200), true),
                Arguments.of("lessThan", compare("count", Condition.Comparison.LESS_THAN, 1200), false),
                Arguments.of("atMost at bound", compare("count", Condition.Comparison.AT_MOST, 1200), true),
                Arguments.of("scale compares as number", compare("scale", Condition.Comparison.AT_LEAST, 3), true),
                Arguments.of("comparison on unanswered", compare("missing", Condition.Comparison.LESS_THAN, 5), false),
                Arguments.of(
                        "comparison on text never holds", compare("text", Condition.Comparison.LESS_THAN, 5), false),
                Arguments.of(
                        "allOf inside anyOf",
                        new Condition.AnyOf(List.of(
                                no,
                                new Condition.AllOf(
                                        List.of(yes, compare("count", Condition.Comparison.AT_LEAST, 1000))))),
                        true),
                Arguments.of(
                        "anyOf inside allOf, one part false",
                        new Condition.AllOf(
                                List.of(new Condition.AnyOf(List.of(no, yes)), new Condition.Equals("multi", "b"))),
                        false),
                Arguments.of(
                        "not of anyOf",
                        new Condition.Not(new Condition.AnyOf(List.of(no, new Condition.Equals("multi", "b")))),
                        true),
                Arguments.of(
                        "anyOf over unanswered questions",
                        new Condition.AnyOf(List.of(
                                new Condition.Equals("missing", "yes"),
                                compare("missing", Condition.Comparison.LESS_THAN, 9))),
                        false),
                Arguments.of("always", Condition.always(), true));
    }

    private static Condition compare(String q, Condition.Comparison c, int bound) {
        return new Condition.Compare(q, c, BigDecimal.valueOf(bound));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluates(String name, Condition condition, boolean expected) {
        assertEquals(expected, condition.holds(ANSWERS));
    }

    @Test
    void aCombinationReadsTheQuestionsOfAllItsParts() {
        Condition nested = new Condition.AnyOf(List.of(
                new Condition.Equals("yn", "yes"),
                new Condition.Not(new Condition.AllOf(List.of(
                        new Condition.Equals("multi", "a"), compare("count", Condition.Comparison.AT_MOST, 3))))));
        assertEquals(Set.of("yn", "multi", "count"), nested.questionIds());
    }
}
