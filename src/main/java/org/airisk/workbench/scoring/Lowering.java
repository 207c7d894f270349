package org.airisk.workbench.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.airisk.workbench.catalog.Mitigation;

/**
 * The measures that lower one risk, and how its scoring model adds them up into a residual rating.
 * <ul>
 * <li>Additive model (1): strengths are summed as steps on the matrix, from the inherent rating.</li>
 * <li>Calibrated model (2): the strongest measure on an axis counts in full, the next half, the next a quarter and
 * so on; a policy, process or legal measure counts at most one step on an axis (it depends on people following it),
 * and a policy or legal measure none on impact (it does not make a harm smaller when it happens);
 * and the total is capped ({@link #maxLikelihood}, {@link #maxImpact}), lower for impact where the harm cannot be
 * undone or falls on children or people in a vulnerable situation. Measures rarely make a harm smaller; they make
 * it less likely.</li>
 * </ul>
 * <em>In place</em> are controls that answers say exist and plan items implemented or verified: they give the
 * current residual. <em>Planned</em> are the other accepted plan items: with them the target residual.
 * The additive model counted every accepted item as in place, and still does for assessments scored on it.
 */
public record Lowering(
        int model,
        Rating inherent,
        double likelihood,
        double impact,
        List<Measure> inPlace,
        List<Measure> planned,
        double maxLikelihood,
        double maxImpact) {

    /** One measure's declared strength in 5-point steps; {@code type} is null for a custom plan item. */
    public record Measure(String title, Mitigation.Type type, int likelihood, int impact) {
        /** The steps this measure can count for under the calibrated model. */
        double cappedLikelihood() {
            return isBehavioural() ? Math.min(1, likelihood) : likelihood;
        }

        /** A policy or contract does not make a harm smaller when it happens; a process (review) may, a little. */
        double cappedImpact() {
            if (type == Mitigation.Type.GOVERNANCE || type == Mitigation.Type.LEGAL) {
                return 0;
            }
            return isBehavioural() ? Math.min(1, impact) : impact;
        }

        boolean isBehavioural() {
            return type == Mitigation.Type.GOVERNANCE
                    || type == Mitigation.Type.PROCESS
                    || type == Mitigation.Type.LEGAL;
        }
    }

    public Lowering {
        inPlace = List.copyOf(inPlace);
        planned = List.copyOf(planned);
    }

    /** The rating after the measures in place. */
    public Rating current(ScoringMethod method) {
        return rate(inPlace, method);
    }

    /** The rating once every accepted measure is in place as well. */
    public Rating target(ScoringMethod method) {
        return rate(all(), method);
    }

    /** The target rating if one more measure were accepted. */
    public Rating targetWith(Measure extra, ScoringMethod method) {
        List<Measure> more = new ArrayList<>(all());
        more.add(extra);
        return rate(more, method);
    }

    /** The current residual on the 5-point scales, unrounded: likelihood x impact, for ranking. */
    public double currentFineScore() {
        return fineLikelihood(inPlace) * fineImpact(inPlace);
    }

    private List<Measure> all() {
        List<Measure> all = new ArrayList<>(inPlace);
        all.addAll(planned);
        return all;
    }

    private Rating rate(List<Measure> measures, ScoringMethod method) {
        if (model == ScoringMethod.ADDITIVE) {
            int l = measures.stream().mapToInt(Measure::likelihood).sum();
            int i = measures.stream().mapToInt(Measure::impact).sum();
            return Rating.of(
                    Math.max(1, inherent.likelihood() - method.stepsFromFivePoint(l)),
                    Math.max(1, inherent.impact() - method.stepsFromFivePoint(i)),
                    method);
        }
        return Rating.of(
                method.fromFivePoint(fineLikelihood(measures)), method.fromFivePoint(fineImpact(measures)), method);
    }

    private double fineLikelihood(List<Measure> measures) {
        if (model == ScoringMethod.ADDITIVE) {
            return Math.max(
                    1,
                    likelihood - measures.stream().mapToInt(Measure::likelihood).sum());
        }
        double lowered = Math.min(
                maxLikelihood,
                diminishing(measures.stream().map(Measure::cappedLikelihood).toList()));
        return Math.max(1, likelihood - lowered);
    }

    private double fineImpact(List<Measure> measures) {
        if (model == ScoringMethod.ADDITIVE) {
            return Math.max(
                    1, impact - measures.stream().mapToInt(Measure::impact).sum());
        }
        double lowered = Math.min(
                maxImpact,
                diminishing(measures.stream().map(Measure::cappedImpact).toList()));
        return Math.max(1, impact - lowered);
    }

    /** The largest in full, the next half, the next a quarter: many small pieces never add up without end. */
    static double diminishing(List<Double> steps) {
        List<Double> sorted = new ArrayList<>(steps.stream().filter(s -> s > 0).toList());
        sorted.sort(Comparator.reverseOrder());
        double total = 0;
        double weight = 1;
        for (double step : sorted) {
            total += step * weight;
            weight /= 2;
        }
        return total;
    }
}
