package org.airisk.workbench.ui.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.ChangedElsewhere;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.NotAllowed;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.assessment.UnsavedChanges;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.scoring.StoredScoring;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.UnsavedChangesFile;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save (Ctrl+S) never passes in silence: it says everything is saved, waits for what is pending, or retries. */
class SaveNowTest {
    @TempDir
    Path folder;

    private WorkbenchDatabase database;
    private JdbcAssessmentRepository stored;
    private QuestionnaireTemplate template;
    private Assessment assessment;
    /** Set to make the next saves fail, as a full disk would. */
    private boolean failing;
    /** Set to make the next saves refused, as when someone else saved the answer since it was read. */
    private boolean refusing;
    /** Set to make the next saves refused by the team server, as for a reviewer's account. */
    private boolean forbidden;

    private AssessmentRepository repository;

    @BeforeEach
    void setUp() {
        database = WorkbenchDatabase.open(folder);
        stored = new JdbcAssessmentRepository(database, TestClock.FIXED);
        template = TemplateLibrary.load(null).newest("quick-check").orElseThrow();
        assessment = stored.create(new NewAssessment("T", "S", "", template.id(), template.version()));
        repository = (AssessmentRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {AssessmentRepository.class}, (proxy, method, args) -> {
                    if (failing && method.getName().startsWith("save")) {
                        throw new StorageException("The disk is full.");
                    }
                    if (forbidden && method.getName().startsWith("save")) {
                        throw new NotAllowed(
                                "Could not save the answer: your "
                                        + "server account is a reviewer's: it cannot change answers.",
                                null);
                    }
                    if (refusing && method.getName().startsWith("save")) {
                        throw new ChangedElsewhere("this answer", "Ana", TestClock.NOW);
                    }
                    try {
                        return method.invoke(stored, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private QuestionnaireViewModel open(BackgroundWork background) {
        return new QuestionnaireViewModel(
                assessment, template, stored.answers(assessment.id()), repository, background);
    }

    @Test
    void withNothingPendingItSaysEverythingIsSaved() {
        QuestionnaireViewModel model = open(new ImmediateBackgroundWork());
        model.answerProperty("domain").set(new Answer.Choice("finance"));
        assertFalse(model.unsavedProperty().get());
        model.saveNow();
        assertEquals("All changes saved", model.saveTextProperty().get());
        assertEquals("All changes saved", model.saveNoticeProperty().get());
        model.saveNow();
        assertEquals("All changes saved", model.saveNoticeProperty().get(), "said again the second time");
        model.answerProperty("domain").set(new Answer.Choice("health"));
        assertEquals("Saved", model.saveTextProperty().get(), "the next change is saved as usual");
    }

    @Test
    void withASavePendingItSaysSoOnceItIsWritten() {
        Queued background = new Queued();
        QuestionnaireViewModel model = open(background);
        model.answerProperty("domain").set(new Answer.Choice("finance"));
        assertTrue(model.unsavedProperty().get(), "the title marks the change until it is written");
        assertEquals("Saving…", model.saveTextProperty().get());
        model.saveNow();
        assertEquals("", model.saveNoticeProperty().get(), "nothing claimed before the save is written");
        background.runAll();
        assertFalse(model.unsavedProperty().get());
        assertEquals("All changes saved", model.saveNoticeProperty().get());
        assertEquals(
                new Answer.Choice("finance"),
                stored.answers(assessment.id()).get("domain").answer());
    }

    @Test
    void afterAFailedSaveItTriesAgainAndSaysHowItWent() {
        QuestionnaireViewModel model = open(new ImmediateBackgroundWork());
        failing = true;
        model.answerProperty("domain").set(new Answer.Choice("finance"));
        assertTrue(model.unsavedProperty().get());
        model.saveNow();
        assertTrue(
                model.saveNoticeProperty().get().startsWith("Not saved: The disk is full."),
                model.saveNoticeProperty().get());
        assertTrue(model.unsavedProperty().get(), "still marked while it is not saved");

        failing = false;
        model.saveNow();
        assertEquals("All changes saved", model.saveNoticeProperty().get());
        assertFalse(model.unsavedProperty().get());
        assertEquals(
                new Answer.Choice("finance"),
                stored.answers(assessment.id()).get("domain").answer());
    }

    /** Issue 16: quitting with answers that could not be saved asks first; with everything saved it does not. */
    @Test
    void quittingWithUnsavedAnswersIsWarnedAbout() {
        QuestionnaireViewModel model = open(new ImmediateBackgroundWork());
        model.answerProperty("domain").set(new Answer.Choice("health"));
        assertEquals(Optional.empty(), model.quitWarning(), "saved: nothing to ask");
        failing = true;
        model.answerProperty("domain").set(new Answer.Choice("finance"));
        String warning = model.quitWarning().orElseThrow();
        assertTrue(warning.contains("The disk is full.") && warning.contains("Retry"), warning);
        failing = false;
        model.retrySaving();
        assertEquals(Optional.empty(), model.quitWarning(), "saved on retry");
    }

    /** The journal beside the library, once a test opened the questionnaire with it. */
    private UnsavedChangesFile journal;

    private QuestionnaireViewModel openJournaled() {
        journal = new UnsavedChangesFile(folder);
        return openWith(journal);
    }

    private QuestionnaireViewModel openWith(UnsavedChanges journal) {
        return new QuestionnaireViewModel(
                assessment,
                template,
                stored.answers(assessment.id()),
                repository,
                new ImmediateBackgroundWork(),
                journal);
    }

    /**
     * Issue 16: a change whose save failed goes into the journal beside the library, so quitting does not lose it;
     * the next start saves it (StoredScoring.restore); once saved, it leaves the journal.
     */
    @Test
    void aChangeThatCouldNotBeSavedIsKeptInTheJournalUntilSaved() {
        QuestionnaireViewModel model = openJournaled();
        failing = true;
        model.answerProperty("domain").set(new Answer.Choice("finance"));
        model.noteProperty("domain").set("Only the loans team uses it");
        assertEquals(
                List.of(
                        UnsavedChanges.Change.answer(assessment.id(), "domain", new Answer.Choice("finance")),
                        UnsavedChanges.Change.note(assessment.id(), "domain", "Only the loans team uses it")),
                journal.read());

        // quitting here and starting again: the next start saves what the journal holds
        StoredScoring scoring = new StoredScoring(
                stored,
                new JdbcRegisterRepository(database, TestClock.FIXED),
                TemplateLibrary.load(null)::find,
                new CatalogReader().readBuiltIn(),
                ScoringMethod::standard);
        failing = false;
        assertEquals(2, scoring.restore(journal));
        var saved = stored.answers(assessment.id()).get("domain");
        assertEquals(new Answer.Choice("finance"), saved.answer());
        assertEquals("Only the loans team uses it", saved.note());
        assertTrue(stored.find(assessment.id()).orElseThrow().progressPercent() > 0, "progress recomputed");
        assertEquals(List.of(), journal.read(), "emptied once saved");
    }

    @Test
    void aRetryThatSucceedsTakesTheChangeOutOfTheJournal() {
        QuestionnaireViewModel model = openJournaled();
        failing = true;
        model.answerProperty("domain").set(new Answer.Choice("health"));
        assertEquals(1, journal.read().size());
        failing = false;
        model.retrySaving();
        assertEquals(List.of(), journal.read());
    }

    /**
     * A save refused because someone else saved the answer is not a storage failure to retry: it stays out of the
     * journal (the next start would replay it unchecked, over their answer) and the assessor is told to open the
     * assessment again to see theirs.
     */
    @Test
    void aSaveRefusedBecauseSomeoneElseSavedIsNotJournaled() {
        QuestionnaireViewModel model = openJournaled();
        failing = true;
        model.answerProperty("domain").set(new Answer.Choice("health"));
        assertEquals(1, journal.read().size(), "a full disk is journaled");
        failing = false;
        refusing = true;
        model.answerProperty("domain").set(new Answer.Choice("finance"));
        assertEquals(List.of(), journal.read(), "the refused change is not kept to be replayed");
        assertTrue(
                model.saveProblemProperty()
                                .get()
                                .startsWith("Ana changed this answer after you opened the " + "assessment")
                        && model.saveProblemProperty().get().contains("Open the assessment again"),
                model.saveProblemProperty().get());
    }

    /**
     * A save the team server refuses to the account's role (a reviewer's) would be refused again at every replay:
     * it stays out of the journal, and the assessor reads why.
     */
    @Test
    void aSaveTheServerRefusesToTheAccountIsNotJournaled() {
        QuestionnaireViewModel model = openJournaled();
        forbidden = true;
        model.answerProperty("domain").set(new Answer.Choice("finance"));
        assertEquals(List.of(), journal.read(), "the refused change is not kept to be replayed");
        assertEquals(
                "Could not save the answer: your server account is a reviewer's: it cannot change answers.",
                model.saveProblemProperty().get());
    }

    /** Background work that waits until the test lets it run, in order, as the real worker does. */
    private static final class Queued implements BackgroundWork {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> new ImmediateBackgroundWork().submit(work, onSuccess, onFailure));
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }
}
