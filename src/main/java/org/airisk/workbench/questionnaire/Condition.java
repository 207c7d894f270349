package org.airisk.workbench.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a question or section is shown, as a condition over earlier answers. Conditions see only the answers of
 * questions that are themselves shown: an answer kept on a hidden question never switches anything on.
 */
public sealed interface Condition {

    boolean holds(Map<String, Answer> shownAnswers);

    /** The ids of the questions this condition reads. */
    Set<String> questionIds();

    static Condition always() {
        return Always.INSTANCE;
    }

    enum Always implements Condition {
        INSTANCE;

        public boolean holds(Map<String, Answer> shownAnswers) {
            return true;
        }

        public Set<String> questionIds() {
            return Set.of();
        }
    }

    /** The answer is this option (single choice, yes/no), includes it (multiple choice), or is this text. */
    record Equals(String question, String value) implements Condition {
        public boolean holds(Map<String, Answer> shownAnswers) {
            return selected(shownAnswers.get(question)).contains(value);
        }

        public Set<String> questionIds() {
            return Set.of(question);
        }
    }

    /** The answer is, or includes, one of these options. */
    record In(String question, Set<String> values) implements Condition {
        public In {
            values = Set.copyOf(values);
        }

        public boolean holds(Map<String, Answer> shownAnswers) {
            return selected(shownAnswers.get(question)).stream().anyMatch(values::contains);
        }

        public Set<String> questionIds() {
            return Set.of(question);
        }
    }

    record Not(Condition condition) implements Condition {
        public boolean holds(Map<String, Answer> shownAnswers) {
            return !condition.holds(shownAnswers);
        }

        public Set<String> questionIds() {
            return condition.questionIds();
        }
    }

    record AllOf(List<Condition> conditions) implements Condition {
        public AllOf {
            conditions = List.copyOf(conditions);
        }

        public boolean holds(Map<String, Answer> shownAnswers) {
            return conditions.stream().allMatch(c -> c.holds(shownAnswers));
        }

        public Set<String> questionIds() {
            return conditions.stream().flatMap(c -> c.questionIds().stream()).collect(Collectors.toSet());
        }
    }

    record AnyOf(List<Condition> conditions) implements Condition {
        public AnyOf {
            conditions = List.copyOf(conditions);
        }

        public boolean holds(Map<String, Answer> shownAnswers) {
            return conditions.stream().anyMatch(c -> c.holds(shownAnswers));
        }

        public Set<String> questionIds() {
            return conditions.stream().flatMap(c -> c.questionIds().stream()).collect(Collectors.toSet());
        }
    }

    enum Comparison {
        LESS_THAN("lessThan"),
        AT_MOST("atMost"),
        GREATER_THAN("greaterThan"),
        AT_LEAST("atLeast");

        private final String templateName;

        Comparison(String templateName) {
            this.templateName = templateName;
        }

        public String templateName() {
            return templateName;
        }

        boolean test(int comparison) {
            return switch (this) {
                case LESS_THAN -> comparison < 0;
                case AT_MOST -> comparison <= 0;
                case GREATER_THAN -> comparison > 0;
                case AT_LEAST -> comparison >= 0;
            };
        }
    }

    /** A number or scale answer compared with a bound; an unanswered question never satisfies it. */
    record Compare(String question, Comparison comparison, BigDecimal bound) implements Condition {
        public boolean holds(Map<String, Answer> shownAnswers) {
            Answer answer = shownAnswers.get(question);
            BigDecimal value;
            if (answer instanceof Answer.Number n) {
                value = n.value();
            } else if (answer instanceof Answer.Scale s) {
                value = BigDecimal.valueOf(s.point());
            } else {
                return false;
            }
            return comparison.test(value.compareTo(bound));
        }

        public Set<String> questionIds() {
            return Set.of(question);
        }
    }

    private static Set<String> selected(Answer answer) {
        if (answer instanceof Answer.Choice c) {
            return Set.of(c.option());
        } else if (answer instanceof Answer.Choices c) {
            return Set.copyOf(c.options());
        } else if (answer instanceof Answer.Text t) {
            return Set.of(t.text().strip());
        } else if (answer instanceof Answer.Scale s) {
            return Set.of(Integer.toString(s.point()));
        } else if (answer instanceof Answer.Number n) {
            return Set.of(n.value().stripTrailingZeros().toPlainString());
        } else if (answer instanceof Answer.Date d) {
            return Set.of(d.value().toString());
        }
        return Set.of();
    }
}
