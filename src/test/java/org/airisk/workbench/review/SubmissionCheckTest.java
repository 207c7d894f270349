package org.airisk.workbench.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.scoring.Fixtures;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScorer;
import org.airisk.workbench.scoring.ScoringMethod;
import org.junit.jupiter.api.Test;

class SubmissionCheckTest {
    private static final ScoringMethod METHOD = ScoringMethod.standard().withVersion(ScoringMethod.ADDITIVE);

    private static RiskRegister score(
            AnsweredQuestionnaire answers, Map<String, RatingOverride> overrides, MitigationPlan plan) {
        return new RiskScorer(Fixtures.CATALOG).score(answers, METHOD, overrides, plan);
    }

    private static final AnsweredQuestionnaire ALL_ANSWERED = Fixtures.answered(
            "audience",
            "public",
            "uses_tools",
            "no",
            "screening",
            "no",
            "grounding",
            "yes",
            "outputs_code",
            "no",
            "stakes",
            "2");

    @Test
    void eachUnansweredRequiredQuestionIsAGapNamingTheQuestion() {
        AnsweredQuestionnaire answers = Fixtures.answered("audience", "internal", "uses_tools", "no");
        List<SubmissionGap> gaps =
                SubmissionCheck.gaps(answers, score(answers, Map.of(), MitigationPlan.EMPTY), MitigationPlan.EMPTY);
        List<String> questions = gaps.stream()
                .filter(g -> g.kind() == SubmissionGap.Kind.UNANSWERED_QUESTION)
                .map(SubmissionGap::targetId)
                .toList();
        assertEquals(
                answers.missingAnswers().stream().map(m -> m.question().id()).toList(), questions);
        assertTrue(questions.contains("screening"));
        assertTrue(
                gaps.get(0).text().startsWith("Answer \u201cText of "),
                gaps.get(0).text());
    }

    @Test
    void aRiskAboveAppetiteNeedsAPlanDecisionOrToBeSetAside() {
        RiskRegister register = score(ALL_ANSWERED, Map.of(), MitigationPlan.EMPTY);
        List<String> above =
                register.aboveAppetite().stream().map(s -> s.riskId()).toList();
        assertTrue(above.contains(Fixtures.INJECTION), "fixture: injection is above the appetite " + above);
        List<SubmissionGap> gaps = SubmissionCheck.gaps(ALL_ANSWERED, register, MitigationPlan.EMPTY);
        assertEquals(above, gaps.stream().map(SubmissionGap::targetId).toList());
        assertTrue(gaps.stream().allMatch(g -> g.kind() == SubmissionGap.Kind.RISK_WITHOUT_PLAN_DECISION));

        // A mitigation rejected with a reason is a decision too: the risk is knowingly carried.
        MitigationPlan plan = MitigationPlan.EMPTY;
        for (String risk : above) {
            plan = plan.with(PlanItem.reject(Fixtures.SCREEN, List.of(risk), "Too costly for a pilot"));
        }
        assertEquals(List.of(), SubmissionCheck.gaps(ALL_ANSWERED, score(ALL_ANSWERED, Map.of(), plan), plan));

        Map<String, RatingOverride> setAside = new HashMap<>();
        above.forEach(r -> setAside.put(r, RatingOverride.notApplicable(r, "No users outside the team")));
        assertEquals(
                List.of(),
                SubmissionCheck.gaps(
                        ALL_ANSWERED, score(ALL_ANSWERED, setAside, MitigationPlan.EMPTY), MitigationPlan.EMPTY));
    }
}
