package org.airisk.workbench.questionnairedata.surveyjs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnairedata.surveyjs.SurveyExpression.Node;

/**
 * Turns a SurveyJS expression into a {@link Condition} over questions mapped before it, or says in one sentence
 * why it cannot: the whole expression or nothing, since dropping part of an "and" would show a question more
 * often than the survey does, and part of an "or" less often.
 */
final class ConditionMapper {
    private final Function<String, MappedQuestion> earlier;
    private final Function<String, String> whyUnknown;

    /** The outcome: a condition, or why there is none. */
    record Result(Condition condition, String problem) {
        boolean ok() {
            return condition != null;
        }
    }

    /** Why a node cannot become a condition; caught in {@link #map}. */
    private static final class Unmappable extends RuntimeException {
        Unmappable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param earlier    the question a name (as the expression writes it, any case) refers to, if it was mapped
     *                   before the element the expression guards; null otherwise
     * @param whyUnknown why a name not found earlier cannot be used ("is asked later", "is not a question")
     */
    ConditionMapper(Function<String, MappedQuestion> earlier, Function<String, String> whyUnknown) {
        this.earlier = earlier;
        this.whyUnknown = whyUnknown;
    }

    Result map(String expression) {
        SurveyExpression.Parsed parsed = SurveyExpression.parse(expression);
        if (!parsed.ok()) {
            return new Result(
                    null, "the expression \u201c" + expression + "\u201d cannot be read: " + parsed.problem());
        }
        try {
            return new Result(condition(parsed.node()), null);
        } catch (Unmappable e) {
            return new Result(
                    null,
                    "the expression \u201c" + expression + "\u201d cannot be expressed as a condition: "
                            + e.getMessage());
        }
    }

    private Condition condition(Node node) {
        if (node instanceof SurveyExpression.And and) {
            return new Condition.AllOf(and.parts().stream().map(this::condition).toList());
        } else if (node instanceof SurveyExpression.Or or) {
            return new Condition.AnyOf(or.parts().stream().map(this::condition).toList());
        } else if (node instanceof SurveyExpression.Not not) {
            return new Condition.Not(condition(not.operand()));
        } else if (node instanceof SurveyExpression.Emptiness e) {
            Condition answered = answered(question(e.operand()));
            return e.empty() ? new Condition.Not(answered) : answered;
        } else if (node instanceof SurveyExpression.Binary b) {
            return binary(b);
        } else if (node instanceof SurveyExpression.Variable v) {
            // a bare {q}: true when a yes/no question is answered yes
            MappedQuestion q = question(v);
            String yes = q.optionByValue().get("true");
            if (yes == null) {
                throw new Unmappable("{" + v.name() + "} on its own is a test only for a yes/no (boolean) question");
            }
            return new Condition.Equals(q.id(), yes);
        } else if (node instanceof SurveyExpression.Function f) {
            throw new Unmappable("the function " + f.name() + "() has no counterpart in a template");
        }
        throw new Unmappable("a fixed value is not a condition on an answer");
    }

    private Condition binary(SurveyExpression.Binary b) {
        String operator = b.operator();
        Node left = b.left();
        Node right = b.right();
        if (!(left instanceof SurveyExpression.Variable) && right instanceof SurveyExpression.Variable) {
            Node swap = left;
            left = right;
            right = swap;
            operator = switch (operator) {
                case "<" -> ">";
                case ">" -> "<";
                case "<=" -> ">=";
                case ">=" -> "<=";
                default -> operator;
            };
        }
        for (Node side : new Node[] {left, right}) {
            if (side instanceof SurveyExpression.Function f) {
                throw new Unmappable("the function " + f.name() + "() has no counterpart in a template");
            }
            if (side instanceof SurveyExpression.Binary inner && "+-*/%".contains(inner.operator())) {
                throw new Unmappable("arithmetic (" + inner.operator() + ") has no counterpart in a template");
            }
        }
        if ("+-*/%".contains(operator)) {
            throw new Unmappable("arithmetic (" + operator + ") has no counterpart in a template");
        }
        if (!(left instanceof SurveyExpression.Variable)) {
            throw new Unmappable("a comparison needs a question in {braces} on one side");
        }
        MappedQuestion q = question(left);
        if (right instanceof SurveyExpression.Variable other) {
            throw new Unmappable("comparing two answers ({" + ((SurveyExpression.Variable) left).name() + "} and {"
                    + other.name() + "}) has no counterpart in a template");
        }
        return switch (operator) {
            case "=" -> equalTo(q, value(right));
            case "!=" -> new Condition.Not(equalTo(q, value(right)));
            case "contains" -> contains(q, value(right));
            case "notcontains" -> new Condition.Not(contains(q, value(right)));
            case "anyof" -> anyOf(q, values(right));
            case "noneof" -> new Condition.Not(anyOf(q, values(right)));
            case "allof" -> allOf(q, values(right));
            default -> compare(q, operator, value(right));
        };
    }

    private MappedQuestion question(Node node) {
        if (!(node instanceof SurveyExpression.Variable v)) {
            throw new Unmappable("only an answer can be tested for being empty");
        }
        MappedQuestion q = earlier.apply(v.name());
        if (q == null) {
            throw new Unmappable("{" + v.name() + "} " + whyUnknown.apply(v.name()));
        }
        return q;
    }

    private static Object value(Node node) {
        if (node instanceof SurveyExpression.Literal literal) {
            return literal.value();
        }
        if (node instanceof SurveyExpression.ListOf list && list.items().size() == 1) {
            return value(list.items().get(0));
        }
        throw new Unmappable("the value compared with must be written out (a text, a number, true or false)");
    }

    private static List<Object> values(Node node) {
        if (node instanceof SurveyExpression.ListOf list) {
            if (list.items().isEmpty()) {
                throw new Unmappable("the list of values is empty");
            }
            return list.items().stream().map(ConditionMapper::value).toList();
        }
        return Collections.singletonList(value(node));
    }

    /** True when the question has an answer at all, written with the conditions a template has. */
    private static Condition answered(MappedQuestion q) {
        if (q.hasOptions()) {
            return new Condition.In(
                    q.id(), new LinkedHashSet<>(q.optionByValue().values()));
        }
        if (q.type() == QuestionType.SCALE) {
            Set<String> points = new LinkedHashSet<>();
            for (int p = Question.SCALE_MIN; p <= Question.SCALE_MAX; p++) {
                points.add(Integer.toString(p));
            }
            return new Condition.In(q.id(), points);
        }
        if (q.type() == QuestionType.NUMBER) {
            return new Condition.AnyOf(List.of(
                    new Condition.Compare(q.id(), Condition.Comparison.AT_LEAST, BigDecimal.ZERO),
                    new Condition.Compare(q.id(), Condition.Comparison.LESS_THAN, BigDecimal.ZERO)));
        }
        throw new Unmappable(
                "a template cannot test whether a " + q.type().label().toLowerCase(Locale.ROOT) + " answer is empty");
    }

    private static Condition equalTo(MappedQuestion q, Object value) {
        if (value == null || "".equals(value)) {
            return new Condition.Not(answered(q));
        }
        if (q.hasOptions()) {
            return new Condition.Equals(q.id(), option(q, value));
        }
        if (q.type() == QuestionType.SCALE || q.type() == QuestionType.NUMBER) {
            BigDecimal number = number(value);
            return new Condition.AllOf(List.of(
                    new Condition.Compare(q.id(), Condition.Comparison.AT_LEAST, number),
                    new Condition.Compare(q.id(), Condition.Comparison.AT_MOST, number)));
        }
        return new Condition.Equals(q.id(), String.valueOf(value));
    }

    private static Condition contains(MappedQuestion q, Object value) {
        if (q.type() != QuestionType.MULTIPLE_CHOICE) {
            throw new Unmappable("'contains' on a " + q.type().label().toLowerCase(Locale.ROOT)
                    + " answer tests part of a text, which a template cannot");
        }
        return new Condition.Equals(q.id(), option(q, value));
    }

    private static Condition anyOf(MappedQuestion q, List<Object> values) {
        if (!q.hasOptions()) {
            throw new Unmappable("'anyof' is mapped only for questions with choices");
        }
        Set<String> ids = new LinkedHashSet<>();
        values.forEach(v -> ids.add(option(q, v)));
        return new Condition.In(q.id(), ids);
    }

    private static Condition allOf(MappedQuestion q, List<Object> values) {
        if (q.type() != QuestionType.MULTIPLE_CHOICE) {
            throw new Unmappable("'allof' is mapped only for questions with several answers (checkbox)");
        }
        List<Condition> all = new ArrayList<>();
        values.forEach(v -> all.add(new Condition.Equals(q.id(), option(q, v))));
        return all.size() == 1 ? all.get(0) : new Condition.AllOf(all);
    }

    private static Condition compare(MappedQuestion q, String operator, Object value) {
        BigDecimal bound = number(value);
        Condition.Comparison comparison = switch (operator) {
            case "<" -> Condition.Comparison.LESS_THAN;
            case "<=" -> Condition.Comparison.AT_MOST;
            case ">" -> Condition.Comparison.GREATER_THAN;
            default -> Condition.Comparison.AT_LEAST;
        };
        if (q.type().isNumeric()) {
            return new Condition.Compare(q.id(), comparison, bound);
        }
        if (q.hasOptions()) {
            // choices whose values are numbers (a rating kept as a choice, scored answers): the ones that pass
            Set<String> passing = new LinkedHashSet<>();
            for (Map.Entry<String, String> e : q.optionByValue().entrySet()) {
                BigDecimal optionValue = numberOrNull(e.getKey());
                if (optionValue == null) {
                    throw new Unmappable(
                            "'" + operator + "' compares numbers, and the choice '" + e.getKey() + "' is not one");
                }
                if (holds(comparison, optionValue.compareTo(bound))) {
                    passing.add(e.getValue());
                }
            }
            if (passing.isEmpty()) {
                throw new Unmappable("no choice of the question is " + operator + " " + bound.toPlainString());
            }
            return new Condition.In(q.id(), passing);
        }
        throw new Unmappable("'" + operator + "' compares numbers, and the question is a "
                + q.type().label().toLowerCase(Locale.ROOT) + " question");
    }

    private static boolean holds(Condition.Comparison comparison, int sign) {
        return switch (comparison) {
            case LESS_THAN -> sign < 0;
            case AT_MOST -> sign <= 0;
            case GREATER_THAN -> sign > 0;
            case AT_LEAST -> sign >= 0;
        };
    }

    private static String option(MappedQuestion q, Object value) {
        String id = q.optionByValue().get(MappedQuestion.key(value));
        if (id == null) {
            throw new Unmappable("'" + value + "' is not one of the choices of the question");
        }
        return id;
    }

    private static BigDecimal number(Object value) {
        BigDecimal number = numberOrNull(MappedQuestion.key(value));
        if (number == null) {
            throw new Unmappable("'" + value + "' is not a number");
        }
        return number;
    }

    private static BigDecimal numberOrNull(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
