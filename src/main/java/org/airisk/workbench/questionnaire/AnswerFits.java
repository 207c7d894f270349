package org.airisk.workbench.questionnaire;

/** Whether a question still takes an answer given earlier: the same kind of answer, and its options still offered. */
public final class AnswerFits {
    private AnswerFits() {}

    public static boolean fits(Question q, Answer answer) {
        if (answer instanceof Answer.Choice c) {
            return q.type().hasOptions()
                    && q.type() != QuestionType.MULTIPLE_CHOICE
                    && q.option(c.option()).isPresent();
        } else if (answer instanceof Answer.Choices c) {
            return q.type() == QuestionType.MULTIPLE_CHOICE
                    && c.options().stream().allMatch(o -> q.option(o).isPresent());
        } else if (answer instanceof Answer.Text) {
            return q.type() == QuestionType.SHORT_TEXT || q.type() == QuestionType.LONG_TEXT;
        } else if (answer instanceof Answer.Number) {
            return q.type() == QuestionType.NUMBER;
        } else if (answer instanceof Answer.Scale) {
            return q.type() == QuestionType.SCALE;
        }
        return answer instanceof Answer.Date && q.type() == QuestionType.DATE;
    }
}
