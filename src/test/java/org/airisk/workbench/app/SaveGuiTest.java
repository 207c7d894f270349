package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Ctrl+S says plainly that everything is saved, and the title carries no unsaved mark once it is. */
class SaveGuiTest {
    @TempDir
    Path folder;

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    @Test
    void saveSaysEverythingIsSaved() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        FxRobot robot = gui.robot;
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        gui.waitUntil("told in the library", () -> label(robot, "#save-notice").isVisible());
        assertEquals(
                "All changes saved: the workbench saves every change as you make it.",
                label(robot, "#save-notice").getText());

        gui.createAssessment("Robot review", "Robot system", "quick-check", null);
        robot.clickOn(gui.reveal("#answer-purpose_summary")).write("Answers robot questions");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        gui.waitUntil(
                "footer says so",
                () -> "All changes saved".equals(label(robot, "#save-state").getText()));
        gui.waitUntil(
                "notice says so",
                () -> "All changes saved".equals(label(robot, "#save-notice").getText())
                        && label(robot, "#save-notice").isVisible());
        assertEquals("Robot review \u2013 AI Risk Workbench", gui.stage().getTitle(), "no unsaved mark");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.interact(() -> label(robot, "#save-notice").setVisible(false));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        gui.waitUntil(
                "told on the register too", () -> label(robot, "#save-notice").isVisible());
        assertFalse(gui.stage().getTitle().startsWith("\u2022"));
        gui.close();
    }
}
