package org.airisk.workbench.scoring;

import java.util.List;
import org.airisk.workbench.catalog.Mitigation;

/**
 * A catalog mitigation suggested for the risks above appetite it addresses, with the expected reduction: the sum,
 * over those risks, of how much their residual score would fall; {@code value} is that per unit of effort.
 */
public record Recommendation(Mitigation mitigation, List<RiskScore> risks, int expectedReduction, double value) {
    public Recommendation {
        risks = List.copyOf(risks);
    }

    public List<String> riskIds() {
        return risks.stream().map(RiskScore::riskId).toList();
    }

    /** Effort in units: S = 1, M = 2, L = 3. */
    public static int effortUnits(Mitigation.Effort effort) {
        return effort.ordinal() + 1;
    }
}
