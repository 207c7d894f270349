package org.airisk.workbench.ui.templates;

import java.util.Optional;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.QuestionType;

/**
 * What the editor's condition picker can say: "show this question when question X equals (or does not equal)
 * value Y". For a multiple-choice question "equals" reads as "includes", which is what {@link Condition.Equals}
 * tests there. Richer conditions (any/all, comparisons) are kept as they are and shown as such.
 */
public record ConditionChoice(String question, Operator operator, String value) {

    public enum Operator {
        EQUALS("equals", "includes"),
        NOT_EQUALS("does not equal", "does not include");

        private final String label;
        private final String choicesLabel;

        Operator(String label, String choicesLabel) {
            this.label = label;
            this.choicesLabel = choicesLabel;
        }

        /** The words for a question of this type: a multiple-choice answer includes options rather than equals one. */
        public String label(QuestionType type) {
            return type == QuestionType.MULTIPLE_CHOICE ? choicesLabel : label;
        }
    }

    public Condition toCondition() {
        Condition equals = new Condition.Equals(question, value.strip());
        return operator == Operator.EQUALS ? equals : new Condition.Not(equals);
    }

    /** The picker's reading of a condition; empty when the condition always holds or is richer than the picker. */
    public static Optional<ConditionChoice> of(Condition condition) {
        if (condition instanceof Condition.Equals e) {
            return Optional.of(new ConditionChoice(e.question(), Operator.EQUALS, e.value()));
        }
        if (condition instanceof Condition.Not n && n.condition() instanceof Condition.Equals e) {
            return Optional.of(new ConditionChoice(e.question(), Operator.NOT_EQUALS, e.value()));
        }
        return Optional.empty();
    }
}
