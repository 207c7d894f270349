package org.airisk.workbench.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The effects the answers bring into force: of shown, answered questions, whose 'when' holds for the answer. */
class EffectsInForceTest {
    private static final AnswerEffect RAISES =
            AnswerEffect.likelihood(new Condition.Equals("logs", "no"), "r-audit", 2);
    private static final AnswerEffect CONTROL =
            AnswerEffect.control(new Condition.Equals("logs", "yes"), "r-audit", "m-logging");
    private static final AnswerEffect NOT_APPLICABLE =
            AnswerEffect.notApplicable(new Condition.Equals("kids", "no"), "r-children");

    private static final QuestionnaireTemplate TEMPLATE = new QuestionnaireTemplate(
            "t",
            1,
            "T",
            "",
            List.of(new Section(
                    "s",
                    "S",
                    "",
                    null,
                    List.of(
                            question("public", null, List.of()),
                            question("logs", new Condition.Equals("public", "yes"), List.of(RAISES, CONTROL)),
                            question("kids", null, List.of(NOT_APPLICABLE))))));

    private static Question question(String id, Condition showIf, List<AnswerEffect> effects) {
        return new Question(
                id,
                QuestionType.YES_NO_UNSURE,
                "Q " + id,
                "",
                List.of(),
                false,
                List.of(),
                null,
                null,
                null,
                showIf,
                List.of(),
                effects,
                true);
    }

    private static List<AnswerEffect> inForce(Map<String, Answer> answers) {
        return new AnsweredQuestionnaire(TEMPLATE, answers)
                .effectsInForce().stream()
                        .map(AnsweredQuestionnaire.EffectInForce::effect)
                        .toList();
    }

    @Test
    void onlyTheEffectsWhoseAnswerIsGivenHold() {
        assertEquals(
                List.of(RAISES, NOT_APPLICABLE),
                inForce(Map.of(
                        "public",
                        new Answer.Choice("yes"),
                        "logs",
                        new Answer.Choice("no"),
                        "kids",
                        new Answer.Choice("no"))));
        assertEquals(
                List.of(CONTROL),
                inForce(Map.of(
                        "public",
                        new Answer.Choice("yes"),
                        "logs",
                        new Answer.Choice("yes"),
                        "kids",
                        new Answer.Choice("yes"))));
        assertEquals(List.of(), inForce(Map.of()));
    }

    @Test
    void aHiddenQuestionOrANotApplicableAnswerBringsNone() {
        assertEquals(
                List.of(),
                inForce(Map.of("public", new Answer.Choice("no"), "logs", new Answer.Choice("no"))),
                "'logs' is hidden: its kept answer counts for nothing");
        assertEquals(List.of(), inForce(Map.of("kids", new Answer.Choice(Question.NOT_APPLICABLE))));
        AnsweredQuestionnaire.EffectInForce one = new AnsweredQuestionnaire(
                        TEMPLATE, Map.of("kids", new Answer.Choice("no")))
                .effectsInForce()
                .get(0);
        assertEquals("kids", one.question().id());
        assertEquals(new Answer.Choice("no"), one.answer());
    }
}
