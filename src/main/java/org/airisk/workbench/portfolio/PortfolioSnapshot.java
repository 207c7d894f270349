package org.airisk.workbench.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.AssessmentStatus;

/**
 * The portfolio at a glance, for one filter: how many assessments, by status and by highest residual level
 * ({@link #NOT_SCORED} for those never scored), the risks most often above appetite, and the overdue plan items.
 */
public record PortfolioSnapshot(
        int assessments,
        Map<AssessmentStatus, Integer> byStatus,
        Map<String, Integer> byLevel,
        List<RiskCount> frequentRisks,
        int overdueTotal,
        List<OverdueItem> overdue) {
    public static final String NOT_SCORED = "Not scored yet";

    /** A risk and in how many of the counted assessments its residual score is above appetite. */
    public record RiskCount(String riskId, int assessments) {}

    public record OverdueItem(UUID assessmentId, String assessmentTitle, String item, String owner, LocalDate due) {}

    public PortfolioSnapshot {
        byStatus = Map.copyOf(byStatus);
        byLevel = Map.copyOf(byLevel);
        frequentRisks = List.copyOf(frequentRisks);
        overdue = List.copyOf(overdue);
    }
}
