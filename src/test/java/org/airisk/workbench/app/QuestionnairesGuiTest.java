package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.templates.TemplateLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tools › Questionnaires…: a built-in questionnaire duplicated, a question added, undone and redone, saved. */
class QuestionnairesGuiTest {
    @TempDir
    Path folder;

    @Test
    void aDuplicatedBuiltInGetsAQuestionAndIsSavedAsVersionOne() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        MenuBar bar = gui.robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertTrue(bar.getMenus().stream().anyMatch(m -> m.getText().equals("_Tools")));
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-questionnaires".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("Questionnaires\u2026", item.getText());
        Platform.runLater(item::fire);
        gui.waitUntil("the questionnaires", () -> gui.robot.lookup("#questionnaires-list").tryQuery().isPresent());

        ListView<QuestionnaireTemplate> list = gui.robot.lookup("#questionnaires-list").query();
        gui.robot.interact(() -> list.getItems().stream().filter(t -> t.id().equals("quick-check")).findFirst()
                .ifPresent(list.getSelectionModel()::select));
        gui.robot.interact(() -> gui.robot.lookup("#questionnaires-duplicate").queryAs(Button.class).fire());
        gui.waitUntil("the editor", () -> gui.robot.lookup("#template-editor").tryQuery().isPresent());
        assertEquals("Copy of AI system quick check", gui.robot.lookup("#editor-title").queryAs(TextField.class).getText());

        ListView<?> questions = gui.robot.lookup("#editor-questions").query();
        int before = questions.getItems().size();
        gui.robot.interact(() -> gui.robot.lookup("#question-add").queryAs(Button.class).fire());
        assertEquals(before + 1, questions.getItems().size());
        TextField text = gui.robot.lookup("#question-text").query();
        gui.robot.clickOn(text);
        gui.robot.interact(text::selectAll);
        gui.robot.write("Who signs off?");
        gui.waitUntil("typed", () -> "Who signs off?".equals(text.getText()));
        assertTrue(questions.getItems().stream().anyMatch(q -> q.toString().contains("Who signs off?")));

        gui.robot.push(KeyCode.CONTROL, KeyCode.Z);
        gui.waitUntil("undone", () -> "New question".equals(text.getText()));
        gui.robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        gui.waitUntil("redone", () -> "Who signs off?".equals(text.getText()));

        List<String> cut = new ArrayList<>();
        ReviewGuiTest.look(gui, "#template-editor", "template-editor", cut);
        assertEquals(List.of(), cut, "no label is cut off");

        gui.robot.interact(() -> gui.robot.lookup("#editor-save").queryAs(Button.class).fire());
        Label status = gui.robot.lookup("#editor-status").query();
        gui.waitUntil("saved", () -> status.getText().startsWith("Saved as version 1"));
        assertTrue(list.getItems().stream().anyMatch(t -> t.id().equals("quick-check-copy")), "listed at once");
        Path file = folder.resolve("templates").resolve("quick-check-copy-v1.json");
        assertTrue(Files.exists(file));
        QuestionnaireTemplate saved = TemplateLibrary.load(folder.resolve("templates")).newest("quick-check-copy")
                .orElseThrow();
        assertTrue(saved.questions().anyMatch(q -> q.text().equals("Who signs off?")));

        gui.robot.interact(() -> ((javafx.stage.Stage) status.getScene().getWindow()).close());
        gui.close();
    }
}
