package org.airisk.workbench.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * Risks of one slice of the register (all of it, a category, a group or a pillar): how many, how many at each
 * level before and after mitigation (in the method's level order), and the highest and mean residual score.
 */
public record Aggregate(
        String name,
        int risks,
        List<Integer> inherentByLevel,
        List<Integer> residualByLevel,
        int highestResidualScore,
        double meanResidualScore,
        int aboveAppetite) {

    public Aggregate {
        inherentByLevel = List.copyOf(inherentByLevel);
        residualByLevel = List.copyOf(residualByLevel);
    }

    static Aggregate of(String name, List<RiskScore> scores, ScoringMethod method) {
        Integer[] inherent = new Integer[method.levels().size()];
        Integer[] residual = new Integer[method.levels().size()];
        Arrays.fill(inherent, 0);
        Arrays.fill(residual, 0);
        int highest = 0;
        int sum = 0;
        int above = 0;
        for (RiskScore s : scores) {
            inherent[method.levelIndex(s.inherent().level())]++;
            residual[method.levelIndex(s.residual().level())]++;
            highest = Math.max(highest, s.residual().score());
            sum += s.residual().score();
            if (method.isAboveAppetite(s.residual().score())) {
                above++;
            }
        }
        return new Aggregate(
                name,
                scores.size(),
                List.of(inherent),
                List.of(residual),
                highest,
                scores.isEmpty() ? 0 : (double) sum / scores.size(),
                above);
    }
}
