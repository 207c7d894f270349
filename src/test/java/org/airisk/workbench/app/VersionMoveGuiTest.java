package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.VersionMove;
import org.airisk.workbench.questionnairedata.TemplateWriter;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.MovingTemplates;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit › Move to newer questionnaire version: a v1 assessment moved to the v2 installed in the data folder. */
class VersionMoveGuiTest {
    @TempDir
    Path folder;

    @Test
    void anAssessmentOnVersionOneMovesToVersionTwoWithItsAnswers() throws Exception {
        Path templates = Files.createDirectories(folder.resolve(Workbench.TEMPLATE_FOLDER));
        Files.writeString(templates.resolve("moving-1.json"), new TemplateWriter().write(MovingTemplates.V1));
        Files.writeString(templates.resolve("moving-2.json"), new TemplateWriter().write(MovingTemplates.V2));
        UUID id;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, TestClock.FIXED)) {
            id = MovingTemplates.answeredOnV1(new JdbcAssessmentRepository(db, TestClock.FIXED));
        }
        GuiSession gui = new GuiSession(folder).start();
        MenuItem move = editMenuItem(gui, "menu-move-version");
        assertTrue(move.isDisable(), "nothing open to move");
        gui.robot.interact(() -> gui.window().open(id));
        gui.waitUntil(
                "v1 open", () -> gui.robot.lookup("#question-gone").tryQuery().isPresent());
        assertFalse(move.isDisable(), "version 2 is installed");

        Platform.runLater(move::fire);
        gui.waitUntil(
                "preview",
                () -> gui.robot
                        .lookup("#move-summary")
                        .tryQueryAs(Label.class)
                        .map(l -> l.getText().startsWith("Of 4 answers"))
                        .orElse(false));
        assertEquals(
                2,
                gui.robot
                        .lookup("#move-review")
                        .queryAs(ListView.class)
                        .getItems()
                        .size());
        assertEquals(
                "Who built it?: Our team",
                gui.robot
                        .lookup("#move-dropped")
                        .queryAs(ListView.class)
                        .getItems()
                        .get(0));
        gui.screenshotOf("#move-summary", "version-move-preview");
        gui.robot.clickOn("#move-confirm");

        gui.waitUntil(
                "moved and open again",
                () -> gui.robot.lookup("#question-gone").tryQuery().isEmpty()
                        && gui.robot.lookup("#question-human").tryQuery().isPresent());
        gui.waitUntil(
                "told",
                () -> gui.robot
                        .lookup("#save-notice")
                        .queryAs(Label.class)
                        .getText()
                        .startsWith("Moved to Moving v2. 2 answers need review"));
        Node human = gui.robot.lookup("#question-human").query();
        assertTrue(gui.robot
                .from(human)
                .lookup((Node n) ->
                        n instanceof Labeled l && l.getText().startsWith("Does a person check each output?"))
                .tryQuery()
                .isPresent());
        assertTrue(move.isDisable(), "no newer version than 2");
        gui.close();

        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, TestClock.FIXED)) {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, TestClock.FIXED);
            assertEquals(2, repo.find(id).orElseThrow().templateVersion());
            Map<String, RecordedAnswer> answers = repo.answers(id);
            assertEquals(new Answer.Text("Support"), answers.get("purpose").answer());
            assertEquals(new Answer.Choice(Question.YES), answers.get("human").answer());
            assertTrue(answers.get("human").note().startsWith(VersionMove.TO_REVIEW));
            assertNull(answers.get("size").answer());
        }
    }

    private static MenuItem editMenuItem(GuiSession gui, String id) {
        MenuBar bar = gui.robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().get(1).getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }
}
