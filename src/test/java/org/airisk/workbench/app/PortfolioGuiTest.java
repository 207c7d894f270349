package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.airisk.workbench.bench.PortfolioGenerator;
import org.airisk.workbench.portfolio.PortfolioFilter;
import org.airisk.workbench.portfolio.PortfolioSnapshot;
import org.airisk.workbench.store.JdbcPortfolioQueries;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The portfolio dashboard in the real window, on a generated portfolio. */
class PortfolioGuiTest {
    @TempDir
    Path folder;

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void filtersAndOpensAnOverdueItemsAssessment() throws Exception {
        PortfolioSnapshot ownerThree;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            PortfolioGenerator.generate(db, 80, new Random(3));
            ownerThree = new JdbcPortfolioQueries(db)
                    .snapshot(new PortfolioFilter("Owner 3", null, null, null), TestClock.TODAY);
        }
        GuiSession gui = new GuiSession(folder).start();
        FxRobot robot = gui.robot;
        robot.clickOn("#library-portfolio");
        gui.waitUntil(
                "portfolio",
                () -> robot.lookup("#portfolio-summary").tryQuery().isPresent()
                        && text(robot, "#portfolio-summary").startsWith("80 assessments"));
        @SuppressWarnings("unchecked")
        TableView<PortfolioSnapshot.RiskCount> frequent =
                robot.lookup("#portfolio-frequent").queryAs(TableView.class);
        assertTrue(frequent.getItems().size() > 0 && frequent.getItems().size() <= 10);
        gui.screenshot("portfolio-light");
        robot.interact(Theme.DARK::apply);
        gui.screenshot("portfolio-dark");
        robot.interact(Theme.LIGHT::apply);

        @SuppressWarnings("unchecked")
        ComboBox<String> owner = robot.lookup("#portfolio-owner").queryAs(ComboBox.class);
        robot.interact(() -> owner.setValue("Owner 3"));
        gui.waitUntil(
                "filtered",
                () -> text(robot, "#portfolio-summary")
                        .startsWith(ownerThree.assessments()
                                + (ownerThree.assessments() == 1 ? " assessment " : " assessments ")));
        assertEquals(ownerThree.frequentRisks().size(), frequent.getItems().size());

        robot.interact(() -> owner.setValue(null));
        @SuppressWarnings("unchecked")
        TableView<PortfolioSnapshot.OverdueItem> overdue =
                robot.lookup("#portfolio-overdue").queryAs(TableView.class);
        gui.waitUntil("all again", () -> text(robot, "#portfolio-summary").startsWith("80 assessments"));
        assertTrue(!overdue.getItems().isEmpty(), "the generator made items overdue");
        PortfolioSnapshot.OverdueItem first = overdue.getItems().get(0);
        robot.interact(() -> {
            overdue.requestFocus();
            overdue.getSelectionModel().select(0);
        });
        robot.push(KeyCode.ENTER);
        gui.waitUntil(
                "assessment open",
                () -> robot.lookup("#assessment-tabs").tryQuery().isPresent());
        assertTrue(
                gui.stage().getTitle().startsWith(first.assessmentTitle()),
                gui.stage().getTitle());
        gui.close();
    }
}
