package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** File › Recent assessments lists the last ones opened, also after a restart, and drops one that is gone. */
class RecentGuiTest {
    @TempDir
    Path folder;

    private static Menu recentMenu(GuiSession gui) {
        MenuBar bar = gui.robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return (Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-recent".equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> recent(GuiSession gui) {
        return recentMenu(gui).getItems().stream()
                .filter(i -> !i.isDisable())
                .map(MenuItem::getText)
                .toList();
    }

    private static void openRecent(GuiSession gui, String title) {
        MenuItem item = recentMenu(gui).getItems().stream()
                .filter(i -> title.equals(i.getText()))
                .findFirst()
                .orElseThrow();
        gui.robot.interact(item::fire);
    }

    @Test
    void recentAssessmentsOpenAndAMissingOneIsDroppedWithAMessage() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        assertEquals(List.of(), recent(gui));
        gui.createAssessment("First review", "System one", "quick-check", null);
        gui.robot.push(KeyCode.CONTROL, KeyCode.L);
        gui.createAssessment("Second review", "System two", "quick-check", null);
        gui.waitUntil("listed", () -> recent(gui).size() == 2);
        assertEquals(List.of("Second review", "First review"), recent(gui));
        gui.close();

        GuiSession again = new GuiSession(folder).start();
        FxRobot robot = again.robot;
        again.waitUntil("reopened", () -> again.stage().getTitle().startsWith("Second review"));
        assertEquals(List.of("Second review", "First review"), recent(again));
        openRecent(again, "First review");
        again.waitUntil("opened", () -> again.stage().getTitle().startsWith("First review"));
        again.waitUntil("moved first", () -> recent(again).get(0).equals("First review"));

        robot.push(KeyCode.CONTROL, KeyCode.L);
        robot.clickOn("Second review");
        robot.push(KeyCode.DELETE);
        again.waitUntil("confirmation", () -> robot.lookup("Cancel").tryQuery().isPresent());
        robot.clickOn("Delete");
        again.waitUntil(
                "deleted", () -> robot.lookup("Second review").tryQuery().isEmpty());

        openRecent(again, "Second review");
        String header = "\u201cSecond review\u201d is no longer in the library";
        again.waitUntil(
                "told",
                () -> robot.lookup((Node n) -> n instanceof Labeled l && header.equals(l.getText()))
                        .tryQuery()
                        .isPresent());
        assertEquals(List.of("First review"), recent(again));
        robot.clickOn("OK");
        again.close();
    }
}
