package org.airisk.workbench.exchangedata;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.exchange.PackageProblem;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;

/**
 * Checks that each imported answer is one the questionnaire could have been given: its question is asked, its kind
 * is the question's, and chosen options are the question's options. An answer the window could never have saved
 * would be counted, scored and exported as if it could.
 */
final class AnswerFit {
    private AnswerFit() {}

    /**
     * @param moved true when the assessment moves to another version of its questionnaire: answers to questions that
     *              version no longer asks are then kept but not counted, as the import says
     */
    static void check(
            PackagedAssessment p,
            PackageFormat.Read read,
            int index,
            QuestionnaireTemplate template,
            boolean moved,
            List<PackageProblem> problems) {
        String path = "$.assessments[" + index + "].answers[";
        p.answers().values().stream()
                .sorted(Comparator.comparing((RecordedAnswer r) -> read.answerIndex(index, r.questionId())))
                .forEach(r -> {
                    String at = path + read.answerIndex(index, r.questionId()) + "]";
                    Optional<Question> question = template.question(r.questionId());
                    if (question.isEmpty()) {
                        if (!moved) {
                            problems.add(new PackageProblem(
                                    at + ".question",
                                    "the questionnaire \""
                                            + template.id() + "\" version " + template.version()
                                            + " asks no question \""
                                            + r.questionId()
                                            + "\"; remove this answer, or install the questionnaire that "
                                            + "asks it."));
                        }
                        return;
                    }
                    if (r.answer() != null) {
                        fit(question.get(), r.answer(), at, problems);
                    }
                });
    }

    private static void fit(Question q, Answer answer, String at, List<PackageProblem> problems) {
        String expected = kind(q.type());
        String given = kind(answer);
        if (!expected.equals(given)) {
            problems.add(new PackageProblem(
                    at + ".kind",
                    "question \"" + q.id() + "\" is a "
                            + q.type().label().toLowerCase(Locale.ROOT) + " question, so its answer is of kind \""
                            + expected + "\", not \"" + given + "\"."));
            return;
        }
        if (answer instanceof Answer.Choice c) {
            option(q, c.option(), at + ".value", problems);
        } else if (answer instanceof Answer.Choices c) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < c.options().size(); i++) {
                String option = c.options().get(i);
                if (!seen.add(option)) {
                    problems.add(new PackageProblem(
                            at + ".value[" + i + "]", "\"" + option + "\" is chosen twice; " + "keep it once."));
                } else {
                    option(q, option, at + ".value[" + i + "]", problems);
                }
            }
        }
    }

    private static void option(Question q, String option, String at, List<PackageProblem> problems) {
        if (q.option(option).isEmpty()) {
            List<String> ids = q.options().stream().map(Option::id).toList();
            String listed =
                    ids.size() > 12 ? String.join(", ", ids.subList(0, 12)) + ", \u2026" : String.join(", ", ids);
            problems.add(new PackageProblem(
                    at,
                    SchemaMessages.shown(new com.fasterxml.jackson.databind.node.TextNode(option))
                            + " is not one of the options of question \"" + q.id() + "\" (" + listed
                            + "); choose one of them."));
        }
    }

    private static String kind(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, YES_NO_UNSURE -> "choice";
            case MULTIPLE_CHOICE -> "choices";
            case SHORT_TEXT, LONG_TEXT -> "text";
            case NUMBER -> "number";
            case SCALE -> "scale";
            case DATE -> "date";
        };
    }

    private static String kind(Answer answer) {
        if (answer instanceof Answer.Choice) {
            return "choice";
        } else if (answer instanceof Answer.Choices) {
            return "choices";
        } else if (answer instanceof Answer.Text) {
            return "text";
        } else if (answer instanceof Answer.Number) {
            return "number";
        } else if (answer instanceof Answer.Scale) {
            return "scale";
        }
        return "date";
    }
}
