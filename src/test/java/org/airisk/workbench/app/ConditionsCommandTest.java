package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `conditions`: a decision's conditions listed, and turned into plan items once the author re-opened it. */
class ConditionsCommandTest {
    @TempDir
    Path dir;

    /**
     * The built-in sample (its answers make risks apply), submitted and approved with two conditions by Bo Reviewer;
     * Ann Author is the user.
     */
    static String approvedWithConditions(Path data) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(data, TestClock.FIXED)) {
            UUID id = SampleAssessment.create(
                    new JdbcAssessmentRepository(db, TestClock.FIXED),
                    TemplateLibrary.load(null).newest(SampleAssessment.TEMPLATE).orElseThrow());
            new UserIdentity("Ann Author", "Consultant", "Acme").save(new JdbcPreferences(db));
            JdbcReviewRepository reviews = new JdbcReviewRepository(db, TestClock.FIXED, ScoringMethod::standard);
            reviews.submit(id, "Ann Author");
            reviews.decide(
                    id,
                    Decision.APPROVED_WITH_CONDITIONS,
                    List.of("Log every override", "Re-assess in 6 months"),
                    "",
                    "Bo Reviewer",
                    "Chair");
            return id.toString();
        }
    }

    private static List<PlanItem> plan(Path data, String id) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(data, TestClock.FIXED)) {
            return new JdbcRegisterRepository(db, TestClock.FIXED)
                    .plan(UUID.fromString(id))
                    .items();
        }
    }

    @Test
    void theAuthorReopensThenAddsAConditionOnceAndTheRestWithAll() {
        Path data = dir.resolve("data");
        String id = approvedWithConditions(data);
        int before = plan(data, id).size();

        CommandLineRun listed = CommandLineRun.in(data, "conditions", id);
        assertEquals(0, listed.code(), listed.err());
        assertEquals(
                "Conditions of the approval of version 1 by Bo Reviewer:\n1. Log every override\n"
                        + "2. Re-assess in 6 months\n",
                listed.out());

        CommandLineRun locked = CommandLineRun.in(data, "conditions", id, "--to-plan", "1");
        assertEquals(1, locked.code());
        assertEquals(
                "ai-risk-workbench: The sign-off covers the assessment as it was decided, so its plan is not "
                        + "changed now: re-open it as a new draft first (Review \u203a Re-open as new draft), then add the "
                        + "conditions.\n",
                locked.err());
        assertEquals(before, plan(data, id).size(), "nothing was added while decided");

        assertEquals(0, CommandLineRun.in(data, "reopen", id).code());
        CommandLineRun added = CommandLineRun.in(data, "conditions", id, "--to-plan", "1");
        assertEquals(0, added.code(), added.err());
        assertTrue(
                added.out()
                        .startsWith("Added condition 1 to the plan: \u201cLog every override\u201d, " + "addressing "),
                added.out());
        List<PlanItem> items = plan(data, id);
        assertEquals(before + 1, items.size());
        PlanItem item = items.get(items.size() - 1);
        assertEquals("Log every override", item.title());
        assertEquals(PlanItem.Status.PLANNED, item.status());
        assertEquals(PlanItem.Priority.HIGH, item.priority());
        assertEquals(1, item.risks().size());
        assertEquals("Condition 1 of the approval of version 1 by Bo Reviewer.", item.notes());

        CommandLineRun twice = CommandLineRun.in(data, "conditions", id, "--to-plan", "1");
        assertEquals(1, twice.code());
        assertEquals("ai-risk-workbench: Condition 1 is already in the plan; it is not added twice.\n", twice.err());
        assertEquals(
                "1. Log every override   (in the plan)",
                CommandLineRun.in(data, "conditions", id).out().lines().toList().get(1));

        CommandLineRun rest = CommandLineRun.in(
                data, "conditions", id, "--all", "--risk", item.risks().get(0));
        assertEquals(0, rest.code(), rest.err());
        assertTrue(
                rest.out().startsWith("Added condition 2 to the plan: \u201cRe-assess in 6 months\u201d"), rest.out());
        assertEquals(before + 2, plan(data, id).size());
        assertEquals(
                "Every condition is already in the plan; nothing was added.\n",
                CommandLineRun.in(data, "conditions", id, "--all").out());

        CommandLineRun audit = CommandLineRun.in(data, "audit", "--kind", "PLAN_ITEM", id);
        assertEquals(0, audit.code(), audit.err());
        assertTrue(
                audit.out().contains("Log every override") && audit.out().contains("Re-assess in 6 months"),
                "each addition is in the audit trail: " + audit.out());
    }

    @Test
    void aWrongNumberOrRiskIsSaidInOneSentence() {
        Path data = dir.resolve("data");
        String id = approvedWithConditions(data);
        assertEquals(0, CommandLineRun.in(data, "reopen", id).code());
        int before = plan(data, id).size();
        assertEquals(
                "ai-risk-workbench: There is no condition 3; the decision has 2 (numbered from 1).\n",
                CommandLineRun.in(data, "conditions", id, "--to-plan", "1", "--to-plan", "3")
                        .err());
        assertEquals(
                "ai-risk-workbench: \u201cno-such-risk\u201d is no risk that applies to this assessment; the "
                        + "register lists the ids (export --format csv).\n",
                CommandLineRun.in(data, "conditions", id, "--all", "--risk", "no-such-risk")
                        .err());
        assertEquals(before, plan(data, id).size(), "a refused command adds nothing, not even the first");
    }
}
