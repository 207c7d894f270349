package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
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
        MenuItem item = bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-questionnaires".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertEquals("Questionnaires\u2026", item.getText());
        Platform.runLater(item::fire);
        gui.waitUntil(
                "the questionnaires",
                () -> gui.robot.lookup("#questionnaires-list").tryQuery().isPresent());

        ListView<QuestionnaireTemplate> list =
                gui.robot.lookup("#questionnaires-list").query();
        gui.robot.interact(() -> list.getItems().stream()
                .filter(t -> t.id().equals("quick-check"))
                .findFirst()
                .ifPresent(list.getSelectionModel()::select));
        gui.robot.interact(() -> gui.robot
                .lookup("#questionnaires-duplicate")
                .queryAs(Button.class)
                .fire());
        gui.waitUntil(
                "the editor",
                () -> gui.robot.lookup("#template-editor").tryQuery().isPresent());
        assertEquals(
                "Copy of AI system quick check",
                gui.robot.lookup("#editor-title").queryAs(TextField.class).getText());

        ListView<?> questions = gui.robot.lookup("#editor-questions").query();
        int before = questions.getItems().size();
        gui.robot.interact(
                () -> gui.robot.lookup("#question-add").queryAs(Button.class).fire());
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

        gui.robot.interact(
                () -> gui.robot.lookup("#editor-save").queryAs(Button.class).fire());
        Label status = gui.robot.lookup("#editor-status").query();
        gui.waitUntil("saved", () -> status.getText().startsWith("Saved as version 1"));
        assertTrue(list.getItems().stream().anyMatch(t -> t.id().equals("quick-check-copy")), "listed at once");
        Path file = folder.resolve("templates").resolve("quick-check-copy-v1.json");
        assertTrue(Files.exists(file));
        QuestionnaireTemplate saved = TemplateLibrary.load(folder.resolve("templates"))
                .newest("quick-check-copy")
                .orElseThrow();
        assertTrue(saved.questions().anyMatch(q -> q.text().equals("Who signs off?")));

        gui.robot.interact(() -> ((Stage) status.getScene().getWindow()).close());
        gui.close();
    }

    /** Opens Tools › Questionnaires… and duplicates the quick check into the editor. */
    static void duplicateQuickCheck(GuiSession gui) throws Exception {
        MenuBar bar = gui.robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-questionnaires".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        Platform.runLater(item::fire);
        gui.waitUntil(
                "the questionnaires",
                () -> gui.robot.lookup("#questionnaires-list").tryQuery().isPresent());
        ListView<QuestionnaireTemplate> list =
                gui.robot.lookup("#questionnaires-list").query();
        gui.robot.interact(() -> list.getItems().stream()
                .filter(t -> t.id().equals("quick-check"))
                .findFirst()
                .ifPresent(list.getSelectionModel()::select));
        gui.robot.interact(() -> gui.robot
                .lookup("#questionnaires-duplicate")
                .queryAs(Button.class)
                .fire());
        gui.waitUntil(
                "the editor",
                () -> gui.robot.lookup("#template-editor").tryQuery().isPresent());
    }

    static Optional<Node> inPreview(GuiSession gui, String query) {
        return gui.robot
                .from(gui.robot.lookup("#template-preview").<Node>query())
                .lookup(query)
                .tryQuery();
    }

    @Test
    void aQuestionEditedShowsInThePreviewAndAnsweringThereShowsTheConditionalOne() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        duplicateQuickCheck(gui);
        ListView<Question> questions = gui.robot.lookup("#editor-questions").query();
        gui.robot.interact(() -> questions.getSelectionModel().select(1));
        Question domain = questions.getItems().get(1);
        assertEquals("domain", domain.id());
        gui.robot.interact(
                () -> gui.robot.lookup("#question-add").queryAs(Button.class).fire());

        TextField text = gui.robot.lookup("#question-text").query();
        gui.robot.clickOn(text);
        gui.robot.interact(text::selectAll);
        gui.robot.write("Who signs off?");
        gui.waitUntil(
                "in the preview",
                () -> inPreview(gui, "#question-question_1")
                        .map(card -> card.lookupAll(".question-text").stream()
                                .anyMatch(l -> ((Label) l).getText().startsWith("Who signs off?")))
                        .orElse(false));
        assertTrue(inPreview(gui, "#question-question_1").orElseThrow().isVisible(), "shown while unconditional");

        gui.robot.interact(
                () -> gui.robot.lookup("#condition-add").queryAs(Button.class).fire());
        ComboBox<Question> on = gui.robot.lookup("#condition-question-0").query();
        gui.robot.interact(() -> on.getSelectionModel()
                .select(on.getItems().stream()
                        .filter(q -> q.id().equals("domain"))
                        .findFirst()
                        .orElseThrow()));
        ComboBox<Option> value = gui.robot.lookup("#condition-option-0").query();
        Option first = domain.options().get(0);
        gui.robot.interact(() -> value.getSelectionModel().select(first));
        gui.waitUntil(
                "hidden until answered",
                () -> !inPreview(gui, "#question-question_1").orElseThrow().isVisible());

        gui.robot.clickOn(gui.choice("domain", first.label()));
        gui.waitUntil(
                "the conditional question appears",
                () -> inPreview(gui, "#question-question_1").orElseThrow().isVisible());

        gui.robot.interact(
                () -> gui.robot.lookup("#effect-add").queryAs(Button.class).fire());
        TextField riskSearch = gui.robot.lookup("#effect-risk-search").query();
        gui.robot.interact(() -> riskSearch.setText("privacy rights"));
        ListView<Risk> risks = gui.robot.lookup("#effect-risks").query();
        assertEquals("atlas-data-privacy-rights", risks.getItems().get(0).id(), "found by name");
        gui.robot.interact(() -> risks.getSelectionModel().select(0));
        gui.robot.clickOn(gui.choice("question_1", "Yes"));
        ListView<String> effects = gui.robot.lookup("#preview-effects").query();
        gui.waitUntil(
                "the risk the answer informs",
                () -> effects.getItems()
                        .equals(
                                List.of(
                                        "\u201cWho signs off?\u201d: Yes \u2192 Data privacy rights alignment: likelihood +1")));

        List<String> cut = new ArrayList<>();
        ReviewGuiTest.look(gui, "#template-editor", "template-editor-preview", cut);
        gui.robot.interact(() -> ((Stage) text.getScene().getWindow()).close());
        gui.close();
        assertEquals(List.of(), cut, "no label is cut off");
        assertTrue(
                Files.notExists(folder.resolve("templates").resolve("quick-check-copy-v1.json")),
                "nothing saved by previewing");
    }
}
