package org.airisk.workbench.scoring;

import static org.airisk.workbench.scoring.Fixtures.AGENT;
import static org.airisk.workbench.scoring.Fixtures.CODE;
import static org.airisk.workbench.scoring.Fixtures.HALLUCINATION;
import static org.airisk.workbench.scoring.Fixtures.INJECTION;
import static org.airisk.workbench.scoring.Fixtures.answered;
import static org.airisk.workbench.scoring.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.airisk.workbench.catalog.Pillar;
import org.airisk.workbench.catalog.RiskCategory;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskScorerTest {
    private static final String[] BEST = {
        "audience",
        "internal",
        "uses_tools",
        "no",
        "screening",
        "yes",
        "grounding",
        "yes",
        "outputs_code",
        "yes",
        "stakes",
        "2"
    };

    /** Each row changes one answer of the best case and states the prompt-injection rating that follows. */
    @ParameterizedTest(name = "{0}={1} -> inherent {2}, residual {3}")
    @CsvSource({
        // question, answer, inherent (L x I = score level), residual, rests on assumptions
        "screening,  yes,      L2 x I3 = 6 (Medium),  L1 x I3 = 3 (Low),      false",
        "screening,  not_sure, L3 x I3 = 9 (Medium),  L3 x I3 = 9 (Medium),   true",
        "screening,  no,       L4 x I3 = 12 (High),   L4 x I3 = 12 (High),    false",
        "screening,  -,        L4 x I3 = 12 (High),   L4 x I3 = 12 (High),    true",
        "audience,   public,   L3 x I3 = 9 (Medium),  L1 x I3 = 3 (Low),      false",
        "audience,   -,        L3 x I3 = 9 (Medium),  L1 x I3 = 3 (Low),      true",
    })
    void promptInjection(String question, String answer, String inherent, String residual, boolean uncertain) {
        RiskScore s = score(with(question, answer)).score(INJECTION).orElseThrow();
        assertEquals(inherent, s.inherent().toString());
        assertEquals(residual, s.residual().toString());
        assertEquals(uncertain, s.restsOnAssumptions());
    }

    private static AnsweredQuestionnaire with(String question, String answer) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < BEST.length; i += 2) {
            if (!BEST[i].equals(question)) {
                pairs.add(BEST[i]);
                pairs.add(BEST[i + 1]);
            } else if (!answer.equals("-")) {
                pairs.add(question);
                pairs.add(answer);
            }
        }
        return answered(pairs.toArray(String[]::new));
    }

    @Test
    void explanationNamesEveryAnswerThatMovedTheScore() {
        RiskScore s = score(answered("audience", "public", "screening", "no"))
                .score(INJECTION)
                .orElseThrow();
        List<Contribution> reasons = s.reasons();
        assertEquals(Contribution.Kind.START, reasons.get(0).kind());
        Contribution profile = reasons.stream()
                .filter(c -> c.questionId().equals("audience"))
                .findFirst()
                .orElseThrow();
        assertEquals(Contribution.Kind.PROFILE, profile.kind());
        assertEquals("+1 likelihood", profile.effect());
        Contribution answer = reasons.stream()
                .filter(c -> c.questionId().equals("screening"))
                .findFirst()
                .orElseThrow();
        assertEquals(Contribution.Kind.ANSWER, answer.kind());
        assertEquals("No", answer.detail());
        assertEquals("+2 likelihood", answer.effect());
        assertEquals("L5 x I3 = 15 (High)", s.inherent().toString());
    }

    @Test
    void likelihoodAndImpactStayOnTheScale() {
        RiskScore s = score(answered("audience", "public", "screening", "no"))
                .score(INJECTION)
                .orElseThrow();
        // start 2 + 1 + 2 = 5: at the top, not beyond it
        assertEquals(5, s.inherent().likelihood());
        RiskScore h = score(answered("grounding", "yes")).score(HALLUCINATION).orElseThrow();
        assertEquals(1, h.residual().likelihood(), "never below 1");
    }

    @Test
    void unansweredAssumesTheWorstPlausibleAnswerAndSaysSo() {
        RiskScore s = score(answered("screening", "yes", "grounding", "yes"))
                .score(HALLUCINATION)
                .orElseThrow();
        Contribution assumed = s.reasons().stream()
                .filter(c -> c.kind() == Contribution.Kind.ASSUMED)
                .findFirst()
                .orElseThrow();
        assertEquals("stakes", assumed.questionId());
        assertEquals("+1 impact", assumed.effect());
        assertEquals(List.of("stakes"), s.uncertainQuestions());
        assertTrue(score(answered("screening", "yes")).uncertain().size() >= 2);
    }

    @Test
    void notApplicableRisksCarryTheirReason() {
        RiskRegister register = score(with("outputs_code", "no"));
        assertTrue(register.score(CODE).isEmpty());
        NotApplicableRisk code = register.notApplicable().stream()
                .filter(n -> n.risk().id().equals(CODE))
                .findFirst()
                .orElseThrow();
        assertEquals("outputs_code", code.questionId());
        assertTrue(code.reason().contains("\u201cNo\u201d"), code.reason());
        NotApplicableRisk agent = register.notApplicable().stream()
                .filter(n -> n.risk().id().equals(AGENT))
                .findFirst()
                .orElseThrow();
        assertTrue(agent.reason().contains("Tools not shown"), agent.reason());
    }

    @Test
    void anUnansweredExclusionKeepsTheRiskConservatively() {
        assertTrue(score(answered("screening", "yes")).score(CODE).isPresent());
    }

    @Test
    void controlsInPlaceAndAcceptedPlanItemsLowerResidualOnly() {
        var state = answered("screening", "no", "grounding", "yes");
        RiskScorer scorer = new RiskScorer(Fixtures.CATALOG);
        RiskScore before = scorer.score(
                        state,
                        ScoringMethod.standard().withVersion(ScoringMethod.ADDITIVE),
                        Map.of(),
                        MitigationPlan.EMPTY)
                .score(INJECTION)
                .orElseThrow();
        PlanItem accepted = PlanItem.accept(Fixtures.SCREEN, List.of(INJECTION));
        PlanItem rejected = PlanItem.reject(Fixtures.REVIEW, List.of(INJECTION), "Too costly");
        RiskScore after = scorer.score(
                        state,
                        ScoringMethod.standard().withVersion(ScoringMethod.ADDITIVE),
                        Map.of(),
                        new MitigationPlan(List.of(accepted, rejected)))
                .score(INJECTION)
                .orElseThrow();
        assertEquals(before.inherent(), after.inherent());
        assertEquals(before.residual().likelihood() - 2, after.residual().likelihood());
        assertEquals(
                List.of(Contribution.Kind.PLAN),
                after.reductions().stream().map(Contribution::kind).toList());

        // a plan item for a mitigation already in place is not counted twice
        RiskScore hallucination = scorer.score(
                        state,
                        ScoringMethod.standard().withVersion(ScoringMethod.ADDITIVE),
                        Map.of(),
                        new MitigationPlan(List.of(PlanItem.accept(Fixtures.GROUND, List.of(HALLUCINATION)))))
                .score(HALLUCINATION)
                .orElseThrow();
        assertEquals(1, hallucination.reductions().size());
    }

    @Test
    void anOverrideReplacesTheInherentRatingAndStaysVisible() {
        var state = answered("audience", "internal", "screening", "yes");
        RatingOverride override = new RatingOverride(INJECTION, 5, 0, "Seen in production twice last month");
        RiskScore s = new RiskScorer(Fixtures.CATALOG)
                .score(
                        state,
                        ScoringMethod.standard().withVersion(ScoringMethod.ADDITIVE),
                        Map.of(INJECTION, override),
                        MitigationPlan.EMPTY)
                .score(INJECTION)
                .orElseThrow();
        assertTrue(s.isOverridden());
        assertEquals("L2 x I3 = 6 (Medium)", s.calculated().toString());
        assertEquals("L5 x I3 = 15 (High)", s.inherent().toString());
        assertEquals("L3 x I3 = 9 (Medium)", s.residual().toString());
        assertThrows(IllegalArgumentException.class, () -> new RatingOverride(INJECTION, 5, 0, "  "));
        assertThrows(IllegalArgumentException.class, () -> new RatingOverride(INJECTION, 0, 0, "why"));
    }

    @Test
    void aSmallerMatrixMapsTheFivePointScale() {
        ScoringMethod three = ScoringMethod.standard(3).withVersion(ScoringMethod.ADDITIVE);
        RiskScore s = new RiskScorer(Fixtures.CATALOG)
                .score(answered("audience", "public", "screening", "no"), three, Map.of(), MitigationPlan.EMPTY)
                .score(INJECTION)
                .orElseThrow();
        assertEquals(3, s.inherent().likelihood()); // 5 of 5 is the top of 3
        assertEquals(2, s.inherent().impact()); // 3 of 5 is the middle of 3
        assertFalse(s.inherent().level().label().isEmpty());
    }

    @Test
    void aggregatesCountByLevel() {
        RiskRegister register = score(answered(
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
                "no"));
        Aggregate all = register.overall();
        assertEquals(3, all.risks());
        assertEquals(
                3, all.residualByLevel().stream().mapToInt(Integer::intValue).sum());
        assertEquals(16, all.highestResidualScore()); // hallucination L4 x I4
        assertEquals(2, register.byCategory().get(RiskCategory.OUTPUT).risks());
        assertEquals(2, register.byPillar().get(Pillar.SECURITY).risks());
        assertEquals(2, all.aboveAppetite());
    }
}
