package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.airisk.workbench.evidence.EvidenceAnchor;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcEvidence;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit › Evidence on the open assessment: the files kept, removed with Delete and put back with Undo remove. */
class EvidenceGuiTest {
    @TempDir
    Path folder;

    @Test
    void evidenceIsListedRemovedAndPutBack() throws Exception {
        GuiSession first = new GuiSession(folder.resolve("data")).start();
        first.close();
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder.resolve("data"))) {
            UUID sample = new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .list()
                    .get(0)
                    .id();
            JdbcEvidence evidence = new JdbcEvidence(db, TestClock.FIXED);
            evidence.attach(
                    sample,
                    EvidenceAnchor.WHOLE_ASSESSMENT,
                    Files.writeString(folder.resolve("ai-policy.pdf"), "policy"),
                    "Ann Assessor");
            evidence.attach(
                    sample,
                    EvidenceAnchor.risk("atlas-hallucination"),
                    Files.writeString(folder.resolve("red-team-results.csv"), "a,b\n1,2\n"),
                    "Ann Assessor");
        }
        GuiSession gui = new GuiSession(folder.resolve("data")).start();
        var robot = gui.robot;
        robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class), MouseButton.PRIMARY);
        gui.waitUntil("opened", () -> gui.stage().getTitle().startsWith("Sample"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        gui.waitUntil(
                "evidence listed",
                () -> robot.lookup("#evidence-table").tryQuery().isPresent()
                        && robot.lookup("#evidence-table")
                                        .queryAs(TableView.class)
                                        .getItems()
                                        .size()
                                == 2);
        TableView<?> table = robot.lookup("#evidence-table").queryAs(TableView.class);
        robot.clickOn("red-team-results.csv");
        gui.screenshotOf("#evidence-table", "evidence");
        robot.push(KeyCode.DELETE);
        gui.waitUntil("removed", () -> table.getItems().size() == 1);
        robot.clickOn("#evidence-undo");
        gui.waitUntil("back", () -> table.getItems().size() == 2);
        assertEquals(
                "\u201cred-team-results.csv\u201d is back.",
                robot.lookup("#evidence-message").queryLabeled().getText());
        robot.clickOn("Close");
        gui.close();
    }
}
