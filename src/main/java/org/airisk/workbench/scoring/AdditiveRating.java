package org.airisk.workbench.scoring;

import java.util.ArrayList;
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
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;

/**
 * Scoring model 1, kept unchanged for assessments scored on it: likelihood and impact start at the method's
 * starting point on the 5-point scale; each effect whose condition holds on a shown, answered question adds its
 * delta; for a shown question left unanswered, the plausible answer that raises the risk most is assumed. Both
 * stay within 1-5 and are mapped onto the matrix. Controls in place and every accepted plan item lower the
 * residual by their summed strengths.
 */
final class AdditiveRating implements RiskScorer.RiskRating {
    private final RiskCatalog catalog;

    AdditiveRating(RiskCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public RiskScore rate(Risk risk, List<Question> shown, QuestionnaireTemplate template, Map<String, Answer> counted,
                          ScoringMethod method, RatingOverride override, MitigationPlan plan) {
        List<Contribution> reasons = new ArrayList<>();
        List<Contribution> reductions = new ArrayList<>();
        List<String> uncertain = new ArrayList<>();
        Set<String> controls = new LinkedHashSet<>();
        reasons.add(new Contribution(Contribution.Kind.START, null, "Starting point of the method",
                "likelihood " + method.startLikelihood() + ", impact " + method.startImpact() + " of 5",
                method.startLikelihood(), method.startImpact()));
        int likelihood = method.startLikelihood();
        int impact = method.startImpact();
        int assumed = 0;
        for (Question q : shown) {
            List<AnswerEffect> effects = RiskScorer.effectsOn(q, risk.id(), ScoringMethod.ADDITIVE);
            if (effects.isEmpty()) {
                continue;
            }
            Answer answer = counted.get(q.id());
            Contribution.Kind kind = template.isIncluded(q) ? Contribution.Kind.PROFILE : Contribution.Kind.ANSWER;
            if (answer == null) {
                uncertain.add(q.id());
                Contribution worst = RiskScorer.worstCase(q, effects);
                if (worst != null) {
                    reasons.add(worst);
                    likelihood += worst.likelihood();
                    impact += worst.impact();
                    assumed += worst.likelihood() + worst.impact();
                }
                continue;
            }
            if (Question.isNotApplicable(answer)) {
                continue;
            }
            if (new Answer.Choice(Question.NOT_SURE).equals(answer)) {
                uncertain.add(q.id());
            }
            RiskScorer.Holding h = RiskScorer.holding(q, answer, effects);
            controls.addAll(h.controls());
            int dl = h.likelihood();
            int di = h.impact();
            if (dl != 0 || di != 0) {
                reasons.add(new Contribution(kind, q.id(), q.text(), q.describe(answer), dl, di));
                likelihood += dl;
                impact += di;
            }
        }
        int l5 = clamp(likelihood);
        int i5 = clamp(impact);
        Rating calculated = Rating.of(method.fromFivePoint(l5), method.fromFivePoint(i5), method);
        Rating inherent = override == null ? calculated : override.applyTo(calculated, method);

        List<Lowering.Measure> inPlace = new ArrayList<>();
        for (String id : controls) {
            Optional<Mitigation> m = catalog.mitigation(id);
            if (m.isPresent()) {
                inPlace.add(new Lowering.Measure(m.get().title(), m.get().type(), m.get().reducesLikelihood(),
                        m.get().reducesImpact()));
                reductions.add(new Contribution(Contribution.Kind.CONTROL, null, m.get().title(),
                        "an answer says this is in place", -m.get().reducesLikelihood(), -m.get().reducesImpact()));
            }
        }
        for (PlanItem item : plan.acceptedFor(risk.id())) {
            if (controls.contains(item.mitigationId())) {
                continue; // already counted as in place
            }
            inPlace.add(new Lowering.Measure(item.title(), null, item.reducesLikelihood(), item.reducesImpact()));
            reductions.add(new Contribution(Contribution.Kind.PLAN, null, item.title(),
                    item.status().label() + (item.isCustom() ? ", custom measure" : ""),
                    -item.reducesLikelihood(), -item.reducesImpact()));
        }
        Lowering lowering = new Lowering(ScoringMethod.ADDITIVE, inherent, l5, i5, inPlace, List.of(), 0, 0);
        Rating residual = lowering.current(method);
        // the order this model always had: highest residual, then highest inherent
        double rank = residual.score() + inherent.score() / 100.0;
        boolean raised = assumed > 0;
        return new RiskScore(risk, calculated, inherent, residual, residual, override, reasons, reductions,
                uncertain, controls, rank, raised, lowering);
    }

    private static int clamp(int value) {
        return Math.max(1, Math.min(ScoringMethod.FIVE_POINT, value));
    }
}
