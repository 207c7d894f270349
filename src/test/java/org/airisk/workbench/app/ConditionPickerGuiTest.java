package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.ui.templates.ConditionChoice;
import org.airisk.workbench.ui.templates.ShowWhen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The editor's "show when" picker in the real window: its operator words drawn whole, a numeric condition. */
class ConditionPickerGuiTest {
    @TempDir
    Path folder;

    /** Adds a condition row to a new question after {@code after} and picks {@code on} as the question it reads. */
    private static void conditionOn(GuiSession gui, int after, String on) throws Exception {
        ListView<Question> questions = gui.robot.lookup("#editor-questions").query();
        gui.robot.interact(() -> questions.getSelectionModel().select(after));
        gui.robot.interact(
                () -> gui.robot.lookup("#question-add").queryAs(Button.class).fire());
        gui.robot.interact(
                () -> gui.robot.lookup("#condition-add").queryAs(Button.class).fire());
        ComboBox<Question> question = gui.robot.lookup("#condition-question-0").query();
        gui.robot.interact(() -> question.getSelectionModel()
                .select(question.getItems().stream()
                        .filter(q -> q.id().equals(on))
                        .findFirst()
                        .orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Each operator the picker offers, chosen in turn: the words it shows that its box has no room for. */
    private static List<String> cutOperators(GuiSession gui) {
        List<String> cut = new ArrayList<>();
        ChoiceBox<?> operator = gui.robot.lookup("#condition-operator-0").query();
        for (int i = 0; i < operator.getItems().size(); i++) {
            int at = i;
            gui.robot.interact(() -> operator.getSelectionModel().select(at));
            WaitForAsyncUtils.waitForFxEvents();
            gui.robot.interact(() -> {
                Label shown = (Label) operator.lookup(".label");
                Region arrow = (Region) operator.lookup(".open-button");
                Text text = new Text(shown.getText());
                text.setFont(shown.getFont());
                double needed =
                        text.getLayoutBounds().getWidth() + shown.snappedLeftInset() + shown.snappedRightInset();
                double room = arrow.getBoundsInParent().getMinX()
                        - shown.getBoundsInParent().getMinX();
                if (room + 0.5 < needed) {
                    cut.add(shown.getText() + " (needs " + Math.ceil(needed) + ", has " + Math.floor(room) + ")");
                }
            });
        }
        return cut;
    }

    @Test
    void theOperatorWordsAreDrawnWholeForChoiceAndNumberQuestions() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        QuestionnairesGuiTest.duplicateQuickCheck(gui);
        conditionOn(gui, 1, "domain");
        List<String> cut = new ArrayList<>(cutOperators(gui));
        ListView<Question> questions = gui.robot.lookup("#editor-questions").query();
        conditionOn(gui, 4, "people_reached");
        cut.addAll(cutOperators(gui));
        gui.robot.interact(() -> ((Stage) questions.getScene().getWindow()).close());
        gui.close();
        assertEquals(List.of(), cut, "every operator's words fit its box");
    }

    private static Node inPreview(GuiSession gui, String query) {
        return QuestionnairesGuiTest.inPreview(gui, query).orElseThrow();
    }

    @Test
    void aNumericConditionAddedInTheEditorHidesTheQuestionInThePreviewUntilTheNumberIsReached() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        QuestionnairesGuiTest.duplicateQuickCheck(gui);
        conditionOn(gui, 3, "people_reached");
        gui.waitUntil(
                "in the preview", () -> inPreview(gui, "#question-question_1").isVisible());
        @SuppressWarnings("unchecked")
        ChoiceBox<ConditionChoice.Operator> operator =
                gui.robot.lookup("#condition-operator-0").query();
        assertTrue(operator.getItems().contains(ConditionChoice.Operator.AT_LEAST), "offered for a number");
        gui.robot.interact(() -> operator.setValue(ConditionChoice.Operator.AT_LEAST));
        TextField value = gui.robot.lookup("#condition-text-0").query();
        gui.robot.clickOn(value).write("lots");
        Label problem = gui.robot.lookup("#condition-problem-0").query();
        gui.waitUntil("told at once", problem::isVisible);
        assertEquals("\u201clots\u201d is not a number: write it like 10000 or 2.5.", problem.getText());
        assertTrue(inPreview(gui, "#question-question_1").isVisible(), "nothing applied while it is not a number");

        gui.robot.interact(value::clear);
        gui.robot.write("5000");
        gui.waitUntil(
                "hidden until reached",
                () -> !inPreview(gui, "#question-question_1").isVisible());
        assertFalse(problem.isVisible());
        gui.robot.clickOn(gui.reveal(inPreview(gui, "#answer-people_reached"))).write("400");
        assertFalse(inPreview(gui, "#question-question_1").isVisible(), "400 is less than 5000");
        gui.robot.write("0");
        gui.waitUntil(
                "still hidden at 4000",
                () -> !inPreview(gui, "#question-question_1").isVisible());
        gui.robot.write("0");
        gui.waitUntil(
                "shown at 40000", () -> inPreview(gui, "#question-question_1").isVisible());

        gui.robot.interact(
                () -> gui.robot.lookup("#condition-add").queryAs(Button.class).fire());
        ComboBox<Question> second = gui.robot.lookup("#condition-question-1").query();
        gui.robot.interact(() -> second.getSelectionModel()
                .select(second.getItems().stream()
                        .filter(q -> q.id().equals("domain"))
                        .findFirst()
                        .orElseThrow()));
        ComboBox<Option> answer = gui.robot.lookup("#condition-option-1").query();
        gui.robot.interact(() -> answer.getSelectionModel().select(0));
        gui.waitUntil(
                "all of: the domain is not answered",
                () -> !inPreview(gui, "#question-question_1").isVisible());
        ChoiceBox<ShowWhen.Join> join = gui.robot.lookup("#condition-join").query();
        gui.robot.interact(() -> join.setValue(ShowWhen.Join.ANY));
        gui.waitUntil(
                "any of: 40000 is at least 5000",
                () -> inPreview(gui, "#question-question_1").isVisible());
        gui.robot.interact(() -> join.setValue(ShowWhen.Join.NONE));
        gui.waitUntil(
                "none of: hidden again",
                () -> !inPreview(gui, "#question-question_1").isVisible());

        List<String> cut = new ArrayList<>();
        gui.robot.interact(() -> {
            // the editor scrolled down to the picker, as an assessor working on it sees it
            Node up = join.getParent();
            while (!(up instanceof ScrollPane)) {
                up = up.getParent();
            }
            ScrollPane pane = (ScrollPane) up;
            Node content = pane.getContent();
            double top = content.sceneToLocal(join.localToScene(join.getBoundsInLocal()))
                    .getMinY();
            double room = content.getBoundsInLocal().getHeight()
                    - pane.getViewportBounds().getHeight();
            pane.setVvalue(Math.min(1, Math.max(0, (top - 60) / room)));
        });
        ReviewGuiTest.look(gui, "#template-editor", "template-editor-numeric-condition", cut);
        gui.robot.interact(() -> ((Stage) value.getScene().getWindow()).close());
        gui.close();
        assertEquals(List.of(), cut, "no label is cut off");
    }
}
