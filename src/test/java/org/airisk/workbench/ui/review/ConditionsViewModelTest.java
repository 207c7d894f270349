package org.airisk.workbench.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.review.ConditionsToPlan;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcAuditTrail;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.airisk.workbench.ui.register.ScoringSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review › Conditions to plan without a window, on a real library. */
class ConditionsViewModelTest {
    @TempDir
    Path folder;

    private WorkbenchDatabase database;
    private JdbcRegisterRepository registers;
    private JdbcReviewRepository reviews;
    private ScoringSession session;
    private ConditionsViewModel model;
    private UUID id;

    @BeforeEach
    void open() {
        database = WorkbenchDatabase.open(folder, TestClock.FIXED);
        JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(database, TestClock.FIXED);
        registers = new JdbcRegisterRepository(database, TestClock.FIXED);
        reviews = new JdbcReviewRepository(database, TestClock.FIXED, ScoringMethod::standard);
        id = assessments
                .create(new NewAssessment("Tutor bot", "Tutor", "Ann", "quick-check", 1))
                .id();
        assessments.saveAnswer(id, "purpose_summary", new Answer.Text("Tutoring"), new Progress(1, 9));
        var template = TemplateLibrary.load(null).newest("quick-check").orElseThrow();
        session = new ScoringSession(
                id,
                new SimpleObjectProperty<>(new AnsweredQuestionnaire(template, Map.of())),
                new ScoringSession.Records(ScoringMethod.standard(), Map.of(), registers.plan(id)),
                new CatalogReader().readBuiltIn(),
                registers,
                new ImmediateBackgroundWork(),
                new SimpleObjectProperty<>(ScoringMethod.standard()),
                () -> TestClock.TODAY);
        model = new ConditionsViewModel(id, reviews, session, new ImmediateBackgroundWork());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void approvedWithConditions() {
        reviews.submit(id, "Ann");
        reviews.decide(
                id,
                Decision.APPROVED_WITH_CONDITIONS,
                List.of("Log every override", "Re-assess in 6 months"),
                "",
                "Bo Reviewer",
                "Chair");
    }

    /** A risk of the catalog: which one does not matter here (the quick check left open rates none). */
    private static String topRisk() {
        return new CatalogReader().readBuiltIn().risks().get(0).id();
    }

    @Test
    void withoutADecisionThereIsNothingToAdd() {
        model.load();
        assertEquals(
                "No decision yet, so no conditions.", model.headingProperty().get());
        assertFalse(model.canAddProperty().get());
        assertEquals(Optional.of("There are no conditions to add."), model.add(1, List.of(topRisk())));
    }

    @Test
    void afterTheDecisionTheDialogSaysToReopenFirstAndAddsNothing() {
        approvedWithConditions();
        model.load();
        assertEquals(
                "Conditions of the approval of version 1 by Bo Reviewer, Chair:",
                model.headingProperty().get());
        assertEquals(
                List.of(
                        new ConditionsToPlan.Condition(1, "Log every override", false),
                        new ConditionsToPlan.Condition(2, "Re-assess in 6 months", false)),
                model.conditions());
        assertEquals(
                ConditionsToPlan.refusal(ReviewStage.APPROVED_WITH_CONDITIONS),
                model.refusalProperty().get());
        assertTrue(model.refusalProperty().get().contains("re-open it as a new draft first"));
        assertFalse(model.canAddProperty().get());
        assertEquals(Optional.of(model.refusalProperty().get()), model.add(1, List.of(topRisk())));
        assertEquals(List.of(), registers.plan(id).items());
    }

    @Test
    void reopenedTheAuthorAddsAConditionOnceAndItIsMarked() {
        approvedWithConditions();
        reviews.reopen(id);
        model.load();
        assertEquals("", model.refusalProperty().get());
        assertTrue(model.canAddProperty().get());
        String risk = topRisk();

        assertEquals(Optional.of("Choose the risk the condition addresses."), model.add(1, List.of()));
        assertEquals(Optional.empty(), model.add(1, List.of(risk)));
        assertTrue(model.conditions().get(0).inPlan(), "marked at once");
        assertFalse(model.conditions().get(1).inPlan());
        List<PlanItem> kept = registers.plan(id).items();
        assertEquals(1, kept.size());
        assertEquals("Log every override", kept.get(0).title());
        assertEquals(List.of(risk), kept.get(0).risks());
        assertEquals(0, kept.get(0).reducesLikelihood() + kept.get(0).reducesImpact(), "lowers no rating by itself");
        assertTrue(model.messageProperty().get().startsWith("Added condition 1 to the plan"));

        assertEquals(
                Optional.of("Condition 1 is already in the plan; it is not added twice."), model.add(1, List.of(risk)));
        assertEquals(1, registers.plan(id).items().size());
        assertEquals(
                1,
                new JdbcAuditTrail(database, TestClock.FIXED, () -> UserIdentity.UNKNOWN)
                        .read(id).entries().stream()
                                .filter(e -> e.kind() == AuditKind.PLAN_ITEM)
                                .count(),
                "the addition is in the audit trail");

        // submitted again, the assessment is read-only: the dialog says so
        reviews.submit(id, "Ann");
        model.load();
        assertEquals(ReviewStage.READ_ONLY, model.refusalProperty().get());
        assertEquals(Optional.of(ReviewStage.READ_ONLY), model.add(2, List.of(risk)));
    }
}
