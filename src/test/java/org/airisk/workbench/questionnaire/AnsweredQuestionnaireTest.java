package org.airisk.workbench.questionnaire;

import static org.airisk.workbench.questionnaire.Templates.atLeast;
import static org.airisk.workbench.questionnaire.Templates.is;
import static org.airisk.workbench.questionnaire.Templates.q;
import static org.airisk.workbench.questionnaire.Templates.section;
import static org.airisk.workbench.questionnaire.Templates.template;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnsweredQuestionnaireTest {
    /**
     * s1: uses (yes/no, required), users (number, required), detail (text, required, shown if uses = yes),
     * extra (text, optional). s2 (shown if users >= 100): review (yes/no, required), how (text, required, shown
     * if review = yes).
     */
    private static final QuestionnaireTemplate TEMPLATE = template(
            section(
                    "s1",
                    null,
                    q("uses", QuestionType.YES_NO_UNSURE, true),
                    q("users", QuestionType.NUMBER, true),
                    q("detail", QuestionType.SHORT_TEXT, true, is("uses", "yes")),
                    q("extra", QuestionType.LONG_TEXT, false)),
            section(
                    "s2",
                    atLeast("users", 100),
                    q("review", QuestionType.YES_NO_UNSURE, true),
                    q("how", QuestionType.SHORT_TEXT, true, is("review", "yes"))));

    private static Map<String, Answer> answers(Object... pairs) {
        Map<String, Answer> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Answer) pairs[i + 1]);
        }
        return map;
    }

    private static Answer yes() {
        return new Answer.Choice("yes");
    }

    private static Answer no() {
        return new Answer.Choice("no");
    }

    private static Answer number(int n) {
        return new Answer.Number(BigDecimal.valueOf(n));
    }

    private static Answer text(String t) {
        return new Answer.Text(t);
    }

    static Stream<Arguments> progressCases() {
        return Stream.of(
                Arguments.of(
                        "nothing answered: only unconditional required count",
                        answers(),
                        0,
                        2,
                        List.of("uses", "users")),
                Arguments.of("yes shows detail", answers("uses", yes()), 1, 3, List.of("users", "detail")),
                Arguments.of("no keeps detail hidden", answers("uses", no()), 1, 2, List.of("users")),
                Arguments.of(
                        "hidden answer kept but not counted",
                        answers("uses", no(), "detail", text("x")),
                        1,
                        2,
                        List.of("users")),
                Arguments.of(
                        "optional answers never count", answers("extra", text("x")), 0, 2, List.of("uses", "users")),
                Arguments.of(
                        "blank text is not an answer",
                        answers("uses", yes(), "detail", text("   ")),
                        1,
                        3,
                        List.of("users", "detail")),
                Arguments.of(
                        "threshold shows section 2",
                        answers("uses", no(), "users", number(100)),
                        2,
                        3,
                        List.of("review")),
                Arguments.of(
                        "below threshold section 2 hidden",
                        answers("uses", no(), "users", number(99), "review", yes(), "how", text("x")),
                        2,
                        2,
                        List.of()),
                Arguments.of(
                        "nested condition inside shown section",
                        answers("uses", no(), "users", number(500), "review", yes()),
                        3,
                        4,
                        List.of("how")),
                Arguments.of(
                        "answers in a hidden section switch nothing on",
                        answers("uses", no(), "users", number(5), "review", yes()),
                        2,
                        2,
                        List.of()),
                Arguments.of(
                        "all done",
                        answers("uses", yes(), "detail", text("d"), "users", number(100), "review", no()),
                        4,
                        4,
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("progressCases")
    void countsOnlyShownRequiredQuestions(
            String name, Map<String, Answer> given, int answered, int required, List<String> missing) {
        AnsweredQuestionnaire state = new AnsweredQuestionnaire(TEMPLATE, given);
        assertEquals(new Progress(answered, required), state.progress());
        assertEquals(
                missing,
                state.missingAnswers().stream().map(m -> m.question().id()).toList());
    }

    @Test
    void sectionProgressAndVisibility() {
        AnsweredQuestionnaire state = new AnsweredQuestionnaire(TEMPLATE, answers("uses", yes(), "users", number(10)));
        Section s1 = TEMPLATE.sections().get(0);
        Section s2 = TEMPLATE.sections().get(1);
        assertEquals(new Progress(2, 3), state.progress(s1));
        assertEquals(new Progress(0, 0), state.progress(s2));
        assertTrue(state.isShown(s1));
        assertFalse(state.isShown(s2));
        assertEquals(List.of(s1), state.shownSections());
        assertEquals(
                List.of("uses", "users", "detail", "extra"),
                state.shownQuestions(s1).stream().map(Question::id).toList());
        assertEquals(Map.of("uses", yes(), "users", number(10)), state.countedAnswers());
    }

    @Test
    void progressPercentAndCompleteness() {
        assertEquals(66, new Progress(2, 3).percent());
        assertEquals(100, new Progress(0, 0).percent());
        assertTrue(new Progress(0, 0).isComplete());
        assertFalse(new Progress(1, 2).isComplete());
    }
}
