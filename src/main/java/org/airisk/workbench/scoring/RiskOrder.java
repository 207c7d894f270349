package org.airisk.workbench.scoring;

import java.util.Comparator;

/**
 * "Highest first", the one order of risks everywhere they are listed: the register, the dashboard's highest risks,
 * every report and the command line. By rank (the current residual on what the answers say, unrounded), then the
 * more severe impact first, then the higher residual cell, then the risk that is more severe and more likely by
 * nature (its baseline), then by name, and last by risk id, so that two risks alike in all of these (an imported
 * risk sharing a built-in one's name) are listed the same way on every screen and in every report.
 */
public final class RiskOrder {
    public static final Comparator<RiskScore> HIGHEST_FIRST = Comparator.comparingDouble(RiskScore::rank)
            .reversed()
            .thenComparing(Comparator.comparingInt((RiskScore s) -> s.inherent().impact())
                    .reversed())
            .thenComparing(Comparator.comparingInt((RiskScore s) -> s.residual().score())
                    .reversed())
            .thenComparing(
                    Comparator.comparingInt((RiskScore s) -> s.risk().baseline().impact())
                            .reversed())
            .thenComparing(
                    Comparator.comparingInt((RiskScore s) -> s.risk().baseline().likelihood())
                            .reversed())
            .thenComparing(s -> s.risk().name())
            .thenComparing(RiskScore::riskId);

    private RiskOrder() {}
}
