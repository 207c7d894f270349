package org.airisk.workbench.scoring;

import java.util.List;
import java.util.Optional;
import org.airisk.workbench.catalog.Risk;

/**
 * An applicable risk as scored: the calculated inherent rating, the inherent rating that counts (the calculated
 * one, or the assessor's override), the residual rating after controls in place and accepted plan items, and the
 * reasons for each.
 * {@code reducesLikelihood}/{@code reducesImpact} are the summed reductions on the 5-point scale;
 * {@code controlsInPlace} the catalog mitigations answers say are in place.
 */
public record RiskScore(
        Risk risk,
        Rating calculated,
        Rating inherent,
        Rating residual,
        RatingOverride override,
        List<Contribution> reasons,
        List<Contribution> reductions,
        List<String> uncertainQuestions,
        int reducesLikelihood,
        int reducesImpact,
        java.util.Set<String> controlsInPlace) {

    public RiskScore {
        reasons = List.copyOf(reasons);
        reductions = List.copyOf(reductions);
        uncertainQuestions = List.copyOf(uncertainQuestions);
        controlsInPlace = java.util.Set.copyOf(controlsInPlace);
    }

    public String riskId() {
        return risk.id();
    }

    public Optional<RatingOverride> overrideIfAny() {
        return Optional.ofNullable(override);
    }

    public boolean isOverridden() {
        return override != null;
    }

    /** True when an answer it rests on is missing or "not sure". */
    public boolean restsOnAssumptions() {
        return !uncertainQuestions.isEmpty();
    }

    /** The residual rating if a further measure of this strength (5-point steps) were added. */
    public Rating residualWith(int extraLikelihood, int extraImpact, ScoringMethod method) {
        return RiskScorer.residual(inherent, reducesLikelihood + extraLikelihood, reducesImpact + extraImpact, method);
    }
}
