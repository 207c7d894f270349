package org.airisk.workbench.scoring;

import static org.airisk.workbench.scoring.Fixtures.HALLUCINATION;
import static org.airisk.workbench.scoring.Fixtures.INJECTION;
import static org.airisk.workbench.scoring.Fixtures.answered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.junit.jupiter.api.Test;

/** Every change to what the assessor decided gives an assessment scored afresh; the one it came from stays as it was. */
class ScoredAssessmentTest {
    private static final ScoringMethod ADDITIVE = ScoringMethod.standard().withVersion(ScoringMethod.ADDITIVE);
    // injection L5 x I3 = 15 and hallucination L4 x I4 = 16 are above the appetite of 9
    private static final AnsweredQuestionnaire ANSWERS = answered(
            "audience",
            "public",
            "screening",
            "no",
            "grounding",
            "no",
            "outputs_code",
            "yes",
            "stakes",
            "5",
            "uses_tools",
            "no");

    private final ScoredAssessment scored =
            ScoredAssessment.of(Fixtures.CATALOG, ANSWERS, ADDITIVE, Map.of(), MitigationPlan.EMPTY);

    @Test
    void scoresAsTheScorerRecommenderAndClassifierDo() {
        RiskRegister register =
                new RiskScorer(Fixtures.CATALOG).score(ANSWERS, ADDITIVE, Map.of(), MitigationPlan.EMPTY);
        assertEquals(register, scored.register());
        assertEquals(
                new MitigationRecommender(Fixtures.CATALOG).recommend(register, MitigationPlan.EMPTY),
                scored.recommendations());
        assertEquals(new EuAiActClassifier().classify(ANSWERS), scored.indication());
        assertEquals(List.of("mit-screen", "mit-ground", "mit-review"), mitigations(scored));
    }

    @Test
    void anOverrideRatesTheRiskUntilCleared() {
        RatingOverride lower = new RatingOverride(HALLUCINATION, 2, 2, "Grounded on the help centre only");
        ScoredAssessment overridden = scored.withOverride(lower);
        RiskScore now = overridden.register().score(HALLUCINATION).orElseThrow();
        assertTrue(now.isOverridden());
        assertEquals(4, now.inherent().score());
        assertEquals(Map.of(HALLUCINATION, lower), overridden.overrides());
        assertEquals(16, residual(scored, HALLUCINATION), "the assessment it came from is unchanged");

        ScoredAssessment cleared = overridden.withoutOverride(HALLUCINATION);
        assertEquals(scored.register(), cleared.register());
        assertSame(scored, scored.withoutOverride(HALLUCINATION), "nothing to clear, nothing rescored");
    }

    @Test
    void aPlanItemLowersTheTargetAndIsNotRecommendedAgain() {
        PlanItem ground = PlanItem.accept(Fixtures.GROUND, List.of(HALLUCINATION));
        ScoredAssessment planned = scored.withPlanItem(ground);
        assertEquals(List.of(ground), planned.plan().items());
        assertTrue(
                planned.register().score(HALLUCINATION).orElseThrow().target().score() < 16);
        // grounding brings hallucination under appetite: review is now offered for injection alone
        assertEquals(List.of("mit-screen", "mit-review"), mitigations(planned));

        ScoredAssessment removed = planned.withoutPlanItem(ground.id());
        assertEquals(scored.register(), removed.register());
        assertEquals(mitigations(scored), mitigations(removed));
    }

    @Test
    void newAnswersAreScoredWithTheSameDecisions() {
        RatingOverride lower = new RatingOverride(HALLUCINATION, 2, 2, "Grounded on the help centre only");
        ScoredAssessment screened = scored.withOverride(lower)
                .withAnswers(answered(
                        "audience",
                        "public",
                        "screening",
                        "yes",
                        "grounding",
                        "no",
                        "outputs_code",
                        "yes",
                        "stakes",
                        "5",
                        "uses_tools",
                        "no"));
        assertTrue(residual(screened, INJECTION) < residual(scored, INJECTION), "screening input lowers injection");
        assertTrue(screened.register().score(HALLUCINATION).orElseThrow().isOverridden(), "the override stays");
    }

    @Test
    void anotherMethodIsPreviewedBeforeItIsUsed() {
        ScoringMethod calibrated = ScoringMethod.standard();
        assertNotEquals(ADDITIVE, calibrated);
        ScoredAssessment rescored = scored.withMethod(calibrated);
        assertEquals(calibrated, rescored.method());
        assertEquals(calibrated, rescored.register().method());
        assertEquals(MethodChange.between(scored.register(), rescored.register()), scored.changeTo(calibrated));
        assertEquals(ADDITIVE, scored.method(), "a preview changes nothing");
    }

    private static int residual(ScoredAssessment a, String risk) {
        return a.register().score(risk).orElseThrow().residual().score();
    }

    private static List<String> mitigations(ScoredAssessment a) {
        return a.recommendations().stream().map(r -> r.mitigation().id()).toList();
    }
}
