package org.airisk.workbench.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A template together with the answers given so far: which sections and questions are shown, and how complete
 * the assessment is. Answers to hidden questions are kept by the caller but ignored here, so they neither switch
 * on other questions nor count for progress.
 */
public final class AnsweredQuestionnaire {
    private final QuestionnaireTemplate template;
    private final Set<String> shownSections = new HashSet<>();
    private final Set<String> shownQuestions = new HashSet<>();
    private final Map<String, Answer> shownAnswers = new HashMap<>();

    public AnsweredQuestionnaire(QuestionnaireTemplate template, Map<String, Answer> answers) {
        this.template = Objects.requireNonNull(template, "template");
        // Conditions may only read earlier questions (the validator enforces it), so one pass in order settles
        // every visibility.
        for (Section section : template.sections()) {
            if (!section.showIf().holds(shownAnswers)) {
                continue;
            }
            shownSections.add(section.id());
            for (Question question : section.questions()) {
                if (question.showIf().holds(shownAnswers)) {
                    shownQuestions.add(question.id());
                    Answer answer = answers.get(question.id());
                    if (answer != null && answer.isGiven()) {
                        shownAnswers.put(question.id(), answer);
                    }
                }
            }
        }
    }

    public QuestionnaireTemplate template() {
        return template;
    }

    public boolean isShown(Section section) {
        return shownSections.contains(section.id());
    }

    public boolean isShown(Question question) {
        return shownQuestions.contains(question.id());
    }

    public List<Section> shownSections() {
        return template.sections().stream().filter(this::isShown).toList();
    }

    public List<Question> shownQuestions(Section section) {
        if (!isShown(section)) {
            return List.of();
        }
        return section.questions().stream().filter(this::isShown).toList();
    }

    /** The answers that count: those given to shown questions. */
    public Map<String, Answer> countedAnswers() {
        return Map.copyOf(shownAnswers);
    }

    /** An effect that an answer given to a shown question brings into force. */
    public record EffectInForce(Question question, Answer answer, AnswerEffect effect) {}

    /**
     * The effects the answers bring into force, in the order of the questions: those of shown, answered questions
     * whose 'when' holds for the answer given. A "not applicable" answer brings none (it takes the question out of
     * the evidence). Which scoring model reads each is the effect's own {@link AnswerEffect#countsFor}.
     */
    public List<EffectInForce> effectsInForce() {
        List<EffectInForce> inForce = new ArrayList<>();
        template.questions().forEach(question -> {
            Answer answer = shownAnswers.get(question.id());
            if (answer == null || Question.isNotApplicable(answer)) {
                return;
            }
            Map<String, Answer> own = Map.of(question.id(), answer);
            question.effects().stream()
                    .filter(e -> e.when().holds(own))
                    .forEach(e -> inForce.add(new EffectInForce(question, answer, e)));
        });
        return inForce;
    }

    public boolean isAnswered(Question question) {
        return shownAnswers.containsKey(question.id());
    }

    public Progress progress(Section section) {
        int required = 0;
        int answered = 0;
        for (Question question : shownQuestions(section)) {
            if (question.required()) {
                required++;
                if (isAnswered(question)) {
                    answered++;
                }
            }
        }
        return new Progress(answered, required);
    }

    public Progress progress() {
        Progress total = new Progress(0, 0);
        for (Section section : template.sections()) {
            total = total.plus(progress(section));
        }
        return total;
    }

    /**
     * The total of the scores of the options chosen in the answers that count (shown questions only), for
     * questionnaires whose options carry scores; zero when none do.
     */
    public BigDecimal totalScore() {
        BigDecimal total = BigDecimal.ZERO;
        for (Question question : template.questions().toList()) {
            Answer answer = shownAnswers.get(question.id());
            List<String> chosen = answer instanceof Answer.Choice c
                    ? List.of(c.option())
                    : answer instanceof Answer.Choices c ? c.options() : List.of();
            for (String option : chosen) {
                total = total.add(question.option(option)
                        .filter(Option::hasScore)
                        .map(Option::score)
                        .orElse(BigDecimal.ZERO));
            }
        }
        return total;
    }

    /** The completeness summary: every shown required question without an answer, in questionnaire order. */
    public List<MissingAnswer> missingAnswers() {
        List<MissingAnswer> missing = new ArrayList<>();
        for (Section section : shownSections()) {
            for (Question question : shownQuestions(section)) {
                if (question.required() && !isAnswered(question)) {
                    missing.add(new MissingAnswer(section, question));
                }
            }
        }
        return missing;
    }
}
