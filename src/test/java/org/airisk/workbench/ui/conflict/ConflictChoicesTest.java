package org.airisk.workbench.ui.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.audit.AuditEntry;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcAuditTrail;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.airisk.workbench.ui.questionnaire.QuestionnaireViewModel;
import org.airisk.workbench.ui.register.ScoringSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ben's open assessment when Ana saves the same answer or plan item first (ADR 0036), without a window: his save
 * becomes a conflict showing both versions; keep theirs puts Ana's on his screen, keep mine writes his over hers
 * and the trail says so. Ana is a second repository on the same library.
 */
class ConflictChoicesTest {
    private static final String QUESTION = "purpose_summary";
    private static final Progress SOME = new Progress(1, 9);

    @TempDir
    Path folder;

    private final TestClock.Settable clock = new TestClock.Settable();
    private WorkbenchDatabase database;
    private JdbcAssessmentRepository ana;
    private JdbcAssessmentRepository ben;
    private QuestionnaireTemplate template;
    private Assessment assessment;

    @BeforeEach
    void open() {
        database = WorkbenchDatabase.open(folder, clock);
        ana = new JdbcAssessmentRepository(database, clock, () -> new UserIdentity("Ana", "Assessor", ""));
        ben = new JdbcAssessmentRepository(database, clock, () -> new UserIdentity("Ben", "Assessor", ""));
        template = TemplateLibrary.load(null).newest("quick-check").orElseThrow();
        assessment = ana.create(new NewAssessment("Tutor bot", "Tutor", "Ana", template.id(), template.version()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private QuestionnaireViewModel bensScreen() {
        return new QuestionnaireViewModel(
                assessment, template, ben.answersToEdit(assessment.id()), ben, new ImmediateBackgroundWork());
    }

    private List<AuditEntry> overwrites() {
        return new JdbcAuditTrail(database, clock, () -> UserIdentity.UNKNOWN)
                .read(assessment.id()).entries().stream()
                        .filter(e -> e.kind() == AuditKind.OVERWRITTEN)
                        .toList();
    }

    @Test
    void keepTheirsShowsTheColleaguesAnswerAndSavesNothingOfMine() {
        QuestionnaireViewModel screen = bensScreen();
        ana.answersToEdit(assessment.id());
        ana.saveAnswer(assessment.id(), QUESTION, new Answer.Text("Ana's summary"), SOME);
        screen.answerProperty(QUESTION).set(new Answer.Text("Ben's summary"));

        SaveConflict conflict = screen.conflictProperty().get();
        assertNotNull(conflict, "the refused save became a conflict");
        assertEquals("Ana", conflict.changedBy());
        assertEquals(List.of(new SaveConflict.Field("Answer", "Ben's summary", "Ana's summary")), conflict.fields());
        assertEquals("Not saved", screen.saveTextProperty().get());

        conflict.keepTheirs();
        assertNull(screen.conflictProperty().get());
        assertEquals(
                new Answer.Text("Ana's summary"),
                screen.answerProperty(QUESTION).get());
        assertEquals("Saved", screen.saveTextProperty().get());
        assertEquals(
                new Answer.Text("Ana's summary"),
                ana.answers(assessment.id()).get(QUESTION).answer());
        assertEquals(List.of(), overwrites());
        screen.answerProperty(QUESTION).set(new Answer.Text("Ben's, having read Ana's"));
        assertNull(screen.conflictProperty().get(), "after keeping theirs, Ben's next change saves");
        assertEquals(
                new Answer.Text("Ben's, having read Ana's"),
                ana.answers(assessment.id()).get(QUESTION).answer());
    }

    @Test
    void keepMineWritesOverTheirsAndTheTrailRecordsIt() {
        QuestionnaireViewModel screen = bensScreen();
        ana.answersToEdit(assessment.id());
        clock.set(TestClock.NOW.plusSeconds(120));
        ana.saveNote(assessment.id(), QUESTION, "Ana's note");
        screen.noteProperty(QUESTION).set("Ben's note");
        SaveConflict conflict = screen.conflictProperty().get();
        assertEquals(List.of(new SaveConflict.Field("Note", "Ben's note", "Ana's note")), conflict.fields());

        conflict.keepMine();
        assertEquals("Ben's note", ana.answers(assessment.id()).get(QUESTION).note());
        assertEquals("Saved", screen.saveTextProperty().get());
        List<AuditEntry> overwrites = overwrites();
        assertEquals(1, overwrites.size());
        assertEquals("Ben", overwrites.get(0).user());
        assertEquals(
                "saved by Ana at " + TestClock.NOW.plusSeconds(120),
                overwrites.get(0).before());
    }

    @Test
    void aPlanItemConflictOnTheRegisterIsSettledTheSameWay() {
        JdbcRegisterRepository anasRegister =
                new JdbcRegisterRepository(database, clock, () -> new UserIdentity("Ana", "Assessor", ""));
        JdbcRegisterRepository bensRegister =
                new JdbcRegisterRepository(database, clock, () -> new UserIdentity("Ben", "Assessor", ""));
        UUID id = assessment.id();
        PlanItem item = new PlanItem(
                UUID.randomUUID(),
                "",
                "Red-team the bot",
                List.of("atlas-jailbreaking"),
                2,
                1,
                Mitigation.Effort.M,
                PlanItem.Decision.ACCEPTED,
                "",
                "Dana",
                LocalDate.of(2026, 12, 1),
                PlanItem.Priority.HIGH,
                PlanItem.Status.PLANNED,
                "");
        anasRegister.savePlanItem(id, item);
        ScoringSession session = new ScoringSession(
                id,
                new SimpleObjectProperty<>(new AnsweredQuestionnaire(template, Map.of())),
                new ScoringSession.Records(
                        ScoringMethod.standard(), bensRegister.overridesToEdit(id), bensRegister.planToEdit(id)),
                new CatalogReader().readBuiltIn(),
                bensRegister,
                new ImmediateBackgroundWork(),
                new SimpleObjectProperty<>(ScoringMethod.standard()),
                () -> TestClock.TODAY);
        anasRegister.planToEdit(id);
        anasRegister.savePlanItem(id, item.withStatus(PlanItem.Status.IMPLEMENTED));

        session.savePlanItem(item.withStatus(PlanItem.Status.IN_PROGRESS));
        SaveConflict conflict = session.conflictProperty().get();
        assertEquals(
                List.of(new SaveConflict.Field("Status", "In progress", "Implemented")),
                conflict.fields().stream().filter(SaveConflict.Field::differs).toList());
        conflict.keepTheirs();
        assertEquals(PlanItem.Status.IMPLEMENTED, session.planItems().get(0).status(), "Ana's on Ben's screen");

        anasRegister.savePlanItem(id, item.withStatus(PlanItem.Status.VERIFIED));
        session.savePlanItem(item.withStatus(PlanItem.Status.IN_PROGRESS));
        session.conflictProperty().get().keepMine();
        assertEquals(
                PlanItem.Status.IN_PROGRESS,
                anasRegister.plan(id).items().get(0).status());
        assertEquals(PlanItem.Status.IN_PROGRESS, session.planItems().get(0).status());
        assertEquals(
                List.of(item.id().toString()),
                overwrites().stream().map(AuditEntry::subject).toList());
    }
}
