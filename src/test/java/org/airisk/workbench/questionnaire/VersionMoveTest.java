package org.airisk.workbench.questionnaire;

import static org.airisk.workbench.questionnaire.Templates.q;
import static org.airisk.workbench.questionnaire.Templates.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Moving answers from one version of a questionnaire to a newer one. */
class VersionMoveTest {
    private static final Question SAME = q("same", QuestionType.SINGLE_CHOICE, true, "a", "b");
    private static final Question GONE = q("gone", QuestionType.SHORT_TEXT, false);
    private static final Question REWORDED = q("reworded", QuestionType.YES_NO_UNSURE, true);
    private static final Question OPTIONS = q("options", QuestionType.SINGLE_CHOICE, true, "low", "high");
    private static final Question NEW = q("new", QuestionType.NUMBER, true);

    private static QuestionnaireTemplate version(int version, Question... questions) {
        return new QuestionnaireTemplate("t", version, "Test", "", List.of(section("s", null, questions)));
    }

    private static Question withText(Question q, String text) {
        return new Question(q.id(), q.type(), text, "", List.of(), q.required(), q.options(), null, null, null, null);
    }

    private static final QuestionnaireTemplate V1 = version(1, SAME, GONE, REWORDED, OPTIONS);
    private static final QuestionnaireTemplate V2 = version(
            2,
            SAME,
            withText(REWORDED, "Does a person check every output?"),
            q("options", QuestionType.SINGLE_CHOICE, true, "low", "medium"),
            NEW);

    @Test
    void listsTheQuestionsAddedRemovedAndChanged() {
        VersionMove move = VersionMove.between(V1, V2, Map.of());
        assertEquals(List.of("new"), move.added().stream().map(Question::id).toList());
        assertEquals(List.of("gone"), move.removed().stream().map(Question::id).toList());
        assertEquals(
                List.of("reworded", "options"),
                move.changed().stream().map(c -> c.after().id()).toList());
        assertTrue(move.changed().get(0).reasons().get(0).contains("Question reworded"));
        assertEquals(
                List.of("The answers it offers changed."), move.changed().get(1).reasons());
        assertTrue(move.answers().isEmpty());
        assertFalse(move.changesNoQuestion());
    }

    @Test
    void carriesAnAnswerToAnUnchangedQuestion() {
        VersionMove move = VersionMove.between(V1, V2, Map.of("same", new Answer.Choice("b")));
        MovedAnswer carried = move.answers().get(0);
        assertEquals(MovedAnswer.Fate.CARRIED, carried.fate());
        assertTrue(carried.kept());
        assertEquals(Map.of("same", new Answer.Choice("b")), move.answersAfter());
        assertTrue(move.leftBehind().isEmpty());
    }

    @Test
    void dropsTheAnswerToARemovedQuestion() {
        VersionMove move = VersionMove.between(V1, V2, Map.of("gone", new Answer.Text("kept in v1")));
        MovedAnswer dropped = move.answers(MovedAnswer.Fate.DROPPED).get(0);
        assertEquals("gone", dropped.question().id());
        assertFalse(dropped.kept());
        assertEquals(List.of(dropped), move.leftBehind());
        assertTrue(move.answersAfter().isEmpty());
    }

    @Test
    void keepsButFlagsTheAnswerToAQuestionThatReadsDifferently() {
        VersionMove move = VersionMove.between(V1, V2, Map.of("reworded", new Answer.Choice(Question.YES)));
        MovedAnswer review = move.answers().get(0);
        assertEquals(MovedAnswer.Fate.NEEDS_REVIEW, review.fate());
        assertTrue(review.kept(), "a yes still fits the reworded yes/no question");
        assertTrue(review.reason().startsWith("It now reads differently"), review.reason());
        assertEquals(Map.of("reworded", new Answer.Choice(Question.YES)), move.answersAfter());
    }

    @Test
    void clearsAndFlagsAnAnswerWhoseOptionIsNoLongerOffered() {
        Map<String, Answer> given = Map.of("options", new Answer.Choice("high"), "same", new Answer.Choice("a"));
        VersionMove move = VersionMove.between(V1, V2, given);
        MovedAnswer review = move.answers(MovedAnswer.Fate.NEEDS_REVIEW).get(0);
        assertFalse(review.kept());
        assertTrue(review.reason().startsWith("The answer given is not one the question takes now"), review.reason());
        assertEquals(List.of(review), move.leftBehind());
        assertEquals(Map.of("same", new Answer.Choice("a")), move.answersAfter());
    }

    @Test
    void keepsAnAnswerWhoseOptionStaysWhenOthersChanged() {
        VersionMove move = VersionMove.between(V1, V2, Map.of("options", new Answer.Choice("low")));
        MovedAnswer review = move.answers().get(0);
        assertEquals(MovedAnswer.Fate.NEEDS_REVIEW, review.fate());
        assertTrue(review.kept());
    }

    @Test
    void clearsAnAnswerWhenTheQuestionTakesAnotherKindOfAnswer() {
        QuestionnaireTemplate v3 = version(3, q("same", QuestionType.LONG_TEXT, true));
        VersionMove move = VersionMove.between(V1, v3, Map.of("same", new Answer.Choice("a")));
        MovedAnswer review = move.answers().get(0);
        assertEquals(MovedAnswer.Fate.NEEDS_REVIEW, review.fate());
        assertFalse(review.kept());
        assertTrue(review.reason().contains("It is now a long text question (was single choice)."), review.reason());
    }

    @Test
    void flagsANumberWhoseBoundsChanged() {
        Question before =
                new Question("n", QuestionType.NUMBER, "How many?", "", null, true, null, null, null, null, null);
        Question after = new Question(
                "n",
                QuestionType.NUMBER,
                "How many?",
                "",
                null,
                true,
                null,
                null,
                BigDecimal.ZERO,
                BigDecimal.TEN,
                null);
        VersionMove move = VersionMove.between(
                version(1, before), version(2, after), Map.of("n", new Answer.Number(BigDecimal.valueOf(12))));
        assertEquals(
                List.of("The numbers it accepts changed."),
                move.changed().get(0).reasons());
        assertEquals(MovedAnswer.Fate.NEEDS_REVIEW, move.answers().get(0).fate());
    }

    @Test
    void movesNothingButTheNumberBetweenVersionsAskingTheSame() {
        VersionMove move = VersionMove.between(V1, version(5, SAME, GONE, REWORDED, OPTIONS), Map.of());
        assertTrue(move.changesNoQuestion());
    }

    @Test
    void refusesAnOlderVersionOrAnotherQuestionnaire() {
        assertThrows(IllegalArgumentException.class, () -> VersionMove.between(V2, V1, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> VersionMove.between(V1, V1, Map.of()));
        QuestionnaireTemplate other = new QuestionnaireTemplate("other", 2, "Other", "", List.of());
        assertThrows(IllegalArgumentException.class, () -> VersionMove.between(V1, other, Map.of()));
    }
}
