package org.airisk.workbench.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.PlanItems;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.airisk.workbench.ui.QueuedBackgroundWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ben's open register and plan told that Ana changed the assessment (ADR 0042), without a window: with nothing of
 * his pending, her plan item and override are read again and shown on every tab; with a change of his pending (still
 * being saved, or typed in a form), his stays on screen, he is told, and nothing is written over silently.
 */
class ColleagueScoringChangesTest {
    private static final QuestionnaireTemplate TEMPLATE =
            TemplateLibrary.load(null).newest("foundation-model-assessment").orElseThrow();
    /** Applies to a public model with no input screening, as answered below. */
    private static final String INJECTION = "atlas-prompt-injection";

    @TempDir
    Path folder;

    private WorkbenchDatabase database;
    private JdbcRegisterRepository anasRegister;
    private JdbcRegisterRepository bensRegister;
    private UUID id;
    private PlanItem item;
    private final List<String> kept = new ArrayList<>();
    private final AtomicInteger shown = new AtomicInteger();

    @BeforeEach
    void open() {
        database = WorkbenchDatabase.open(folder, TestClock.FIXED);
        anasRegister =
                new JdbcRegisterRepository(database, TestClock.FIXED, () -> new UserIdentity("Ana", "Assessor", ""));
        bensRegister =
                new JdbcRegisterRepository(database, TestClock.FIXED, () -> new UserIdentity("Ben", "Assessor", ""));
        id = new JdbcAssessmentRepository(database, TestClock.FIXED)
                .create(new NewAssessment("Tutor bot", "Tutor", "Ana", TEMPLATE.id(), TEMPLATE.version()))
                .id();
        item = PlanItems.planned("Red-team the bot", "atlas-jailbreaking", "Dana", LocalDate.of(2026, 12, 1));
        anasRegister.savePlanItem(id, item);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ScoringSession bensSession(BackgroundWork background) {
        Map<String, Answer> answers =
                Map.of("profile_audience", new Answer.Choice("public"), "fm_sec_input_screen", new Answer.Choice("no"));
        return new ScoringSession(
                id,
                new SimpleObjectProperty<>(new AnsweredQuestionnaire(TEMPLATE, answers)),
                new ScoringSession.Records(
                        ScoringMethod.standard(), bensRegister.overridesToEdit(id), bensRegister.planToEdit(id)),
                new CatalogReader().readBuiltIn(),
                bensRegister,
                background,
                new SimpleObjectProperty<>(ScoringMethod.standard()),
                () -> TestClock.TODAY);
    }

    private void anaChanges(PlanItem changed) {
        anasRegister.planToEdit(id);
        anasRegister.savePlanItem(id, changed);
    }

    private void told(ScoringSession session, BackgroundWork reads) {
        new ColleagueScoringChanges(bensRegister, reads).changed(session, "Ana", shown::incrementAndGet, kept::add);
    }

    @Test
    void withNothingPendingAnasPlanItemAndOverrideShowOnThePlanAndTheRegister() {
        ScoringSession session = bensSession(new ImmediateBackgroundWork());
        MitigationPlanViewModel plan = new MitigationPlanViewModel(session);
        RiskRegisterViewModel register = new RiskRegisterViewModel(session);
        anaChanges(item.withStatus(PlanItem.Status.IMPLEMENTED));
        anasRegister.saveOverride(id, new RatingOverride(INJECTION, 1, 1, "Only internal users"));

        told(session, new ImmediateBackgroundWork());

        assertEquals(PlanItem.Status.IMPLEMENTED, plan.accepted().get(0).status());
        assertTrue(
                register.shownRisks().stream()
                        .filter(s -> s.riskId().equals(INJECTION))
                        .anyMatch(RiskScore::isOverridden),
                "the register follows Ana's override");
        assertEquals(1, shown.get());
        assertEquals(List.of(), kept);
        // Ben has seen Ana's item now: his next change to it is saved, not refused as a conflict
        plan.update(item.withStatus(PlanItem.Status.VERIFIED));
        assertNull(session.conflictProperty().get());
        assertEquals(
                PlanItem.Status.VERIFIED, anasRegister.plan(id).items().get(0).status());
    }

    @Test
    void withBensSaveStillUnderwayHisItemStaysHeIsToldAndTheSaveMeetsAnasAsAConflict() {
        QueuedBackgroundWork saves = new QueuedBackgroundWork();
        ScoringSession session = bensSession(saves);
        MitigationPlanViewModel plan = new MitigationPlanViewModel(session);
        plan.update(item.withDetails("Ben", item.due(), item.priority(), item.status(), item.notes()));
        anaChanges(item.withStatus(PlanItem.Status.IMPLEMENTED));

        told(session, saves);

        assertEquals("Ben", plan.accepted().get(0).owner(), "Ben's change is not replaced");
        assertEquals(PlanItem.Status.PLANNED, plan.accepted().get(0).status());
        assertEquals(1, kept.size());
        assertTrue(kept.get(0).startsWith("Ana changed this assessment while a change of yours"), kept.get(0));
        assertEquals(0, shown.get());
        saves.runAll();
        assertNotNull(session.conflictProperty().get(), "Ben's save meets Ana's and both are shown");
        assertEquals(
                PlanItem.Status.IMPLEMENTED,
                anasRegister.plan(id).items().get(0).status(),
                "nothing written over");
    }

    @Test
    void aFormTypedInWhileTheirsIsReadKeepsBensAndTellsHim() {
        QueuedBackgroundWork reads = new QueuedBackgroundWork();
        ScoringSession session = bensSession(new ImmediateBackgroundWork());
        MitigationPlanViewModel plan = new MitigationPlanViewModel(session);
        AtomicBoolean typed = new AtomicBoolean();
        session.formOnScreen("plan item", typed::get);
        anaChanges(item.withStatus(PlanItem.Status.IMPLEMENTED));

        told(session, reads);
        typed.set(true); // Ben types an owner before Ana's item is read
        reads.runAll();

        assertEquals(PlanItem.Status.PLANNED, plan.accepted().get(0).status(), "the form Ben types in stays");
        assertEquals(1, kept.size());
        assertEquals(0, shown.get());

        typed.set(false);
        told(session, reads);
        reads.runAll();
        assertEquals(PlanItem.Status.IMPLEMENTED, plan.accepted().get(0).status(), "the next notice brings it in");
        assertFalse(session.hasUnsavedEdit());
    }
}
