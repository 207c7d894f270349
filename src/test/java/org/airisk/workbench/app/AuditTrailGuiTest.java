package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View › Audit trail shows the selected assessment's changes, filters them, and says the chain is intact. */
class AuditTrailGuiTest {
    @TempDir
    Path folder;

    @Test
    void theTrailOfTheSelectedAssessmentOpensFilteredAndChecked() throws Exception {
        TestClock.Settable clock = new TestClock.Settable();
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
            JdbcPreferences preferences = new JdbcPreferences(db);
            new UserIdentity("Ada Lovelace", "Assessor", "").save(preferences);
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, clock);
            UUID id = repo.create(new NewAssessment("Support bot", "Bot", "Ann", "quick-check", 1))
                    .id();
            clock.set(clock.instant().plus(Duration.ofMinutes(3)));
            repo.saveAnswer(id, "purpose_summary", new Answer.Text("Answers customer questions"), new Progress(1, 9));
            repo.saveNote(id, "purpose_summary", "Checked with the product owner.");
            new UserIdentity("Bo Reviewer", "Board member", "").save(preferences);
            clock.set(clock.instant().plus(Duration.ofMinutes(40)));
            new JdbcRegisterRepository(db, clock)
                    .saveOverride(id, new RatingOverride("atlas-toxic-output", 4, 3, "Seen twice in the pilot"));
            repo.saveAnswer(
                    id, "purpose_summary", new Answer.Text("Answers customer and staff questions"), new Progress(1, 9));
        }
        GuiSession gui = new GuiSession(folder).start();
        TableView<?> library = gui.robot.lookup("#library-table").queryAs(TableView.class);
        gui.robot.interact(() -> library.getSelectionModel().select(0));
        MenuBar bar = gui.robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().get(2).getItems().stream()
                .filter(i -> "menu-audit-trail".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        gui.robot.interact(item::fire);
        gui.waitUntil(
                "the trail read",
                () -> gui.robot.lookup("#audit-chain").tryQuery().isPresent()
                        && gui.robot
                                .lookup("#audit-chain")
                                .queryAs(Label.class)
                                .getText()
                                .startsWith("Chain"));
        assertEquals(
                "Chain intact (5 entries).",
                gui.robot.lookup("#audit-chain").queryAs(Label.class).getText());
        TableView<?> table = gui.robot.lookup("#audit-table").queryAs(TableView.class);
        assertEquals(5, table.getItems().size());
        gui.robot.interact(() -> table.getSelectionModel().select(0));
        gui.screenshotOf("#audit-table", "audit-trail-light");
        gui.robot.interact(Theme.DARK::apply);
        gui.screenshotOf("#audit-table", "audit-trail-dark");
        gui.robot.interact(Theme.LIGHT::apply);

        TextField text = gui.robot.lookup("#audit-text").queryAs(TextField.class);
        gui.robot.interact(() -> text.setText("customer"));
        assertEquals(2, table.getItems().size());
        assertEquals(
                "Showing 2 of 5 entries",
                gui.robot.lookup("#audit-count").queryAs(Label.class).getText());
        gui.robot.clickOn("Close");
        gui.close();
    }
}
