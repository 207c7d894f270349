package org.airisk.workbench.scoring;

import static org.airisk.workbench.scoring.Fixtures.HALLUCINATION;
import static org.airisk.workbench.scoring.Fixtures.INJECTION;
import static org.airisk.workbench.scoring.Fixtures.answered;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MitigationRecommenderTest {
    private final RiskScorer scorer = new RiskScorer(Fixtures.CATALOG);
    private final MitigationRecommender recommender = new MitigationRecommender(Fixtures.CATALOG);
    // injection L5 x I3 = 15, hallucination L4 x I4 = 16: both above the appetite of 9; code L2 x I4 = 8 is not

    private List<Recommendation> recommend(MitigationPlan plan) {
        var answers = answered(
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
        return recommender.recommend(
                scorer.score(answers, ScoringMethod.standard().withVersion(ScoringMethod.ADDITIVE), Map.of(), plan),
                plan);
    }

    @Test
    void rankedByReductionPerUnitOfEffort() {
        List<Recommendation> r = recommend(MitigationPlan.EMPTY);
        // screen (S): injection 15 -> 9 = 6 per 1; ground (M): hallucination 16 -> 6 = 10 per 2;
        // review (L): injection 15 -> 8 and hallucination 16 -> 9 = 14 per 3
        assertEquals(
                List.of("mit-screen", "mit-ground", "mit-review"),
                r.stream().map(x -> x.mitigation().id()).toList());
        assertEquals(
                List.of(6, 10, 14),
                r.stream().map(Recommendation::expectedReduction).toList());
        assertEquals(
                List.of(HALLUCINATION, INJECTION),
                r.get(2).riskIds().stream().sorted().toList(),
                "a mitigation for several risks is offered once, with all of them");
    }

    @Test
    void decidedMitigationsAreNotOfferedAgain() {
        MitigationPlan plan = new MitigationPlan(List.of(
                PlanItem.reject(Fixtures.SCREEN, List.of(INJECTION), "Vendor filter already evaluated"),
                PlanItem.accept(Fixtures.GROUND, List.of(HALLUCINATION))));
        List<Recommendation> r = recommend(plan);
        // grounding accepted brings hallucination to 6, under appetite: review now helps injection only
        assertEquals(
                List.of("mit-review"), r.stream().map(x -> x.mitigation().id()).toList());
        assertEquals(List.of(INJECTION), r.get(0).riskIds());
    }

    @Test
    void nothingToRecommendUnderAppetite() {
        var answers = answered(
                "audience",
                "internal",
                "screening",
                "yes",
                "grounding",
                "yes",
                "outputs_code",
                "no",
                "stakes",
                "1",
                "uses_tools",
                "no");
        MitigationPlan plan = MitigationPlan.EMPTY;
        assertEquals(
                List.of(),
                recommender.recommend(
                        scorer.score(
                                answers, ScoringMethod.standard().withVersion(ScoringMethod.ADDITIVE), Map.of(), plan),
                        plan));
    }
}
