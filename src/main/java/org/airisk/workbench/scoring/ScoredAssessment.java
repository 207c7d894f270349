package org.airisk.workbench.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;

/**
 * One assessment scored: what the assessor decided (the answers, the method the assessment keeps, the overrides and
 * the mitigation plan) and what follows from it (the risk register, the measures still worth recommending and the
 * EU AI Act indication). The one way an assessment is scored: the open assessment's register, plan and dashboard,
 * every report, the command line and the catch-up scoring for the library all score through here, so none of them
 * can rate or list a risk differently from another.
 *
 * <p>Immutable: a change (an answer, an override, a plan item, another method) gives a new one, scored afresh.
 */
public final class ScoredAssessment {
    private static final EuAiActClassifier CLASSIFIER = new EuAiActClassifier();

    private final RiskCatalog catalog;
    private final AnsweredQuestionnaire answers;
    private final ScoringMethod method;
    private final Map<String, RatingOverride> overrides;
    private final MitigationPlan plan;
    private final RiskRegister register;

    private ScoredAssessment(
            RiskCatalog catalog,
            AnsweredQuestionnaire answers,
            ScoringMethod method,
            Map<String, RatingOverride> overrides,
            MitigationPlan plan) {
        this.catalog = catalog;
        this.answers = answers;
        this.method = method;
        this.overrides = Map.copyOf(overrides);
        this.plan = plan;
        this.register = new RiskScorer(catalog).score(answers, method, this.overrides, plan);
    }

    /** Scores the answers with the method, the assessor's overrides (by risk id) and plan. */
    public static ScoredAssessment of(
            RiskCatalog catalog,
            AnsweredQuestionnaire answers,
            ScoringMethod method,
            Map<String, RatingOverride> overrides,
            MitigationPlan plan) {
        return new ScoredAssessment(catalog, answers, method, overrides, plan);
    }

    public AnsweredQuestionnaire answers() {
        return answers;
    }

    public ScoringMethod method() {
        return method;
    }

    /** The assessor's overrides, by risk id. */
    public Map<String, RatingOverride> overrides() {
        return overrides;
    }

    public MitigationPlan plan() {
        return plan;
    }

    public RiskRegister register() {
        return register;
    }

    /** The catalog measures worth adding for the risks still above appetite, best value first. */
    public List<Recommendation> recommendations() {
        return new MitigationRecommender(catalog).recommend(register, plan);
    }

    /** The indicative EU AI Act classification the profile answers give. */
    public EuAiActIndication indication() {
        return CLASSIFIER.classify(answers);
    }

    /** What scoring with another method would change, before the assessor agrees to it. */
    public MethodChange changeTo(ScoringMethod other) {
        return MethodChange.between(register, withMethod(other).register);
    }

    public ScoredAssessment withAnswers(AnsweredQuestionnaire now) {
        return new ScoredAssessment(catalog, now, method, overrides, plan);
    }

    /**
     * Scored with another method. Overrides are points on the old matrix: beyond a smaller one they are kept within
     * it when applied.
     */
    public ScoredAssessment withMethod(ScoringMethod other) {
        return new ScoredAssessment(catalog, answers, other, overrides, plan);
    }

    /** With this override in place of any earlier one on the same risk. */
    public ScoredAssessment withOverride(RatingOverride override) {
        Map<String, RatingOverride> now = new LinkedHashMap<>(overrides);
        now.put(override.riskId(), override);
        return new ScoredAssessment(catalog, answers, method, now, plan);
    }

    /** Without the override on this risk; this one itself when there is none. */
    public ScoredAssessment withoutOverride(String riskId) {
        if (!overrides.containsKey(riskId)) {
            return this;
        }
        Map<String, RatingOverride> now = new LinkedHashMap<>(overrides);
        now.remove(riskId);
        return new ScoredAssessment(catalog, answers, method, now, plan);
    }

    /** With this plan item added, or in place of the item with its id. */
    public ScoredAssessment withPlanItem(PlanItem item) {
        return new ScoredAssessment(catalog, answers, method, overrides, plan.with(item));
    }

    public ScoredAssessment withoutPlanItem(UUID item) {
        return new ScoredAssessment(catalog, answers, method, overrides, plan.without(item));
    }
}
