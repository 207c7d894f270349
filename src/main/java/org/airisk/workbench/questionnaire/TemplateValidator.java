package org.airisk.workbench.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a template before the app uses it: ids unique and well-formed, choice questions with options, and
 * conditions that read only earlier questions, without cycles, with values the questions can take.
 */
public final class TemplateValidator {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");

    public List<TemplateProblem> validate(QuestionnaireTemplate template, String source) {
        return new Run(template, source).problems();
    }

    private static final class Run {
        private final QuestionnaireTemplate template;
        private final String source;
        private final List<TemplateProblem> problems = new ArrayList<>();
        /** Position of each question in asking order. */
        private final Map<String, Integer> position = new HashMap<>();

        private final Map<String, Question> questions = new HashMap<>();
        /** Element (question or section id) to the conditions deciding whether it is shown. */
        private final Map<String, Condition> conditions = new LinkedHashMap<>();

        private final Set<String> inCycle = new HashSet<>();

        Run(QuestionnaireTemplate template, String source) {
            this.template = template;
            this.source = source;
        }

        List<TemplateProblem> problems() {
            if (template.sections().isEmpty()) {
                add("", "the template has no sections");
            }
            checkIdsAndQuestions();
            findCycles();
            checkConditions();
            return List.copyOf(problems);
        }

        private void add(String elementId, String problem) {
            problems.add(new TemplateProblem(source, elementId, problem));
        }

        private void checkIdsAndQuestions() {
            Set<String> seen = new HashSet<>();
            for (Section section : template.sections()) {
                checkId(section.id(), seen, "section");
                conditions.put(section.id(), section.showIf());
                if (section.questions().isEmpty()) {
                    add(section.id(), "the section has no questions");
                }
                for (Question question : section.questions()) {
                    if (checkId(question.id(), seen, "question")) {
                        position.put(question.id(), position.size());
                        questions.put(question.id(), question);
                        conditions.put(question.id(), question.showIf());
                    }
                    checkQuestion(question);
                }
            }
        }

        private boolean checkId(String id, Set<String> seen, String kind) {
            if (!ID.matcher(id).matches()) {
                add(id, "the " + kind + " id may contain only letters, digits, '_', '-' and '.'");
                return false;
            }
            if (!seen.add(id)) {
                add(id, "duplicate id: another section or question already uses '" + id + "'");
                return false;
            }
            return true;
        }

        private void checkQuestion(Question question) {
            if (question.text().isBlank()) {
                add(question.id(), "the question has no text");
            }
            QuestionType type = question.type();
            if (type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE) {
                if (question.options().size() < 2) {
                    add(question.id(), "a " + type.templateName() + " question needs at least two options");
                }
                Set<String> optionIds = new HashSet<>();
                for (Option option : question.options()) {
                    if (!ID.matcher(option.id()).matches()) {
                        add(
                                question.id(),
                                "option id '" + option.id() + "' may contain only letters, digits, '_', '-' and '.'");
                    } else if (!optionIds.add(option.id())) {
                        add(question.id(), "duplicate option id '" + option.id() + "'");
                    }
                }
            } else if (!question.options().isEmpty() && type != QuestionType.YES_NO_UNSURE) {
                add(question.id(), "a " + type.templateName() + " question cannot have options");
            }
            if (question.min() != null
                    && question.max() != null
                    && question.min().compareTo(question.max()) > 0) {
                add(question.id(), "min " + question.min() + " is greater than max " + question.max());
            }
            for (AnswerEffect effect : question.effects()) {
                checkEffect(question, effect);
            }
            for (Integer point : question.scaleLabels().keySet()) {
                if (point < Question.SCALE_MIN || point > Question.SCALE_MAX) {
                    add(question.id(), "scale label for " + point + " is outside 1-5");
                }
            }
        }

        private void checkEffect(Question question, AnswerEffect effect) {
            String where = "effect on '" + effect.risk() + "'";
            if (effect.risk().isBlank()) {
                add(question.id(), "an answer effect names no risk: choose the risk it changes");
                where = "effect";
            }
            if (!effect.when().questionIds().equals(Set.of(question.id()))) {
                add(question.id(), where + ": 'when' must test this question's own answer");
            }
            if ((effect.kind() == AnswerEffect.Kind.LIKELIHOOD || effect.kind() == AnswerEffect.Kind.IMPACT)
                    && (effect.delta() == 0 || Math.abs(effect.delta()) > AnswerEffect.MAX_DELTA)) {
                add(
                        question.id(),
                        where + ": a likelihood or impact change is between -3 and 3 and not 0, not " + effect.delta());
            }
            if (effect.kind() == AnswerEffect.Kind.CONTROL
                    && effect.mitigation().isBlank()) {
                add(question.id(), where + ": a control names the mitigation in place");
            }
            checkValues(question.id(), effect.when());
        }

        private void findCycles() {
            Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
            for (String element : conditions.keySet()) {
                visit(element, state, new ArrayList<>());
            }
        }

        private void visit(String element, Map<String, Integer> state, List<String> path) {
            Integer s = state.get(element);
            if (s != null && s == 2) {
                return;
            }
            if (s != null && s == 1) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(element), path.size()));
                cycle.add(element);
                if (inCycle.add(element)) {
                    add(element, "conditions form a cycle: " + String.join(" -> ", cycle));
                }
                inCycle.addAll(cycle);
                return;
            }
            state.put(element, 1);
            path.add(element);
            Condition condition = conditions.get(element);
            if (condition != null) {
                for (String referenced : condition.questionIds()) {
                    if (conditions.containsKey(referenced)) {
                        visit(referenced, state, path);
                    }
                }
            }
            path.remove(path.size() - 1);
            state.put(element, 2);
        }

        private void checkConditions() {
            for (Section section : template.sections()) {
                int firstOfSection = section.questions().stream()
                        .map(q -> position.get(q.id()))
                        .filter(p -> p != null)
                        .findFirst()
                        .orElse(Integer.MAX_VALUE);
                checkCondition(section.id(), section.showIf(), firstOfSection, "section");
                for (Question question : section.questions()) {
                    Integer own = position.get(question.id());
                    if (own != null) {
                        checkCondition(question.id(), question.showIf(), own, "question");
                    }
                }
            }
        }

        private void checkCondition(String element, Condition condition, int firstNotAllowed, String kind) {
            for (String referenced : condition.questionIds()) {
                Integer at = position.get(referenced);
                if (at == null) {
                    add(element, "the condition names unknown question '" + referenced + "'");
                } else if (at >= firstNotAllowed && !inCycle.contains(element)) {
                    add(
                            element,
                            "the condition names question '" + referenced + "', which is not asked before this "
                                    + kind);
                }
            }
            checkValues(element, condition);
        }

        private void checkValues(String element, Condition condition) {
            if (condition instanceof Condition.Equals e) {
                checkOption(element, e.question(), e.value());
            } else if (condition instanceof Condition.In in) {
                in.values().forEach(v -> checkOption(element, in.question(), v));
            } else if (condition instanceof Condition.Compare c) {
                Question target = questions.get(c.question());
                if (target != null && !target.type().isNumeric()) {
                    add(
                            element,
                            "the condition compares '" + c.question() + "' with a number, but it is a "
                                    + target.type().templateName() + " question");
                }
            } else if (condition instanceof Condition.Not n) {
                checkValues(element, n.condition());
            } else if (condition instanceof Condition.AllOf a) {
                a.conditions().forEach(c -> checkValues(element, c));
            } else if (condition instanceof Condition.AnyOf a) {
                a.conditions().forEach(c -> checkValues(element, c));
            }
        }

        private void checkOption(String element, String questionId, String value) {
            Question target = questions.get(questionId);
            if (target != null
                    && target.type().hasOptions()
                    && target.option(value).isEmpty()) {
                add(
                        element,
                        "the condition expects '" + value + "' from '" + questionId
                                + "', which is not one of its options");
            }
        }
    }
}
