package org.airisk.workbench.ui.templates;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.QuestionType;

/**
 * What the editor's condition picker can say of one earlier question: it equals (or does not equal) a value, or,
 * for a number or scale answer, it is less than, at most, greater than or at least a number. For a multiple-choice
 * question "equals" reads as "includes", which is what {@link Condition.Equals} tests there.
 */
public record ConditionChoice(String question, Operator operator, String value) {

    public enum Operator {
        EQUALS("equals", "includes", null),
        NOT_EQUALS("does not equal", "does not include", null),
        LESS_THAN("is less than", null, Condition.Comparison.LESS_THAN),
        AT_MOST("is at most", null, Condition.Comparison.AT_MOST),
        GREATER_THAN("is greater than", null, Condition.Comparison.GREATER_THAN),
        AT_LEAST("is at least", null, Condition.Comparison.AT_LEAST);

        private final String label;
        private final String choicesLabel;
        private final Condition.Comparison comparison;

        Operator(String label, String choicesLabel, Condition.Comparison comparison) {
            this.label = label;
            this.choicesLabel = choicesLabel == null ? label : choicesLabel;
            this.comparison = comparison;
        }

        /** The words for a question of this type: a multiple-choice answer includes options rather than equals one. */
        public String label(QuestionType type) {
            return type == QuestionType.MULTIPLE_CHOICE ? choicesLabel : label;
        }

        /** True for the comparisons, which need a number or scale question and a number to compare with. */
        public boolean isComparison() {
            return comparison != null;
        }

        /** The operators that make sense for a question of this type: comparisons only for numbers and scales. */
        public static List<Operator> offeredFor(QuestionType type) {
            return Arrays.stream(values())
                    .filter(op -> !op.isComparison() || type != null && type.isNumeric())
                    .toList();
        }

        static Optional<Operator> of(Condition.Comparison comparison) {
            return Arrays.stream(values())
                    .filter(op -> op.comparison == comparison)
                    .findFirst();
        }
    }

    /** The condition this choice says; a comparison's value must be a number ({@link ClauseCheck} tells first). */
    public Condition toCondition() {
        if (operator.isComparison()) {
            return new Condition.Compare(question, operator.comparison, new BigDecimal(value.strip()));
        }
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
        if (condition instanceof Condition.Compare c) {
            return Operator.of(c.comparison())
                    .map(op -> new ConditionChoice(c.question(), op, c.bound().toPlainString()));
        }
        return Optional.empty();
    }
}
