package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Restore from backup lists the backups with what each holds, and hands the chosen one on to restore. */
class RestoreGuiTest {
    @TempDir
    Path folder;

    /** The item with this id in any menu (menus come and go between File and Help). */
    private static MenuItem menuItem(GuiSession gui, String id) {
        MenuBar bar = gui.robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theDialogListsEachBackupWithItsAssessmentsAndRestoresTheChosenOne() throws Exception {
        TestClock.Settable clock = new TestClock.Settable();
        clock.set(TestClock.NOW.minus(Duration.ofHours(60)));
        for (String title : List.of("Chatbot review", "Hiring screener", "Tutor bot")) {
            try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
                new JdbcAssessmentRepository(db, clock)
                        .create(new NewAssessment(title, "System", "Ann", "quick-check", 1));
            }
            clock.set(clock.instant().plus(Duration.ofHours(30)));
        }
        GuiSession gui = new GuiSession(folder).start();
        AtomicReference<Path> chosen = new AtomicReference<>();
        gui.workbench().whenRestoreChosen(chosen::set);
        assertEquals("Open log folder", menuItem(gui, "menu-log-folder").getText());

        gui.robot.interact(menuItem(gui, "menu-restore")::fire);
        gui.waitUntil(
                "the dialog",
                () -> gui.robot.lookup("#restore-backups").tryQuery().isPresent());
        Label holds = gui.robot.lookup("#restore-holds").queryAs(Label.class);
        gui.waitUntil("what the newest holds", () -> holds.getText().startsWith("It holds:"));
        assertEquals("It holds: Chatbot review, Hiring screener, Tutor bot.", holds.getText(), "the newest");
        TableView<?> table = gui.robot.lookup("#restore-backups").queryAs(TableView.class);
        assertEquals(3, table.getItems().size());
        gui.robot.interact(() -> table.getSelectionModel().select(2));
        gui.waitUntil("what the oldest holds", () -> !holds.getText().contains("Tutor bot"));
        assertEquals("It holds: Chatbot review.", holds.getText());
        gui.screenshotOf("#restore-backups", "restore-dialog");

        gui.robot.clickOn("Restore…");
        gui.waitUntil(
                "the confirmation", () -> gui.robot.lookup("Restore").tryQuery().isPresent());
        gui.robot.clickOn("Restore");
        gui.waitUntil("handed on", () -> chosen.get() != null);
        assertTrue(
                chosen.get().getFileName().toString().startsWith("workbench-20261122-220000Z"),
                chosen.get().toString());
        gui.close();
    }
}
