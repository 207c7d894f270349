package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After an approval with conditions, in the real window: Review › Conditions to plan… says to re-open first, then
 * adds a condition to the plan once; Export report offers the changes since the approved version.
 */
class ConditionsGuiTest {
    private static final String SAMPLE = "Sample: support assistant pre-launch check";

    @TempDir
    Path folder;

    private static void closeDialogOf(GuiSession gui, String query) {
        gui.robot.interact(
                () -> ((Stage) gui.robot.lookup(query).query().getScene().getWindow()).close());
    }

    @Test
    void conditionsGoIntoThePlanOnceReopenedAndTheReportOffersTheChanges() throws Exception {
        Path data = folder.resolve("data");
        ConditionsCommandTest.approvedWithConditions(data);
        GuiSession gui = new GuiSession(data).start();
        List<String> cut = new ArrayList<>();
        gui.robot.doubleClickOn(SAMPLE);
        gui.waitUntil(
                "opened", () -> gui.robot.lookup("#assessment-tabs").tryQuery().isPresent());
        gui.waitUntil(
                "stage read",
                () -> !ReviewGuiTest.menuItem(gui, "menu-review-reopen").isDisable());

        ReviewGuiTest.choose(gui, "menu-review-conditions");
        gui.waitUntil(
                "refused",
                () -> gui.robot
                        .lookup("#conditions-refusal")
                        .tryQuery()
                        .map(n -> n.isVisible())
                        .orElse(false));
        assertTrue(gui.robot.lookup("#condition-1").queryButton().isDisabled(), "not while the sign-off covers it");
        ReviewGuiTest.look(gui, "#conditions-dialog", "review-conditions-refused", cut);
        closeDialogOf(gui, "#conditions-dialog");

        ReviewGuiTest.choose(gui, "menu-review-reopen");
        gui.waitUntil("re-opened", () -> ReviewGuiTest.banner(gui).startsWith("Draft, re-opened"));
        assertTrue(ReviewGuiTest.banner(gui).contains("Review \u203a Conditions to plan"), ReviewGuiTest.banner(gui));
        ReviewGuiTest.choose(gui, "menu-review-conditions");
        gui.waitUntil(
                "offered",
                () -> gui.robot
                        .lookup("#condition-1")
                        .tryQuery()
                        .map(n -> n instanceof Button b && !b.isDisabled())
                        .orElse(false));
        assertFalse(gui.robot.lookup("#conditions-refusal").query().isVisible());
        gui.robot.interact(() -> gui.robot.lookup("#condition-1").queryButton().fire());
        gui.waitUntil("in the plan", () -> gui.robot.lookup("#condition-1").query() instanceof Label);
        assertEquals(
                "\u2713 In the plan",
                gui.robot.lookup("#condition-1").queryAs(Label.class).getText());
        assertTrue(gui.robot.lookup("#condition-2").query() instanceof Button, "the other is still to add");
        ReviewGuiTest.look(gui, "#conditions-dialog", "review-conditions", cut);
        closeDialogOf(gui, "#conditions-dialog");

        MenuItem export = gui.robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null && i.getText().startsWith("Export report"))
                .findFirst()
                .orElseThrow();
        Platform.runLater(export::fire);
        WaitForAsyncUtils.waitForFxEvents();
        gui.waitUntil(
                "asked",
                () -> gui.robot.lookup("#report-since-approved").tryQuery().isPresent());
        CheckBox since = gui.robot.lookup("#report-since-approved").queryAs(CheckBox.class);
        assertFalse(since.isDisabled());
        assertTrue(since.isSelected(), "the plan changed since the approval");
        assertEquals("Add the changes since the approved version (v1)", since.getText());
        ReviewGuiTest.look(gui, "#report-since-approved", "report-since-approved", cut);
        gui.robot.clickOn("Cancel");
        gui.waitUntil(
                "closed",
                () -> gui.robot.lookup("#report-since-approved").tryQuery().isEmpty());
        assertEquals(List.of(), cut, "labels cut off");
        gui.close();
    }
}
