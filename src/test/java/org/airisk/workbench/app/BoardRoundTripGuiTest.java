package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The board's package brought into the consultant's window: the conflict is said, the decision is in the banner. */
class BoardRoundTripGuiTest {
    @TempDir
    Path folder;

    @Test
    void theBoardsDecisionArrivesInTheWindow() throws Exception {
        String id = BoardRoundTripTest.toTheBoardAndBack(folder);
        Path consultant = folder.resolve("consultant");
        // meanwhile a comment written here (the copy is read-only while submitted): this library's trail goes on
        // apart from the board's
        BoardRoundTripTest.run(consultant, "comment", id, "--text", "The vendor contract follows.");

        GuiSession gui = new GuiSession(consultant).start();
        FxRobot robot = gui.robot;
        robot.interact(() -> gui.window().importPackage(folder.resolve("decided.airisk.json")));
        gui.waitUntil("asked", () -> robot.lookup("Replace").tryQuery().isPresent());
        robot.clickOn("Replace");
        gui.waitUntil(
                "imported", () -> robot.lookup("Import finished").tryQuery().isPresent());
        String said =
                ((Label) robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContent()).getText();
        assertTrue(
                said.contains("Kept as it was here, not overwritten:\n\u2022 \u201cPayroll helper\u201d: Its audit "
                        + "trail and this library's went apart after entry "),
                said);
        robot.clickOn("OK");

        robot.doubleClickOn(ReviewFixture.TITLE);
        gui.waitUntil(
                "the decision",
                () -> robot.lookup("#review-banner").tryQuery().isPresent()
                        && robot.lookup("#review-banner")
                                .queryAs(Label.class)
                                .getText()
                                .startsWith("Changes requested by Bo Reviewer, Chair"));
        gui.close();
    }
}
