package org.airisk.workbench.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where an assessment's scoring records are kept: the method it is scored with, the assessor's overrides and the
 * mitigation plan. Every method is one transaction, like {@link org.airisk.workbench.assessment.AssessmentRepository}.
 */
public interface RegisterRepository {

    /** The method the assessment was scored with; empty before it was first scored. */
    Optional<ScoringMethod> method(UUID assessment);

    /**
     * The method as read by the assessment's editor: from now on, saving a method when a colleague saved another
     * since this read is refused ({@code assessment.ChangedElsewhere}, ADR 0040); other reads leave that alone.
     */
    default Optional<ScoringMethod> methodToEdit(UUID assessment) {
        return method(assessment);
    }

    void saveMethod(UUID assessment, ScoringMethod method);

    Map<String, RatingOverride> overrides(UUID assessment);

    /**
     * The overrides as read into the register's editor: from now on, a save or removal of an override someone else
     * saved since this read is refused ({@code assessment.ChangedElsewhere}, ADR 0036); other reads leave that alone.
     */
    default Map<String, RatingOverride> overridesToEdit(UUID assessment) {
        return overrides(assessment);
    }

    void saveOverride(UUID assessment, RatingOverride override);

    /** Saves the override over a colleague's newer one the assessor chose to replace; recorded as written over. */
    default void overwriteOverride(UUID assessment, RatingOverride override) {
        saveOverride(assessment, override);
    }

    void removeOverride(UUID assessment, String riskId);

    MitigationPlan plan(UUID assessment);

    /** The plan as read into its editor; as {@link #overridesToEdit}, for plan items. */
    default MitigationPlan planToEdit(UUID assessment) {
        return plan(assessment);
    }

    /** Adds the item, or replaces the item with the same id. */
    void savePlanItem(UUID assessment, PlanItem item);

    /** Saves the item over a colleague's newer save the assessor chose to replace; recorded as written over. */
    default void overwritePlanItem(UUID assessment, PlanItem item) {
        savePlanItem(assessment, item);
    }

    void removePlanItem(UUID assessment, UUID item);

    /**
     * Keeps the residual result of every applicable risk and the highest residual level, for the portfolio
     * dashboard's queries; replaces what was kept before.
     */
    void saveResults(UUID assessment, RiskRegister register);

    /**
     * The assessments whose kept results no longer reflect their answers (imported, or answered without the
     * register open) and that {@link #saveResults} has not caught up with since; oldest first.
     */
    List<UUID> withoutCurrentResults();
}
