package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcAuditTrail;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people on one library (ADR 0036): Ana, a second repository on the window's database, saves the answer Ben has
 * open; Ben's change then shows the conflict dialog with both versions, and his choice is carried out.
 */
class ConflictGuiTest {
    private static final String QUESTION = "purpose_summary";

    @TempDir
    Path folder;

    private static void type(GuiSession gui, String text) {
        TextInputControl field = gui.robot.lookup("#answer-" + QUESTION).queryAs(TextInputControl.class);
        gui.robot.interact(() -> field.setText(text));
    }

    @Test
    void aStaleAnswerShowsBothVersionsAndKeepMineWritesOverTheirs() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        gui.createAssessment("Tutor bot", "Tutor", "quick-check", null);
        JdbcAssessmentRepository ana = new JdbcAssessmentRepository(
                gui.workbench().database(), TestClock.FIXED, () -> new UserIdentity("Ana", "Assessor", ""));
        UUID id = ana.list().stream()
                .filter(a -> a.title().equals("Tutor bot"))
                .findFirst()
                .orElseThrow()
                .id();
        ana.answersToEdit(id);
        ana.saveAnswer(id, QUESTION, new Answer.Text("Ana's summary"), new Progress(1, 9));

        type(gui, "Ben's summary");
        gui.waitUntil(
                "the dialog",
                () -> gui.robot.lookup("#save-conflict").tryQuery().isPresent());
        assertEquals(
                "Ben's summary",
                gui.robot.lookup("#mine-1").queryAs(TextArea.class).getText());
        assertEquals(
                "Ana's summary",
                gui.robot.lookup("#theirs-1").queryAs(TextArea.class).getText());
        gui.screenshotOf("#save-conflict", "save-conflict");
        gui.robot.clickOn("Keep mine");
        gui.waitUntil(
                "written over",
                () -> new Answer.Text("Ben's summary")
                        .equals(ana.answers(id).get(QUESTION).answer()));
        assertEquals(
                1,
                new JdbcAuditTrail(gui.workbench().database(), TestClock.FIXED, () -> UserIdentity.UNKNOWN)
                        .read(id).entries().stream()
                                .filter(e -> e.kind() == AuditKind.OVERWRITTEN)
                                .count());

        ana.answersToEdit(id); // Ana sees Ben's before changing it again: hers would be refused otherwise
        ana.saveAnswer(id, QUESTION, new Answer.Text("Ana again"), new Progress(1, 9));
        type(gui, "Ben again");
        gui.waitUntil(
                "the dialog again",
                () -> gui.robot.lookup("#save-conflict").tryQuery().isPresent());
        gui.robot.clickOn("Keep theirs");
        gui.waitUntil(
                "theirs on screen",
                () -> "Ana again"
                        .equals(gui.robot
                                .lookup("#answer-" + QUESTION)
                                .queryAs(TextInputControl.class)
                                .getText()));
        assertEquals(new Answer.Text("Ana again"), ana.answers(id).get(QUESTION).answer());
        gui.close();
    }
}
