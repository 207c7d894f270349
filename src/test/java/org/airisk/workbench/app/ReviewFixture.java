package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.review.StoredSubmissionCheck;
import org.airisk.workbench.review.SubmissionGap;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;

/** A quick-check assessment on a data folder, brought to where the review tests need it. */
final class ReviewFixture {
    static final String TITLE = "Payroll helper";

    private ReviewFixture() {}

    /** A quick check with the two required questions of its first section left open. */
    static String started(Path data) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(data, TestClock.FIXED)) {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, TestClock.FIXED);
            var a = repo.create(new NewAssessment(TITLE, "Payroll bot", "Ann", "quick-check", 1));
            repo.saveAnswer(
                    a.id(), "purpose_summary", new Answer.Text("Answers payroll questions"), new Progress(1, 9));
            repo.saveAnswer(a.id(), "domain", new Answer.Choice("internal_productivity"), new Progress(2, 9));
            repo.saveAnswer(a.id(), "affected_groups", new Answer.Choices(List.of("employees")), new Progress(3, 9));
            repo.saveAnswer(a.id(), "people_reached", new Answer.Number(BigDecimal.TEN), new Progress(4, 9));
            repo.saveAnswer(a.id(), "decision_impact", new Answer.Scale(1), new Progress(5, 9));
            new UserIdentity("Ann Author", "Consultant", "Acme").save(new JdbcPreferences(db));
            return a.id().toString();
        }
    }

    /** Answers the rest and takes a decision on each risk above the appetite, as the check asks. */
    static void completed(Path data, String id) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(data, TestClock.FIXED)) {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, TestClock.FIXED);
            JdbcRegisterRepository registers = new JdbcRegisterRepository(db, TestClock.FIXED);
            UUID uuid = UUID.fromString(id);
            repo.saveAnswer(uuid, "model_source", new Answer.Choice("third_party_api"), new Progress(6, 7));
            repo.saveAnswer(uuid, "personal_data", new Answer.Choice("no"), new Progress(7, 7));
            var catalog = new CatalogReader().readBuiltIn();
            StoredSubmissionCheck check = new StoredSubmissionCheck(
                    repo,
                    registers,
                    TemplateLibrary.load(data.resolve(Workbench.TEMPLATE_FOLDER))::find,
                    catalog,
                    ScoringMethod::standard);
            for (SubmissionGap gap : check.gaps(uuid)) {
                assertEquals(SubmissionGap.Kind.RISK_WITHOUT_PLAN_DECISION, gap.kind(), gap.text());
                registers.savePlanItem(
                        uuid,
                        PlanItem.reject(
                                catalog.mitigations().get(0),
                                List.of(gap.targetId()),
                                "Carried knowingly for the pilot"));
            }
            assertEquals(List.of(), check.gaps(uuid));
        }
    }

    /** Clears one answer again, so that it is the one gap left. */
    static void unanswered(Path data, String id, String question) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(data, TestClock.FIXED)) {
            new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .saveAnswer(UUID.fromString(id), question, null, new Progress(6, 7));
        }
    }
}
