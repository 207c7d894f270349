package org.airisk.workbench.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.ChangesElsewhere;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcAssessmentPages;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.airisk.workbench.ui.QueuedBackgroundWork;
import org.airisk.workbench.ui.library.AssessmentRow;
import org.airisk.workbench.ui.library.LibraryViewModel;
import org.airisk.workbench.ui.questionnaire.ColleagueEdits;
import org.airisk.workbench.ui.questionnaire.QuestionnaireViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ben's window told of Ana's changes (ADR 0042), without a window: the library reads its rows again; the open
 * assessment shows Ana's answers when Ben has nothing unsaved, and keeps Ben's change on screen when he has.
 */
class ColleagueChangesShownTest {
    private static final Answer FINANCE = new Answer.Choice("finance");
    private static final Answer HEALTH = new Answer.Choice("health");

    @TempDir
    Path folder;

    private WorkbenchDatabase database;
    private JdbcAssessmentRepository ben;
    private JdbcAssessmentRepository ana;
    private QuestionnaireTemplate template;
    private Assessment assessment;
    private LibraryViewModel library;
    private QuestionnaireViewModel open;
    private final Told changes = new Told();
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void setUp() {
        database = WorkbenchDatabase.open(folder, TestClock.FIXED);
        ben = new JdbcAssessmentRepository(database, TestClock.FIXED, () -> new UserIdentity("Ben", "Assessor", ""));
        ana = new JdbcAssessmentRepository(database, TestClock.FIXED, () -> new UserIdentity("Ana", "Assessor", ""));
        template = TemplateLibrary.load(null).newest("quick-check").orElseThrow();
        assessment = ben.create(new NewAssessment("Chatbot", "HelpBot", "Ben", template.id(), template.version()));
        library = new LibraryViewModel(
                ben,
                new JdbcAssessmentPages(database),
                TemplateLibrary.load(null),
                new ImmediateBackgroundWork(),
                id -> {});
        library.refresh();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    /** Ben's window with {@code open} as the open assessment (none when null), taking its saves to {@code saves}. */
    private void follow(BackgroundWork saves) {
        ColleagueChangesShown shown = new ColleagueChangesShown(
                new ColleagueChangesShown.Shown(
                        () -> Optional.of(library),
                        Optional::empty,
                        () -> Optional.ofNullable(open),
                        Optional::empty,
                        () -> {}),
                new ColleagueChangesShown.Edits(new ColleagueEdits(ben, saves), null),
                notices::add);
        shown.follow(changes, Runnable::run);
    }

    private QuestionnaireViewModel openInBensWindow(BackgroundWork saves) {
        return new QuestionnaireViewModel(assessment, template, ben.answersToEdit(assessment.id()), ben, saves);
    }

    private void anaAnswers(Answer answer) {
        ana.answersToEdit(assessment.id());
        ana.saveAnswer(assessment.id(), "domain", answer, new Progress(1, 10));
    }

    @Test
    void theLibraryReadsItsRowsAgainWhenToldAndNotBefore() {
        follow(new ImmediateBackgroundWork());
        UUID credit = ana.create(new NewAssessment("Credit scoring", "ScoreX", "Ana", template.id(), 1))
                .id();
        assertEquals(List.of("Chatbot"), titles(), "nothing read before the notice");

        changes.tell(Map.of(credit, "Ana"));

        assertEquals(List.of("Chatbot", "Credit scoring"), titles());
        assertEquals(List.of(), notices, "no assessment open, nothing to say");
    }

    @Test
    void withEverythingSavedTheOpenAssessmentShowsTheirAnswerOnTheSameSectionAndSaysWhose() {
        open = openInBensWindow(new ImmediateBackgroundWork());
        follow(new ImmediateBackgroundWork());
        Section last = open.shownSections().get(open.shownSections().size() - 1);
        open.currentSectionProperty().set(last);
        anaAnswers(HEALTH);

        changes.tell(Map.of(assessment.id(), "Ana"));

        assertEquals(HEALTH, open.answerProperty("domain").get());
        assertEquals(last, open.currentSectionProperty().get(), "Ben stays where he was");
        assertEquals(List.of("Updated with Ana\u2019s changes."), notices);
        // Ben has seen Ana's answer: his next change to it is saved, not refused as a conflict
        open.answerProperty("domain").set(FINANCE);
        assertNull(open.conflictProperty().get());
        assertEquals(FINANCE, ben.answers(assessment.id()).get("domain").answer());
    }

    @Test
    void withAChangeNotYetSavedBensAnswerStaysAndItsSaveShowsTheConflict() {
        QueuedBackgroundWork saves = new QueuedBackgroundWork();
        open = openInBensWindow(saves);
        follow(saves);
        open.answerProperty("domain").set(FINANCE); // queued, not yet written
        anaAnswers(HEALTH);

        changes.tell(Map.of(assessment.id(), ""));

        assertEquals(FINANCE, open.answerProperty("domain").get(), "Ben's change is not replaced");
        assertEquals(1, notices.size());
        assertTrue(
                notices.get(0).startsWith("A colleague changed this assessment while a change of yours"),
                notices.get(0));
        saves.runAll();
        assertNotNull(open.conflictProperty().get(), "Ben's save meets Ana's and both are shown");
        assertEquals(HEALTH, ana.answers(assessment.id()).get("domain").answer(), "nothing was written over");
    }

    @Test
    void aChangeToAnotherAssessmentLeavesTheOpenOneAlone() {
        open = openInBensWindow(new ImmediateBackgroundWork());
        follow(new ImmediateBackgroundWork());
        anaAnswers(HEALTH);

        changes.tell(Map.of(UUID.randomUUID(), "Ana"));

        assertNull(open.answerProperty("domain").get());
        assertEquals(List.of(), notices);
    }

    private List<String> titles() {
        return library.shownRows().stream().map(AssessmentRow::title).sorted().toList();
    }

    /** A team workspace's notices, told by the test. */
    private static final class Told implements ChangesElsewhere {
        private final List<Consumer<Map<UUID, String>>> subscribers = new ArrayList<>();

        @Override
        public void subscribe(Consumer<Map<UUID, String>> changed) {
            subscribers.add(changed);
        }

        void tell(Map<UUID, String> changed) {
            subscribers.forEach(s -> s.accept(changed));
        }

        @Override
        public void close() {
            subscribers.clear();
        }
    }
}
