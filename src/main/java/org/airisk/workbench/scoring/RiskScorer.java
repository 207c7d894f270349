package org.airisk.workbench.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.airisk.workbench.catalog.Mitigation;
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
 * <li>The risks in scope are those the template's questions inform. A risk is not applicable when an answer's
 * effect says so, or when none of the questions about it is shown for this system.</li>
 * <li>Likelihood and impact start at the method's starting point on the 5-point scale; each effect whose condition
 * holds on a shown, answered question moves them. For a shown question left unanswered, the plausible answer that
 * raises the risk most is assumed. Both stay within 1-5 and are then mapped onto the matrix.</li>
 * <li>An override replaces the calculated inherent likelihood and/or impact.</li>
 * <li>Residual: controls in place (effects of answers) and accepted plan items lower likelihood and impact by their
 * declared strengths, summed, never below 1.</li>
 * </ol>
 * Answers to hidden questions never count: only {@link AnsweredQuestionnaire#countedAnswers()} is read.
 */
public final class RiskScorer {
    private final RiskCatalog catalog;

    public RiskScorer(RiskCatalog catalog) {
        this.catalog = catalog;
    }

    public RiskRegister score(AnsweredQuestionnaire state, ScoringMethod method, Map<String, RatingOverride> overrides,
                              MitigationPlan plan) {
        QuestionnaireTemplate template = state.template();
        Map<String, Answer> counted = state.countedAnswers();
        Map<String, List<Question>> questionsByRisk = new LinkedHashMap<>();
        template.questions().forEach(q -> q.informedRisks().forEach(r ->
                questionsByRisk.computeIfAbsent(r, k -> new ArrayList<>()).add(q)));
        List<RiskScore> applicable = new ArrayList<>();
        List<NotApplicableRisk> notApplicable = new ArrayList<>();
        questionsByRisk.forEach((riskId, questions) -> {
            Optional<Risk> risk = catalog.risk(riskId);
            if (risk.isEmpty()) {
                return; // templates are checked against the catalog when loaded; a leftover id is skipped
            }
            List<Question> shown = questions.stream().filter(state::isShown).toList();
            Optional<NotApplicableRisk> excluded = exclusion(risk.get(), questions, shown, state, counted);
            if (excluded.isPresent()) {
                notApplicable.add(excluded.get());
            } else {
                applicable.add(score(risk.get(), shown, template, counted, method, overrides.get(riskId), plan));
            }
        });
        return new RiskRegister(method, applicable, notApplicable);
    }

    private static Optional<NotApplicableRisk> exclusion(Risk risk, List<Question> all, List<Question> shown,
                                                         AnsweredQuestionnaire state, Map<String, Answer> counted) {
        if (shown.isEmpty()) {
            Set<String> sections = new LinkedHashSet<>();
            all.forEach(q -> state.template().sectionOf(q.id()).map(Section::title).ifPresent(sections::add));
            return Optional.of(new NotApplicableRisk(risk, "The questions about it do not apply to this system ("
                    + String.join(", ", sections) + " not shown).", null));
        }
        for (Question q : shown) {
            Answer answer = counted.get(q.id());
            if (answer == null) {
                continue;
            }
            for (AnswerEffect e : q.effects()) {
                if (e.kind() == AnswerEffect.Kind.NOT_APPLICABLE && e.risk().equals(risk.id())
                        && e.when().holds(counted)) {
                    return Optional.of(new NotApplicableRisk(risk, "Answered \u201c" + q.describe(answer)
                            + "\u201d to \u201c" + q.text() + "\u201d", q.id()));
                }
            }
        }
        return Optional.empty();
    }

    private RiskScore score(Risk risk, List<Question> shown, QuestionnaireTemplate template,
                            Map<String, Answer> counted, ScoringMethod method, RatingOverride override,
                            MitigationPlan plan) {
        List<Contribution> reasons = new ArrayList<>();
        List<Contribution> reductions = new ArrayList<>();
        List<String> uncertain = new ArrayList<>();
        Set<String> controls = new LinkedHashSet<>();
        reasons.add(new Contribution(Contribution.Kind.START, null, "Starting point of the method",
                "likelihood " + method.startLikelihood() + ", impact " + method.startImpact() + " of 5",
                method.startLikelihood(), method.startImpact()));
        int likelihood = method.startLikelihood();
        int impact = method.startImpact();
        for (Question q : shown) {
            List<AnswerEffect> effects = q.effects().stream().filter(e -> e.risk().equals(risk.id())).toList();
            if (effects.isEmpty()) {
                continue;
            }
            Answer answer = counted.get(q.id());
            Contribution.Kind kind = template.isIncluded(q) ? Contribution.Kind.PROFILE : Contribution.Kind.ANSWER;
            if (answer == null) {
                uncertain.add(q.id());
                Contribution assumed = worstCase(q, effects);
                if (assumed != null) {
                    reasons.add(assumed);
                    likelihood += assumed.likelihood();
                    impact += assumed.impact();
                }
                continue;
            }
            if (new Answer.Choice(Question.NOT_SURE).equals(answer)) {
                uncertain.add(q.id());
            }
            Map<String, Answer> own = Map.of(q.id(), answer);
            int dl = 0;
            int di = 0;
            for (AnswerEffect e : effects) {
                if (!e.when().holds(own)) {
                    continue;
                }
                switch (e.kind()) {
                    case LIKELIHOOD -> dl += e.delta();
                    case IMPACT -> di += e.delta();
                    case CONTROL -> controls.add(e.mitigation());
                    default -> { }
                }
            }
            if (dl != 0 || di != 0) {
                reasons.add(new Contribution(kind, q.id(), q.text(), q.describe(answer), dl, di));
                likelihood += dl;
                impact += di;
            }
        }
        int l5 = clamp(likelihood, ScoringMethod.FIVE_POINT);
        int i5 = clamp(impact, ScoringMethod.FIVE_POINT);
        Rating calculated = Rating.of(method.fromFivePoint(l5), method.fromFivePoint(i5), method);
        Rating inherent = override == null ? calculated : override.applyTo(calculated, method);

        int reduceL = 0;
        int reduceI = 0;
        for (String id : controls) {
            Optional<Mitigation> m = catalog.mitigation(id);
            if (m.isPresent()) {
                reduceL += m.get().reducesLikelihood();
                reduceI += m.get().reducesImpact();
                reductions.add(new Contribution(Contribution.Kind.CONTROL, null, m.get().title(),
                        "an answer says this is in place", -m.get().reducesLikelihood(), -m.get().reducesImpact()));
            }
        }
        for (PlanItem item : plan.acceptedFor(risk.id())) {
            if (controls.contains(item.mitigationId())) {
                continue; // already counted as in place
            }
            reduceL += item.reducesLikelihood();
            reduceI += item.reducesImpact();
            reductions.add(new Contribution(Contribution.Kind.PLAN, null, item.title(),
                    item.status().label() + (item.isCustom() ? ", custom measure" : ""),
                    -item.reducesLikelihood(), -item.reducesImpact()));
        }
        Rating residual = residual(inherent, reduceL, reduceI, method);
        return new RiskScore(risk, calculated, inherent, residual, override, reasons, reductions, uncertain,
                reduceL, reduceI, controls);
    }

    /** The plausible answer that raises this risk most, as a reason; null when no answer would raise it. */
    private static Contribution worstCase(Question q, List<AnswerEffect> effects) {
        Contribution worst = null;
        for (Answer candidate : WorstCase.candidates(q)) {
            Map<String, Answer> own = Map.of(q.id(), candidate);
            int dl = 0;
            int di = 0;
            for (AnswerEffect e : effects) {
                if (e.when().holds(own)) {
                    dl += e.kind() == AnswerEffect.Kind.LIKELIHOOD ? e.delta() : 0;
                    di += e.kind() == AnswerEffect.Kind.IMPACT ? e.delta() : 0;
                }
            }
            if (dl + di > 0 && (worst == null || dl + di > worst.likelihood() + worst.impact())) {
                worst = new Contribution(Contribution.Kind.ASSUMED, q.id(), q.text(),
                        "assumed \u201c" + q.describe(candidate) + "\u201d", dl, di);
            }
        }
        return worst;
    }

    /** The inherent rating lowered by reductions given in 5-point steps, never below 1 on either axis. */
    static Rating residual(Rating inherent, int reduceLikelihood, int reduceImpact, ScoringMethod method) {
        int l = Math.max(1, inherent.likelihood() - method.stepsFromFivePoint(reduceLikelihood));
        int i = Math.max(1, inherent.impact() - method.stepsFromFivePoint(reduceImpact));
        return Rating.of(l, i, method);
    }

    private static int clamp(int value, int max) {
        return Math.max(1, Math.min(max, value));
    }
}
