package org.airisk.workbench.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;

/**
 * The plausible answers to a question, for the conservative rule on unanswered questions: scoring assumes the one
 * among them that raises a risk most. Choice questions: each option (and, for multiple choice, all of them); scale:
 * every point; number: each bound its effects compare with, and the values either side of it.
 */
final class WorstCase {
    private WorstCase() {}

    static List<Answer> candidates(Question question) {
        List<Answer> answers = new ArrayList<>();
        switch (question.type()) {
            case SINGLE_CHOICE, YES_NO_UNSURE ->
                question.options().stream()
                        .filter(o -> !o.id().equals(Question.NOT_APPLICABLE)) // never assumed: it needs a reason
                        .forEach(o -> answers.add(new Answer.Choice(o.id())));
            case MULTIPLE_CHOICE -> {
                question.options().forEach(o -> answers.add(new Answer.Choices(List.of(o.id()))));
                answers.add(new Answer.Choices(
                        question.options().stream().map(Option::id).toList()));
            }
            case SCALE -> {
                for (int p = Question.SCALE_MIN; p <= Question.SCALE_MAX; p++) {
                    answers.add(new Answer.Scale(p));
                }
            }
            case NUMBER -> {
                Set<BigDecimal> values = new TreeSet<>();
                question.effects().forEach(e -> bounds(e.when(), values));
                for (BigDecimal bound : List.copyOf(values)) {
                    values.add(bound.subtract(BigDecimal.ONE));
                    values.add(bound.add(BigDecimal.ONE));
                }
                values.stream()
                        .filter(v -> question.min() == null || v.compareTo(question.min()) >= 0)
                        .filter(v -> question.max() == null || v.compareTo(question.max()) <= 0)
                        .forEach(v -> answers.add(new Answer.Number(v)));
            }
            default -> {}
        }
        return answers;
    }

    private static void bounds(Condition condition, Set<BigDecimal> into) {
        if (condition instanceof Condition.Compare c) {
            into.add(c.bound());
        } else if (condition instanceof Condition.Not n) {
            bounds(n.condition(), into);
        } else if (condition instanceof Condition.AllOf a) {
            a.conditions().forEach(c -> bounds(c, into));
        } else if (condition instanceof Condition.AnyOf a) {
            a.conditions().forEach(c -> bounds(c, into));
        }
    }
}
