package org.airisk.workbench.scoring;

/** A likelihood and an impact on a method's matrix, their product, and the level that product falls in. */
public record Rating(int likelihood, int impact, ScoringMethod.Level level) {

    public static Rating of(int likelihood, int impact, ScoringMethod method) {
        return new Rating(likelihood, impact, method.level(likelihood * impact));
    }

    public int score() {
        return likelihood * impact;
    }

    /** "L4 x I3 = 12 (High)". */
    @Override
    public String toString() {
        return "L" + likelihood + " x I" + impact + " = " + score() + " (" + level.label() + ")";
    }
}
