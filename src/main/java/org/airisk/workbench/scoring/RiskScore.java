package org.airisk.workbench.scoring;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.Risk;

/**
 * An applicable risk as scored: the calculated inherent rating, the inherent rating that counts (the calculated
 * one, or the assessor's override), the current residual rating after the measures in place, the target residual
 * once every accepted plan item is in place too, and the reasons for each.
 * {@code rank} orders the register: the current residual on what the answers say, unrounded, so risks in one cell of
 * the matrix still come in a meaningful order; worst-case assumptions for unanswered questions raise the ratings
 * (the conservative rule) but not the rank, and {@code raisedByAssumptions} says where they did.
 * {@code controlsInPlace} are the catalog mitigations answers say are in place.
 */
public record RiskScore(
        Risk risk,
        Rating calculated,
        Rating inherent,
        Rating residual,
        Rating target,
        RatingOverride override,
        List<Contribution> reasons,
        List<Contribution> reductions,
        List<String> uncertainQuestions,
        Set<String> controlsInPlace,
        double rank,
        boolean raisedByAssumptions,
        Lowering lowering) {

    public RiskScore {
        reasons = List.copyOf(reasons);
        reductions = List.copyOf(reductions);
        uncertainQuestions = List.copyOf(uncertainQuestions);
        controlsInPlace = Set.copyOf(controlsInPlace);
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

    /** True when accepted plan items not yet in place would lower it further. */
    public boolean hasPlannedReduction() {
        return !target.equals(residual);
    }

    /** The target residual rating if this mitigation were accepted as well. */
    public Rating targetWith(Mitigation mitigation, ScoringMethod method) {
        return lowering.targetWith(
                new Lowering.Measure(
                        mitigation.title(),
                        mitigation.type(),
                        mitigation.reducesLikelihood(),
                        mitigation.reducesImpact()),
                method);
    }
}
