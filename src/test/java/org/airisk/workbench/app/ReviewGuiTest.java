package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Submit for review, then decide, in the real window: gaps link to their question, and review is read-only. */
class ReviewGuiTest {
    @TempDir
    Path folder;

    static MenuItem menuItem(GuiSession gui, String id) {
        MenuBar bar = gui.robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    /** Chooses a menu item as a click does; a dialog it opens waits for the test. */
    static void choose(GuiSession gui, String id) {
        MenuItem item = menuItem(gui, id);
        assertFalse(item.isDisable(), id + " is offered");
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String banner(GuiSession gui) {
        return gui.robot.lookup("#review-banner").queryAs(Label.class).getText();
    }

    /** Looks at a dialog in light and dark (saved under target/screenshots) and checks no label is cut off. */
    static void look(GuiSession gui, String query, String name, List<String> cut) throws Exception {
        for (Theme theme : List.of(Theme.DARK, Theme.LIGHT)) {
            gui.robot.interact(theme::apply);
            WaitForAsyncUtils.waitForFxEvents();
            gui.screenshotOf(query, name + "-" + theme.name().toLowerCase(Locale.ROOT));
            gui.robot.interact(() -> ClippedLabels.in(
                            gui.robot.lookup(query).query().getScene().getRoot())
                    .forEach(c -> cut.add(name + ": " + c)));
        }
    }

    @Test
    void submitWithAGapThenSubmitDecideAndSeeTheSignOff() throws Exception {
        Path data = folder.resolve("data");
        String id = ReviewFixture.started(data);
        ReviewFixture.completed(data, id);
        ReviewFixture.unanswered(data, id, "personal_data");
        GuiSession gui = new GuiSession(data).start();
        List<String> cut = new ArrayList<>();
        gui.robot.doubleClickOn(ReviewFixture.TITLE);
        gui.waitUntil(
                "questionnaire",
                () -> gui.robot.lookup("#assessment-tabs").tryQuery().isPresent());
        gui.waitUntil("stage read", () -> !menuItem(gui, "menu-review-submit").isDisable());
        assertTrue(menuItem(gui, "menu-review-decide").isDisable(), "a draft is not decided on");

        choose(gui, "menu-review-submit");
        gui.waitUntil(
                "the gaps",
                () -> gui.robot.lookup("#gap-personal_data").tryQuery().isPresent());
        look(gui, "#review-submit", "review-submit-gaps", cut);
        assertEquals(
                1,
                gui.robot.lookup(".hyperlink").queryAllAs(Hyperlink.class).stream()
                        .filter(h -> h.getId() != null && h.getId().startsWith("gap-"))
                        .count());
        gui.robot.interact(() ->
                gui.robot.lookup("#gap-personal_data").queryAs(Hyperlink.class).fire());
        gui.waitUntil(
                "the gap's question",
                () -> gui.robot.lookup("#review-submit").tryQuery().isEmpty()
                        && gui.robot.lookup("#question-personal_data").query().isVisible());

        gui.robot.clickOn(gui.choice("personal_data", "No"));
        gui.robot.push(KeyCode.CONTROL, KeyCode.S);
        choose(gui, "menu-review-submit");
        gui.waitUntil(
                "ready", () -> gui.robot.lookup("#review-submit").tryQuery().isPresent());
        look(gui, "#review-submit", "review-submit-ready", cut);
        Button submit =
                (Button) gui.robot.lookup("#review-submit").query().getScene().getRoot().lookupAll(".button").stream()
                        .filter(b -> b instanceof Button x && "Submit for review".equals(x.getText()))
                        .findFirst()
                        .orElseThrow();
        gui.robot.interact(submit::fire);
        gui.waitUntil("submitted", () -> banner(gui).startsWith("Submitted for review (version 1)"));
        Node answer = gui.robot.lookup("#answer-personal_data").query();
        assertTrue(answer.isDisabled(), "answers cannot be changed while submitted");
        assertFalse(
                gui.robot.lookup("#note-personal_data").queryAs(TextArea.class).isEditable());
        assertTrue(menuItem(gui, "menu-review-submit").isDisable());
        gui.screenshot("review-submitted");

        choose(gui, "menu-review-start");
        gui.waitUntil("in review", () -> banner(gui).startsWith("In review (version 1)"));
        choose(gui, "menu-review-decide");
        gui.waitUntil(
                "decide", () -> gui.robot.lookup("#decide-decision").tryQuery().isPresent());
        gui.robot.interact(() -> {
            gui.robot
                    .lookup("#decide-decision")
                    .<ComboBox<Decision>>query()
                    .setValue(Decision.APPROVED_WITH_CONDITIONS);
            gui.robot.lookup("#decide-name").queryTextInputControl().setText("Bo Reviewer");
            gui.robot.lookup("#decide-role").queryTextInputControl().setText("Chair");
        });
        gui.robot.interact(
                () -> gui.robot.lookup("#decide-record").queryButton().fire());
        assertTrue(
                gui.robot
                        .lookup("#decide-problem")
                        .queryAs(Label.class)
                        .getText()
                        .startsWith("An approval with conditions needs at least one condition"),
                "the dialog says what is missing");
        gui.robot.interact(() -> gui.robot
                .lookup("#decide-conditions")
                .queryTextInputControl()
                .setText("Log every override\nRe-assess in 6 months"));
        look(gui, "#decide-decision", "review-decide", cut);
        gui.robot.interact(
                () -> gui.robot.lookup("#decide-record").queryButton().fire());
        gui.waitUntil("decided", () -> banner(gui).startsWith("Approved with conditions by Bo Reviewer, Chair"));
        assertTrue(banner(gui).contains("Sign-off: Valid"), banner(gui));
        assertTrue(banner(gui).contains("Conditions: Log every override; Re-assess in 6 months."), banner(gui));
        assertFalse(gui.robot.lookup("#answer-personal_data").query().isDisabled(), "editable after the decision");
        gui.screenshot("review-decided");

        // Review › Versions and changes: the version with its decision, compared with now
        choose(gui, "menu-versions");
        gui.waitUntil(
                "versions listed",
                () -> gui.robot.lookup("#versions-table").tryQuery().isPresent()
                        && gui.robot
                                        .lookup("#versions-table")
                                        .queryTableView()
                                        .getItems()
                                        .size()
                                == 1);
        gui.robot.interact(() -> gui.robot
                .lookup("#versions-table")
                .queryTableView()
                .getSelectionModel()
                .select(0));
        gui.robot.interact(() -> gui.robot.lookup("#versions-now").queryButton().fire());
        gui.waitUntil(
                "changes shown",
                () -> gui.robot.lookup("#changes-summary").tryQuery().isPresent());
        assertTrue(
                gui.robot.lookup("#changes-summary").queryLabeled().getText().startsWith("No changes"),
                gui.robot.lookup("#changes-summary").queryLabeled().getText());
        look(gui, "#versions-table", "review-versions", cut);
        gui.robot.interact(() ->
                ((Stage) gui.robot.lookup("#changes-summary").query().getScene().getWindow()).close());
        gui.robot.interact(() ->
                ((Stage) gui.robot.lookup("#versions-table").query().getScene().getWindow()).close());

        // Review › Start re-assessment: a new assessment from the approved version, opened, with what to confirm
        choose(gui, "menu-reassess");
        gui.waitUntil(
                "asked", () -> gui.robot.lookup("#reassess-title").tryQuery().isPresent());
        look(gui, "#reassess-title", "review-reassess", cut);
        gui.robot.clickOn("Start");
        gui.waitUntil(
                "re-assessment opened", () -> gui.stage().getTitle().startsWith("Payroll helper (re-assessment)"));
        gui.waitUntil(
                "told",
                () -> gui.robot
                        .lookup((Node n) -> n instanceof Labeled l
                                && l.getText() != null
                                && l.getText().startsWith("Started \u201cPayroll helper (re-assessment)\u201d"))
                        .tryQuery()
                        .isPresent());
        gui.robot.clickOn("OK");
        assertEquals(List.of(), cut, "labels cut off in the review dialogs");
        gui.close();
    }
}
