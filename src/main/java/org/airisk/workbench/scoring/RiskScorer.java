package org.airisk.workbench.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;

/**
 * Turns an answered questionnaire into a risk register. Deterministic and explainable:
 * <ol>
 * <li>The risks in scope are those the template's questions inform; from the calibrated model on, questions of an
 * included template (the system profile) adjust those risks but bring in none of their own. A risk is not
 * applicable when an answer's
 * effect says so, when every question about it that is shown was answered "Not applicable", or when none of the
 * questions about it is shown for this system.</li>
 * <li>Each applicable risk is rated by the assessment's scoring model ({@link AdditiveRating} for model 1,
 * {@link CalibratedRating} for model 2); only effects the model reads count.</li>
 * </ol>
 * Answers to hidden questions never count: only {@link AnsweredQuestionnaire#countedAnswers()} is read.
 */
public final class RiskScorer {
    private final RiskCatalog catalog;

    public RiskScorer(RiskCatalog catalog) {
        this.catalog = catalog;
    }

    public RiskRegister score(
            AnsweredQuestionnaire state,
            ScoringMethod method,
            Map<String, RatingOverride> overrides,
            MitigationPlan plan) {
        QuestionnaireTemplate template = state.template();
        Map<String, Answer> counted = state.countedAnswers();
        Map<String, List<Question>> questionsByRisk = new LinkedHashMap<>();
        template.questions()
                .forEach(q -> informedRisks(q, method.version())
                        .forEach(r -> questionsByRisk
                                .computeIfAbsent(r, k -> new ArrayList<>())
                                .add(q)));
        List<RiskScore> applicable = new ArrayList<>();
        List<NotApplicableRisk> notApplicable = new ArrayList<>();
        RiskRating rating = method.version() == ScoringMethod.ADDITIVE
                ? new AdditiveRating(catalog)
                : new CalibratedRating(catalog, counted);
        questionsByRisk.forEach((riskId, questions) -> {
            Optional<Risk> risk = catalog.risk(riskId);
            if (risk.isEmpty()) {
                return; // templates are checked against the catalog when loaded; a leftover id is skipped
            }
            if (method.version() >= ScoringMethod.CALIBRATED
                    && questions.stream().allMatch(template::isIncluded)) {
                return; // the profile gives context to the questionnaire's risks; it does not add risks of its own
            }
            RatingOverride override = overrides.get(riskId);
            if (override != null && override.notApplicable()) {
                notApplicable.add(new NotApplicableRisk(
                        risk.get(), NotApplicableRisk.SET_ASIDE + override.justification(), null, true));
                return;
            }
            List<Question> shown = questions.stream().filter(state::isShown).toList();
            Optional<NotApplicableRisk> excluded =
                    exclusion(risk.get(), questions, shown, state, counted, method.version());
            if (excluded.isPresent()) {
                notApplicable.add(excluded.get());
            } else {
                applicable.add(rating.rate(risk.get(), shown, template, counted, method, overrides.get(riskId), plan));
            }
        });
        return new RiskRegister(method, applicable, notApplicable);
    }

    /** Rates one applicable risk; one implementation per scoring model. */
    interface RiskRating {
        RiskScore rate(
                Risk risk,
                List<Question> shown,
                QuestionnaireTemplate template,
                Map<String, Answer> counted,
                ScoringMethod method,
                RatingOverride override,
                MitigationPlan plan);
    }

    /** The risks a question tells this scoring model about: those it names, and those its effects touch. */
    static Set<String> informedRisks(Question q, int model) {
        Set<String> risks = new LinkedHashSet<>(q.informs());
        q.effects().stream().filter(e -> e.countsFor(model)).forEach(e -> risks.add(e.risk()));
        return risks;
    }

    /** The effects of a question on a risk that this scoring model reads. */
    static List<AnswerEffect> effectsOn(Question q, String riskId, int model) {
        return q.effects().stream()
                .filter(e -> e.risk().equals(riskId) && e.countsFor(model))
                .toList();
    }

    private static Optional<NotApplicableRisk> exclusion(
            Risk risk,
            List<Question> all,
            List<Question> shown,
            AnsweredQuestionnaire state,
            Map<String, Answer> counted,
            int model) {
        if (shown.isEmpty()) {
            Set<String> sections = new LinkedHashSet<>();
            all.forEach(
                    q -> state.template().sectionOf(q.id()).map(Section::title).ifPresent(sections::add));
            return Optional.of(new NotApplicableRisk(
                    risk,
                    "The questions about it do not apply to this system (" + String.join(", ", sections)
                            + " not shown).",
                    null));
        }
        for (Question q : shown) {
            Answer answer = counted.get(q.id());
            if (answer == null || Question.isNotApplicable(answer)) {
                continue;
            }
            for (AnswerEffect e : effectsOn(q, risk.id(), model)) {
                if (e.kind() == AnswerEffect.Kind.NOT_APPLICABLE && e.when().holds(counted)) {
                    return Optional.of(new NotApplicableRisk(
                            risk,
                            "Answered \u201c" + q.describe(answer) + "\u201d to \u201c" + q.text() + "\u201d",
                            q.id()));
                }
            }
        }
        List<Question> notApplicableAnswers = shown.stream()
                .filter(q -> Question.isNotApplicable(counted.get(q.id())))
                .toList();
        if (notApplicableAnswers.size() == shown.size()) {
            Question q = notApplicableAnswers.get(0);
            return Optional.of(new NotApplicableRisk(
                    risk,
                    "Every question about it was answered \u201cNot " + "applicable\u201d, such as \u201c" + q.text()
                            + "\u201d",
                    q.id()));
        }
        return Optional.empty();
    }

    /** What the effects of one question say about one risk for one answer: steps and controls in place. */
    record Holding(int likelihood, int impact, Set<String> controls) {}

    static Holding holding(Question q, Answer answer, List<AnswerEffect> effects) {
        Map<String, Answer> own = Map.of(q.id(), answer);
        int dl = 0;
        int di = 0;
        Set<String> controls = new LinkedHashSet<>();
        for (AnswerEffect e : effects) {
            if (!e.when().holds(own)) {
                continue;
            }
            switch (e.kind()) {
                case LIKELIHOOD -> dl += e.delta();
                case IMPACT -> di += e.delta();
                case CONTROL -> controls.add(e.mitigation());
                default -> {}
            }
        }
        return new Holding(dl, di, controls);
    }

    /** The plausible answer that raises this risk most, as a reason; null when no answer would raise it. */
    static Contribution worstCase(Question q, List<AnswerEffect> effects) {
        Contribution worst = null;
        for (Answer candidate : WorstCase.candidates(q)) {
            Holding h = holding(q, candidate, effects);
            int dl = h.likelihood();
            int di = h.impact();
            if (dl + di > 0 && (worst == null || dl + di > worst.likelihood() + worst.impact())) {
                worst = new Contribution(
                        Contribution.Kind.ASSUMED,
                        q.id(),
                        q.text(),
                        "assumed \u201c" + q.describe(candidate) + "\u201d",
                        dl,
                        di);
            }
        }
        return worst;
    }
}
