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
    public RiskScore rate(
            Risk risk,
            List<Question> shown,
            QuestionnaireTemplate template,
            Map<String, Answer> counted,
            ScoringMethod method,
            RatingOverride override,
            MitigationPlan plan) {
        Reading reading = read(risk, shown, template, counted, method);
        int l5 = clamp(reading.likelihood);
        int i5 = clamp(reading.impact);
        Rating calculated = Rating.of(method.fromFivePoint(l5), method.fromFivePoint(i5), method);
        Rating inherent = override == null ? calculated : override.applyTo(calculated, method);
        List<Lowering.Measure> inPlace = new ArrayList<>();
        List<Contribution> reductions = new ArrayList<>();
        gatherMeasures(risk, reading.controls, plan, inPlace, reductions);
        Lowering lowering = new Lowering(ScoringMethod.ADDITIVE, inherent, l5, i5, inPlace, List.of(), 0, 0);
        Rating residual = lowering.current(method);
        // the order this model always had: highest residual, then highest inherent
        double rank = residual.score() + inherent.score() / 100.0;
        boolean raised = reading.assumed > 0;
        return new RiskScore(
                risk,
                calculated,
                inherent,
                residual,
                residual,
                override,
                reading.reasons,
                reductions,
                reading.uncertain,
                reading.controls,
                rank,
                raised,
                lowering);
    }

    /** What the shown questions add up to for one risk, on the 5-point scale before clamping. */
    private static final class Reading {
        final List<Contribution> reasons = new ArrayList<>();
        final List<String> uncertain = new ArrayList<>();
        final Set<String> controls = new LinkedHashSet<>();
        int likelihood;
        int impact;
        /** The sum of the deltas assumed for unanswered questions. */
        int assumed;
    }

    private static Reading read(
            Risk risk,
            List<Question> shown,
            QuestionnaireTemplate template,
            Map<String, Answer> counted,
            ScoringMethod method) {
        Reading reading = new Reading();
        reading.reasons.add(new Contribution(
                Contribution.Kind.START,
                null,
                "Starting point of the method",
                "likelihood " + method.startLikelihood() + ", impact " + method.startImpact() + " of 5",
                method.startLikelihood(),
                method.startImpact()));
        reading.likelihood = method.startLikelihood();
        reading.impact = method.startImpact();
        for (Question q : shown) {
            List<AnswerEffect> effects = RiskScorer.effectsOn(q, risk.id(), ScoringMethod.ADDITIVE);
            if (!effects.isEmpty()) {
                readAnswer(reading, q, template, counted.get(q.id()), effects);
            }
        }
        return reading;
    }

    private static void readAnswer(
            Reading reading, Question q, QuestionnaireTemplate template, Answer answer, List<AnswerEffect> effects) {
        if (answer == null) {
            reading.uncertain.add(q.id());
            Contribution worst = RiskScorer.worstCase(q, effects);
            if (worst != null) {
                reading.reasons.add(worst);
                reading.likelihood += worst.likelihood();
                reading.impact += worst.impact();
                reading.assumed += worst.likelihood() + worst.impact();
            }
            return;
        }
        if (Question.isNotApplicable(answer)) {
            return;
        }
        if (new Answer.Choice(Question.NOT_SURE).equals(answer)) {
            reading.uncertain.add(q.id());
        }
        RiskScorer.Holding h = RiskScorer.holding(q, answer, effects);
        reading.controls.addAll(h.controls());
        int dl = h.likelihood();
        int di = h.impact();
        if (dl != 0 || di != 0) {
            Contribution.Kind kind = template.isIncluded(q) ? Contribution.Kind.PROFILE : Contribution.Kind.ANSWER;
            reading.reasons.add(new Contribution(kind, q.id(), q.text(), q.describe(answer), dl, di));
            reading.likelihood += dl;
            reading.impact += di;
        }
    }

    /** Controls in place and every accepted plan item not already in place, with the lines explaining them. */
    private void gatherMeasures(
            Risk risk,
            Set<String> controls,
            MitigationPlan plan,
            List<Lowering.Measure> inPlace,
            List<Contribution> reductions) {
        for (String id : controls) {
            Optional<Mitigation> m = catalog.mitigation(id);
            if (m.isPresent()) {
                inPlace.add(new Lowering.Measure(
                        m.get().title(),
                        m.get().type(),
                        m.get().reducesLikelihood(),
                        m.get().reducesImpact()));
                reductions.add(new Contribution(
                        Contribution.Kind.CONTROL,
                        null,
                        m.get().title(),
                        "an answer says this is in place",
                        -m.get().reducesLikelihood(),
                        -m.get().reducesImpact()));
            }
        }
        for (PlanItem item : plan.acceptedFor(risk.id())) {
            if (controls.contains(item.mitigationId())) {
                continue; // already counted as in place
            }
            inPlace.add(new Lowering.Measure(item.title(), null, item.reducesLikelihood(), item.reducesImpact()));
            reductions.add(new Contribution(
                    Contribution.Kind.PLAN,
                    null,
                    item.title(),
                    item.status().label() + (item.isCustom() ? ", custom measure" : ""),
                    -item.reducesLikelihood(),
                    -item.reducesImpact()));
        }
    }

    private static int clamp(int value) {
        return Math.max(1, Math.min(ScoringMethod.FIVE_POINT, value));
    }
}
