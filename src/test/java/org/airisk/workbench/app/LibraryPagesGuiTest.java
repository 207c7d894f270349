package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.airisk.workbench.store.BulkCopies;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A large library opens on its first page with the count of all, and shows more when asked. */
class LibraryPagesGuiTest {
    @TempDir
    Path folder;

    private static int rows(FxRobot robot) {
        return robot.lookup("#library-table")
                .queryAs(TableView.class)
                .getItems()
                .size();
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#library-count").queryAs(Label.class).getText();
    }

    @Test
    void aLibraryOf500ShowsTheCountAndLoadsMore() throws Exception {
        new GuiSession(folder).start().close(); // the first start makes the sample assessment
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            var sample = new JdbcAssessmentRepository(database, TestClock.FIXED)
                    .list()
                    .get(0)
                    .id();
            BulkCopies.add(database, List.of(sample), 499, 30, new Random(21));
        }
        GuiSession gui = new GuiSession(folder).start();
        FxRobot robot = gui.robot;
        assertEquals(200, rows(robot), "the first page only");
        assertEquals("Showing 200 of 500 assessments", count(robot));
        robot.clickOn("#library-load-more");
        gui.waitUntil("the next page", () -> rows(robot) == 400);
        assertEquals("Showing 400 of 500 assessments", count(robot));
        robot.clickOn("#library-load-more");
        gui.waitUntil("the last page", () -> rows(robot) == 500);
        assertEquals("500 assessments", count(robot));
        assertEquals(false, robot.lookup("#library-load-more").query().isVisible(), "nothing more to load");

        robot.clickOn("#library-search").write("no such system");
        gui.waitUntil("searched by the database", () -> rows(robot) == 0);
        assertEquals("0 assessments match", count(robot));
        gui.close();
    }
}
