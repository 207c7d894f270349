package org.airisk.workbench.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.junit.jupiter.api.Test;

/** What rescoring would change is shown before it happens: levels that move, the top 10, above appetite. */
class MethodChangeTest {
    private static final AnsweredQuestionnaire TEXT_ONLY_CHATBOT = new AnsweredQuestionnaire(
            BuiltIn.template("foundation-model-assessment"),
            Map.of(
                    "profile_audience", new Answer.Choice("public"),
                    "profile_outputs", new Answer.Choices(List.of("text")),
                    "profile_uses_agents", new Answer.Choice("no"),
                    "fm_sec_input_screen", new Answer.Choice("no")));
    private final RiskScorer scorer = new RiskScorer(BuiltIn.CATALOG);

    private RiskRegister on(ScoringMethod method) {
        return scorer.score(TEXT_ONLY_CHATBOT, method, Map.of(), MitigationPlan.EMPTY);
    }

    @Test
    void theSameMethodChangesNothing() {
        MethodChange same = MethodChange.between(on(ScoringMethod.standard()), on(ScoringMethod.standard()));
        assertTrue(same.changesNothing());
        assertTrue(same.describe().contains("No rating or order of the top 10 would change"), same.describe());
    }

    @Test
    void movingToTheCalibratedModelNamesWhatMoves() {
        RiskRegister before = on(ScoringMethod.standard().withVersion(ScoringMethod.ADDITIVE));
        RiskRegister after = on(ScoringMethod.standard());
        MethodChange change = MethodChange.between(before, after);
        assertFalse(change.changesNothing());
        assertEquals(before.aboveAppetite().size(), change.aboveBefore());
        assertEquals(after.aboveAppetite().size(), change.aboveAfter());
        assertTrue(before.applicable().stream().anyMatch(s -> s.riskId().endsWith("-agentic")), "model 1 had them");
        assertTrue(
                after.applicable().stream().noneMatch(s -> s.riskId().endsWith("-agentic")),
                "agentic risks no longer come from the profile of a system without tools");
        String text = change.describe();
        assertTrue(text.contains("additive model (1)") && text.contains("calibrated model (2)"), text);
        assertTrue(change.moves().stream().anyMatch(m -> m.levelAfter() == null), "some risks are left out now");
    }
}
