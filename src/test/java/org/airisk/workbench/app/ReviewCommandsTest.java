package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.review.StoredSubmissionCheck;
import org.airisk.workbench.review.SubmissionGap;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.templates.TemplateLibrary;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** submit, start-review, decide, reopen and versions on a data folder, as a script would run them. */
class ReviewCommandsTest {
    @TempDir
    Path dir;

    private static CommandLineRun run(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CommandLineRun.of(all);
    }

    /** A quick check with the two required questions of its first section left open. */
    private static String started(Path data) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(data, TestClock.FIXED)) {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, TestClock.FIXED);
            var a = repo.create(new NewAssessment("Payroll helper", "Payroll bot", "Ann", "quick-check", 1));
            repo.saveAnswer(a.id(), "purpose_summary", new Answer.Text("Answers payroll questions"),
                    new Progress(1, 9));
            repo.saveAnswer(a.id(), "domain", new Answer.Choice("internal_productivity"), new Progress(2, 9));
            repo.saveAnswer(a.id(), "affected_groups", new Answer.Choices(List.of("employees")), new Progress(3, 9));
            repo.saveAnswer(a.id(), "people_reached", new Answer.Number(BigDecimal.TEN), new Progress(4, 9));
            repo.saveAnswer(a.id(), "decision_impact", new Answer.Scale(1), new Progress(5, 9));
            new UserIdentity("Ann Author", "Consultant", "Acme").save(new JdbcPreferences(db));
            return a.id().toString();
        }
    }

    /** Answers the rest and takes a decision on each risk above the appetite, as the check asks. */
    private static void completed(Path data, String id) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(data, TestClock.FIXED)) {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, TestClock.FIXED);
            JdbcRegisterRepository registers = new JdbcRegisterRepository(db, TestClock.FIXED);
            UUID uuid = UUID.fromString(id);
            repo.saveAnswer(uuid, "model_source", new Answer.Choice("third_party_api"), new Progress(6, 7));
            repo.saveAnswer(uuid, "personal_data", new Answer.Choice("no"), new Progress(7, 7));
            var catalog = new CatalogReader().readBuiltIn();
            StoredSubmissionCheck check = new StoredSubmissionCheck(repo, registers,
                    TemplateLibrary.load(data.resolve(Workbench.TEMPLATE_FOLDER))::find, catalog,
                    ScoringMethod::standard);
            for (SubmissionGap gap : check.gaps(uuid)) {
                assertEquals(SubmissionGap.Kind.RISK_WITHOUT_PLAN_DECISION, gap.kind(), gap.text());
                registers.savePlanItem(uuid, PlanItem.reject(catalog.mitigations().get(0), List.of(gap.targetId()),
                        "Carried knowingly for the pilot"));
            }
            assertEquals(List.of(), check.gaps(uuid));
        }
    }

    @Test
    void submitRefusesWithTheGapsThenAReviewerDecidesAndTheAuthorReopens() {
        Path data = dir.resolve("data");
        String id = started(data);

        CommandLineRun refused = run(data, "submit", id);
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("question model_source: Answer \u201c"), refused.err());
        assertTrue(refused.err().contains("question personal_data: "), refused.err());
        assertTrue(refused.err().endsWith("ai-risk-workbench: not submitted; settle the "
                + refused.err().lines().filter(l -> l.startsWith("question ") || l.startsWith("risk ")).count()
                + " gap(s) above first.\n"), refused.err());
        assertEquals("Stage: Draft\n", run(data, "versions", id).out());

        completed(data, id);
        CommandLineRun submitted = run(data, "submit", id);
        assertEquals(0, submitted.code(), submitted.err());
        assertTrue(submitted.out().startsWith("Submitted version 1 for review (content hash "), submitted.out());
        CommandLineRun again = run(data, "submit", id);
        assertEquals(1, again.code());
        assertEquals("ai-risk-workbench: This assessment is already submitted for review; a reviewer starts the "
                + "review and decides.\n", again.err());

        CommandLineRun noCondition = run(data, "decide", id, "--decision", "approved-with-conditions",
                "--reviewer", "Bo Reviewer", "--role", "Chair");
        assertEquals(1, noCondition.code());
        assertTrue(noCondition.err().contains("needs at least one condition"), noCondition.err());
        CommandLineRun wrong = run(data, "decide", id, "--decision", "ok", "--reviewer", "Bo");
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("\u201cok\u201d is not a decision"), wrong.err());

        assertEquals(0, run(data, "start-review", id).code());
        CommandLineRun decided = run(data, "decide", id, "--decision", "approved-with-conditions",
                "--condition", "Log every override", "--condition", "Re-assess in 6 months",
                "--comment", "Thorough.", "--reviewer", "Bo Reviewer", "--role", "Chair");
        assertEquals(0, decided.code(), decided.err());
        assertTrue(decided.out().startsWith("Approved with conditions by Bo Reviewer, Chair on 2026-11-25 10:00: "
                + "version 1, content hash "), decided.out());

        CommandLineRun versions = run(data, "versions", id);
        assertEquals(0, versions.code(), versions.err());
        List<String> lines = versions.out().lines().toList();
        assertEquals("Stage: Approved with conditions", lines.get(0));
        assertTrue(lines.get(1).startsWith("v1\t2026-11-25 10:00\tAnn Author\t"), lines.get(1));
        assertTrue(lines.get(1).endsWith("\tApproved with conditions by Bo Reviewer 2026-11-25 10:00"), lines.get(1));
        assertEquals("Sign-off: Valid: the assessment is as it was signed off", lines.get(2));

        CommandLineRun twice = run(data, "decide", id, "--decision", "rejected", "--comment", "No");
        assertEquals("ai-risk-workbench: This assessment is already approved; re-open it as a new version to "
                + "change it.\n", twice.err());
        assertEquals(0, run(data, "reopen", id).code());
        assertTrue(run(data, "versions", id).out().startsWith("Stage: Draft\n"));
        assertEquals(0, run(data, "submit", id).code());
        assertTrue(run(data, "versions", id).out().contains("\nv2\t"));
    }

    @Test
    void theReviewerDefaultsToYourDetails() {
        Path data = dir.resolve("data");
        String id = started(data);
        completed(data, id);
        assertEquals(0, run(data, "submit", id).code());
        CommandLineRun decided = run(data, "decide", id, "--decision", "approved");
        assertEquals(0, decided.code(), decided.err());
        assertTrue(decided.out().startsWith("Approved by Ann Author, Consultant on "), decided.out());
    }
}
