package org.airisk.workbench.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.junit.jupiter.api.Test;

class ConditionsToPlanTest {
    private static ConditionsToPlan approvedWith(String... conditions) {
        return new ConditionsToPlan(new SignOff(
                UUID.randomUUID(),
                2,
                "hash",
                Decision.APPROVED_WITH_CONDITIONS,
                List.of(conditions),
                "",
                "Bo Reviewer",
                "Chair",
                Instant.EPOCH,
                null,
                null,
                null));
    }

    @Test
    void onlyADraftTakesConditionsIntoItsPlan() {
        for (ReviewStage stage : ReviewStage.values()) {
            String refusal = ConditionsToPlan.refusal(stage);
            assertEquals(stage == ReviewStage.DRAFT, refusal.isEmpty(), stage + ": " + refusal);
        }
        assertEquals(ReviewStage.READ_ONLY, ConditionsToPlan.refusal(ReviewStage.IN_REVIEW));
    }

    @Test
    void aConditionInThePlanIsMarkedAndNotAddedTwice() {
        ConditionsToPlan conditions = approvedWith("Log every override", "Re-assess in 6 months");
        PlanItem first = conditions.planItem(1, List.of("r1"), MitigationPlan.EMPTY);
        MitigationPlan plan = MitigationPlan.EMPTY.with(first);
        assertEquals(
                List.of(
                        new ConditionsToPlan.Condition(1, "Log every override", true),
                        new ConditionsToPlan.Condition(2, "Re-assess in 6 months", false)),
                conditions.conditions(plan));
        var twice = assertThrows(IllegalArgumentException.class, () -> conditions.planItem(1, List.of("r1"), plan));
        assertEquals("Condition 1 is already in the plan; it is not added twice.", twice.getMessage());
        assertEquals(
                "There is no condition 0; the decision has 2 (numbered from 1).",
                assertThrows(IllegalArgumentException.class, () -> conditions.planItem(0, List.of("r1"), plan))
                        .getMessage());
    }

    @Test
    void aConditionLongerThanATitleKeepsAllOfItInTheNotes() {
        String longText = "Audit ".repeat(200).strip();
        ConditionsToPlan conditions = approvedWith(longText, "Log");
        PlanItem item = conditions.planItem(1, List.of("r1"), MitigationPlan.EMPTY);
        assertEquals(ConditionsToPlan.MAX_TITLE, item.title().length());
        assertTrue(item.title().endsWith("\u2026"));
        assertTrue(item.notes().endsWith("\n" + longText), "the notes keep the whole condition");
        MitigationPlan plan = MitigationPlan.EMPTY.with(
                item.withDetails("Ann", null, PlanItem.Priority.HIGH, PlanItem.Status.PLANNED, "Log: " + item.notes()));
        assertTrue(conditions.conditions(plan).get(0).inPlan());
        assertFalse(
                conditions.conditions(plan).get(1).inPlan(),
                "a short condition in another item's notes is not " + "that item");
    }
}
