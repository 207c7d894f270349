package org.airisk.workbench.questionnairedata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.airisk.workbench.questionnaire.Condition;

/**
 * Reads a condition of a template: the showIf of a section or a question, and the 'when' of an answer's effect.
 * A condition that cannot be read is told to the problems (element, problem) and comes back null.
 */
final class ConditionReader {
    private static final Set<String> COMPARISONS = Set.of("lessThan", "atMost", "greaterThan", "atLeast");

    private final BiConsumer<String, String> problem;

    ConditionReader(BiConsumer<String, String> problem) {
        this.problem = problem;
    }

    /** An effect's 'when' tests its own question, so the template need not repeat the question's id. */
    static JsonNode ownQuestion(JsonNode node, String questionId) {
        if (node == null || !node.isObject()) {
            return node;
        }
        ObjectNode copy = node.deepCopy();
        if (copy.has("not")) {
            copy.set("not", ownQuestion(copy.get("not"), questionId));
        } else if (copy.has("allOf") || copy.has("anyOf")) {
            String key = copy.has("allOf") ? "allOf" : "anyOf";
            ArrayNode parts = copy.putArray(key);
            node.get(key).forEach(part -> parts.add(ownQuestion(part, questionId)));
        } else if (!copy.has("question")) {
            copy.put("question", questionId);
        }
        return copy;
    }

    Condition read(JsonNode node, String element) {
        if (node == null || !node.isObject()) {
            problem.accept(element, "'showIf' must be a JSON object");
            return null;
        }
        List<String> tests = new ArrayList<>();
        node.fieldNames().forEachRemaining(f -> {
            if (!f.equals("question")) {
                tests.add(f);
            }
        });
        if (tests.size() > 1) {
            problem.accept(
                    element,
                    "a condition holds one test or one combination (equals, in, a comparison, not, "
                            + "allOf or anyOf); this one has "
                            + String.join(
                                    " and ",
                                    tests.stream().map(t -> "'" + t + "'").toList())
                            + ": put several into 'allOf' or 'anyOf'");
            return null;
        }
        return combination(node, element);
    }

    /** not, allOf or anyOf of other conditions; else the test the condition holds. */
    private Condition combination(JsonNode node, String element) {
        if (node.has("not")) {
            Condition inner = read(node.get("not"), element);
            return inner == null ? null : new Condition.Not(inner);
        }
        if (node.has("allOf") || node.has("anyOf")) {
            boolean all = node.has("allOf");
            JsonNode list = node.get(all ? "allOf" : "anyOf");
            if (!list.isArray() || list.isEmpty()) {
                problem.accept(element, "'" + (all ? "allOf" : "anyOf") + "' must be a non-empty list of conditions");
                return null;
            }
            List<Condition> parts = new ArrayList<>();
            for (JsonNode part : list) {
                Condition c = read(part, element);
                if (c == null) {
                    return null;
                }
                parts.add(c);
            }
            return all ? new Condition.AllOf(parts) : new Condition.AnyOf(parts);
        }
        return test(node, element);
    }

    /** A test of one question's answer: equals, in, or a comparison with a number. */
    private Condition test(JsonNode node, String element) {
        String question = node.path("question").asText("");
        if (question.isEmpty()) {
            problem.accept(element, "a condition needs 'question' (or 'not', 'allOf', 'anyOf')");
            return null;
        }
        if (node.has("equals")) {
            return new Condition.Equals(question, node.get("equals").asText());
        }
        if (node.has("in")) {
            Set<String> values = new LinkedHashSet<>();
            node.get("in").forEach(v -> values.add(v.asText()));
            if (values.isEmpty()) {
                problem.accept(element, "'in' must list at least one value");
                return null;
            }
            return new Condition.In(question, values);
        }
        for (Condition.Comparison comparison : Condition.Comparison.values()) {
            JsonNode bound = node.get(comparison.templateName());
            if (bound != null) {
                if (!bound.isNumber()) {
                    problem.accept(element, "'" + comparison.templateName() + "' must be a number");
                    return null;
                }
                return new Condition.Compare(question, comparison, bound.decimalValue());
            }
        }
        problem.accept(
                element,
                "a condition on '" + question + "' needs one of: equals, in, " + String.join(", ", COMPARISONS));
        return null;
    }
}
