package org.airisk.workbench.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.airisk.workbench.catalog.Baseline;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;

/**
 * Scoring model 2 (docs/scoring.md, ADR 0008):
 * <ol>
 * <li>Likelihood and impact start at the risk's own baseline.</li>
 * <li>Context and exposure answers (the system profile, questions such as "used in education?") raise or lower
 * them. Raises on one axis add up with diminishing returns: the largest in full, the next half, the next a
 * quarter; lowerings likewise. So a rating follows how strong the evidence is, not how many questions mention
 * the risk.</li>
 * <li>A question that asks whether a safeguard is in place does not raise the inherent rating when the answer is
 * no: inherent risk is the risk before safeguards. A yes counts as a control that lowers the residual.</li>
 * <li>An unanswered context question is assumed at its worst (the conservative rule), which raises the ratings;
 * the rank, which orders the register, rests on the answers given, and the risk is flagged.</li>
 * <li>Residual: see {@link Lowering}: bounded, diminishing, and context-aware.</li>
 * </ol>
 */
final class CalibratedRating implements RiskScorer.RiskRating {
    /** The profile answers that make a harm harder to soften. */
    static final String REVERSIBILITY = "profile_reversibility";

    static final String AFFECTED = "profile_affected";
    /**
     * At most this many 5-point steps of likelihood can be taken off by measures, and of impact: declared measures
     * seldom work as well as hoped, and they make a harm less likely far more often than they make it smaller.
     */
    static final double MAX_LIKELIHOOD_REDUCTION = 1.5;

    static final double MAX_IMPACT_REDUCTION = 1.0;
    /** ... and of impact where the harm cannot be undone or falls on children or people in a vulnerable situation. */
    static final double MAX_IMPACT_REDUCTION_GRAVE = 0.5;

    private final RiskCatalog catalog;
    private final double maxImpactReduction;

    CalibratedRating(RiskCatalog catalog, Map<String, Answer> counted) {
        this.catalog = catalog;
        this.maxImpactReduction = isGrave(counted) ? MAX_IMPACT_REDUCTION_GRAVE : MAX_IMPACT_REDUCTION;
    }

    static boolean isGrave(Map<String, Answer> counted) {
        Answer reversibility = counted.get(REVERSIBILITY);
        Answer affected = counted.get(AFFECTED);
        boolean irreversible =
                reversibility instanceof Answer.Choice c && c.option().equals("irreversible");
        boolean vulnerable = affected instanceof Answer.Choices c
                && (c.options().contains("minors") || c.options().contains("vulnerable"));
        return irreversible || vulnerable;
    }

    /** The pieces of evidence on the two axes: raises and lowerings, in 5-point steps. */
    private static final class Evidence {
        final List<Double> raiseL = new ArrayList<>();
        final List<Double> lowerL = new ArrayList<>();
        final List<Double> raiseI = new ArrayList<>();
        final List<Double> lowerI = new ArrayList<>();

        void add(int likelihood, int impact) {
            (likelihood > 0 ? raiseL : lowerL).add((double) Math.abs(likelihood));
            (impact > 0 ? raiseI : lowerI).add((double) Math.abs(impact));
        }

        Evidence plus(Evidence other) {
            Evidence sum = new Evidence();
            for (Evidence e : List.of(this, other)) {
                sum.raiseL.addAll(e.raiseL);
                sum.lowerL.addAll(e.lowerL);
                sum.raiseI.addAll(e.raiseI);
                sum.lowerI.addAll(e.lowerI);
            }
            return sum;
        }

        double likelihood(Baseline base) {
            return clamp(base.likelihood() + Lowering.diminishing(raiseL) - Lowering.diminishing(lowerL));
        }

        double impact(Baseline base) {
            return clamp(base.impact() + Lowering.diminishing(raiseI) - Lowering.diminishing(lowerI));
        }
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
        Baseline base = risk.baseline();
        Reading reading = read(risk, shown, template, counted);
        Evidence worst = reading.answered.plus(reading.assumed);
        double l5 = worst.likelihood(base);
        double i5 = worst.impact(base);
        if (reading.reasons.size() > 1) {
            reading.reasons.add(combined(l5, i5));
        }
        Rating calculated = Rating.of(method.fromFivePoint(l5), method.fromFivePoint(i5), method);
        Rating inherent = override == null ? calculated : override.applyTo(calculated, method);
        double answeredL = reading.answered.likelihood(base);
        double answeredI = reading.answered.impact(base);
        if (override != null && override.likelihood() > 0) {
            l5 = answeredL = method.toFivePoint(inherent.likelihood());
        }
        if (override != null && override.impact() > 0) {
            i5 = answeredI = method.toFivePoint(inherent.impact());
        }
        Measures measures = measures(risk, reading, plan);
        Lowering lowering = lowering(inherent, l5, i5, measures);
        Lowering onAnswers = lowering(inherent, answeredL, answeredI, measures);
        boolean raised = lowering.currentFineScore() > onAnswers.currentFineScore() + 1e-9;
        return new RiskScore(
                risk,
                calculated,
                inherent,
                lowering.current(method),
                lowering.target(method),
                override,
                reading.reasons,
                measures.reductions,
                reading.uncertain,
                reading.controls,
                rankOf(onAnswers, answeredL * answeredI),
                raised,
                lowering);
    }

    /** The reason that says how several raises on one axis were added up. */
    private static Contribution combined(double l5, double i5) {
        return new Contribution(
                Contribution.Kind.COMBINED,
                null,
                "Added up with diminishing returns",
                "The largest raise on each axis counts in full, the next half, the next a quarter: likelihood "
                        + oneDecimal(l5) + ", impact " + oneDecimal(i5) + " of 5.",
                0,
                0);
    }

    /** What the measures take off an inherent rating whose 5-point likelihood and impact are given. */
    private Lowering lowering(Rating inherent, double l5, double i5, Measures measures) {
        return new Lowering(
                ScoringMethod.CALIBRATED,
                inherent,
                l5,
                i5,
                measures.inPlace,
                measures.planned,
                MAX_LIKELIHOOD_REDUCTION,
                maxImpactReduction);
    }

    /** What the shown questions say about one risk: the reasons, the evidence on each axis, safeguards, gaps. */
    private static final class Reading {
        final List<Contribution> reasons = new ArrayList<>();
        final List<String> uncertain = new ArrayList<>();
        final Set<String> controls = new LinkedHashSet<>();
        final Evidence answered = new Evidence();
        final Evidence assumed = new Evidence();
        final List<Missing> missing = new ArrayList<>();
    }

    private static Reading read(
            Risk risk, List<Question> shown, QuestionnaireTemplate template, Map<String, Answer> counted) {
        Baseline base = risk.baseline();
        Reading reading = new Reading();
        reading.reasons.add(new Contribution(
                Contribution.Kind.START,
                null,
                "Baseline of this risk",
                base.reason(),
                base.likelihood(),
                base.impact()));
        for (Question q : shown) {
            List<AnswerEffect> effects = RiskScorer.effectsOn(q, risk.id(), ScoringMethod.CALIBRATED);
            if (!effects.isEmpty()) {
                readAnswer(reading, q, template, counted.get(q.id()), effects);
            }
        }
        return reading;
    }

    private static void readAnswer(
            Reading reading, Question q, QuestionnaireTemplate template, Answer answer, List<AnswerEffect> effects) {
        boolean asksForSafeguard = effects.stream().anyMatch(e -> e.kind() == AnswerEffect.Kind.CONTROL);
        if (asksForSafeguard && !Question.isNotApplicable(answer)) {
            missingSafeguard(q, answer, effects).ifPresent(reading.missing::add);
        }
        if (answer == null) {
            reading.uncertain.add(q.id());
            if (!asksForSafeguard) {
                Contribution worst = RiskScorer.worstCase(q, effects);
                if (worst != null) {
                    reading.reasons.add(worst);
                    reading.assumed.add(worst.likelihood(), worst.impact());
                }
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
        int dl = asksForSafeguard ? 0 : h.likelihood();
        int di = asksForSafeguard ? 0 : h.impact();
        if (dl != 0 || di != 0) {
            Contribution.Kind kind = template.isIncluded(q) ? Contribution.Kind.PROFILE : Contribution.Kind.ANSWER;
            reading.reasons.add(new Contribution(kind, q.id(), q.text(), q.describe(answer), dl, di));
            reading.answered.add(dl, di);
        }
    }

    /** The measures that lower the residual (in place, planned) and the lines that explain them. */
    private static final class Measures {
        final List<Lowering.Measure> inPlace = new ArrayList<>();
        final List<Lowering.Measure> planned = new ArrayList<>();
        final List<Contribution> reductions = new ArrayList<>();
    }

    private Measures measures(Risk risk, Reading reading, MitigationPlan plan) {
        Measures measures = new Measures();
        for (String id : reading.controls) {
            catalog.mitigation(id).ifPresent(m -> addControlInPlace(measures, m));
        }
        for (PlanItem item : plan.acceptedFor(risk.id())) {
            if (!reading.controls.contains(item.mitigationId())) { // else already counted as in place
                addPlanItem(measures, item);
            }
        }
        for (Missing m : reading.missing) {
            if (plan.acceptedFor(risk.id()).stream()
                    .noneMatch(i -> i.mitigationId().equals(m.mitigation()))) {
                String title = catalog.mitigation(m.mitigation())
                        .map(Mitigation::title)
                        .orElse(m.mitigation());
                measures.reductions.add(new Contribution(
                        Contribution.Kind.MISSING,
                        m.question().id(),
                        m.question().text(),
                        m.answer() + "; once in place, \u201c" + title + "\u201d would lower it.",
                        0,
                        0));
            }
        }
        return measures;
    }

    private static void addControlInPlace(Measures measures, Mitigation m) {
        Lowering.Measure measure = new Lowering.Measure(m.title(), m.type(), m.reducesLikelihood(), m.reducesImpact());
        measures.inPlace.add(measure);
        measures.reductions.add(new Contribution(
                Contribution.Kind.CONTROL,
                null,
                m.title(),
                "an answer says this is in place" + behaviouralNote(measure),
                -m.reducesLikelihood(),
                -m.reducesImpact()));
    }

    private void addPlanItem(Measures measures, PlanItem item) {
        Mitigation.Type type =
                catalog.mitigation(item.mitigationId()).map(Mitigation::type).orElse(null);
        Lowering.Measure measure =
                new Lowering.Measure(item.title(), type, item.reducesLikelihood(), item.reducesImpact());
        boolean done = item.status().isDone();
        (done ? measures.inPlace : measures.planned).add(measure);
        measures.reductions.add(new Contribution(
                Contribution.Kind.PLAN,
                null,
                item.title(),
                item.status().label()
                        + (item.isCustom() ? ", custom measure" : "")
                        + (done ? "" : "; lowers the target, and the current rating once implemented")
                        + behaviouralNote(measure),
                -item.reducesLikelihood(),
                -item.reducesImpact()));
    }

    /**
     * The register's order: the geometric mean of the inherent and the current residual score on the answers given,
     * unrounded. A major risk with measures in place stays above a minor one without, and measures still move a
     * risk down; ranking by residual alone put well-controlled severe risks below trivial ones (docs/scoring.md).
     */
    static double rankOf(Lowering lowering, double inherent) {
        return Math.sqrt(inherent * lowering.currentFineScore());
    }

    /** A safeguard question whose control is not in place: its question, the answer in words, the mitigation. */
    private record Missing(Question question, String answer, String mitigation) {}

    private static Optional<Missing> missingSafeguard(Question q, Answer answer, List<AnswerEffect> effects) {
        Map<String, Answer> own = answer == null ? Map.of() : Map.of(q.id(), answer);
        if (answer != null
                && effects.stream()
                        .anyMatch(e -> e.kind() == AnswerEffect.Kind.CONTROL
                                && e.when().holds(own))) {
            return Optional.empty();
        }
        return effects.stream()
                .filter(e -> e.kind() == AnswerEffect.Kind.CONTROL)
                .findFirst()
                .map(e -> new Missing(
                        q,
                        answer == null ? "Not answered yet" : "Answered \u201c" + q.describe(answer) + "\u201d",
                        e.mitigation()));
    }

    private static String behaviouralNote(Lowering.Measure measure) {
        if (!measure.isBehavioural()) {
            return "";
        }
        boolean policy = measure.type() != Mitigation.Type.PROCESS;
        if (policy && (measure.likelihood() > 1 || measure.impact() > 0)) {
            return "; a policy counts at most one step of likelihood and none of impact: it depends on people "
                    + "following it and does not make a harm smaller";
        }
        return measure.likelihood() > 1 || measure.impact() > 1
                ? "; counts at most one step on each axis, as it depends on people following it"
                : "";
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static double clamp(double value) {
        return Math.max(1, Math.min(ScoringMethod.FIVE_POINT, value));
    }
}
