package org.airisk.workbench.scoring;

import java.util.Objects;
import org.airisk.workbench.assessment.UserFacingProblem;

/**
 * The assessor's own likelihood and/or impact for a risk (0 keeps the calculated value), always with the reason.
 * An override replaces the calculated inherent rating and stays marked as such wherever the risk is shown.
 * Or, with {@code notApplicable}, the assessor's judgement that the risk does not apply to this system at all: it
 * leaves the register for the not-applicable list, with the reason, until the override is cleared.
 */
public record RatingOverride(String riskId, int likelihood, int impact, String justification, boolean notApplicable) {

    public RatingOverride(String riskId, int likelihood, int impact, String justification) {
        this(riskId, likelihood, impact, justification, false);
    }

    /** Sets a risk aside as not applicable to this system, for the reason given. */
    public static RatingOverride notApplicable(String riskId, String reason) {
        return new RatingOverride(riskId, 0, 0, reason, true);
    }

    public RatingOverride {
        Objects.requireNonNull(riskId, "riskId");
        justification = justification == null ? "" : justification.strip();
        if (notApplicable) {
            checkSetAside(justification, likelihood, impact);
        } else {
            checkRating(justification, likelihood, impact);
        }
    }

    private static void checkSetAside(String reason, int likelihood, int impact) {
        if (reason.isEmpty()) {
            throw new UserFacingProblem("Say why the risk does not apply to this system: the reason "
                    + "stays with the assessment and its reports.");
        }
        if (likelihood != 0 || impact != 0) {
            throw new UserFacingProblem("A risk set aside as not applicable has no rating of its own.");
        }
    }

    private static void checkRating(String justification, int likelihood, int impact) {
        if (justification.isEmpty()) {
            throw new UserFacingProblem(
                    "An override needs a justification: say why the calculated rating " + "does not fit.");
        }
        if (likelihood == 0 && impact == 0) {
            throw new UserFacingProblem("An override changes the likelihood, the impact or both.");
        }
        if (likelihood < 0 || impact < 0 || likelihood > ScoringMethod.MAX_SIZE || impact > ScoringMethod.MAX_SIZE) {
            throw new UserFacingProblem("Likelihood and impact are points on the matrix, 1 to its size.");
        }
    }

    /** The rating with this override applied to the calculated one, kept within the matrix. */
    Rating applyTo(Rating calculated, ScoringMethod method) {
        int l = likelihood == 0 ? calculated.likelihood() : Math.min(likelihood, method.size());
        int i = impact == 0 ? calculated.impact() : Math.min(impact, method.size());
        return Rating.of(l, i, method);
    }
}
