package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.NotApplicableRisk;
import org.airisk.workbench.scoring.Recommendation;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The risk register and mitigation plan in the real window: they follow the answers, an override needs its
 * justification, and accepting a recommendation lowers residual risk, all saved for the next start.
 */
class RegisterGuiTest {
    private static final String INJECTION = "atlas-prompt-injection";
    private static final String SAMPLE = "Sample: support assistant pre-launch check";

    @TempDir
    Path folder;

    @SuppressWarnings("unchecked")
    private static TableView<RiskScore> register(FxRobot robot) {
        return robot.lookup("#register-table").queryAs(TableView.class);
    }

    private static RiskScore row(FxRobot robot, String riskId) {
        return register(robot).getItems().stream()
                .filter(s -> s.riskId().equals(riskId))
                .findFirst()
                .orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Starts the workbench, opens the sample and shows its risk register. */
    private GuiSession openRegister() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        openSample(gui);
        gui.robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        gui.waitUntil(
                "register", () -> gui.robot.lookup("#register-table").tryQuery().isPresent());
        return gui;
    }

    private static void openSample(GuiSession gui) throws Exception {
        // A restart reopens the assessment that was open: then there is no library row to double-click.
        if (gui.robot
                .lookup("#assessment-tabs")
                .tryQuery()
                .map(n -> n.getScene() != null)
                .orElse(false)) {
            return;
        }
        gui.robot.doubleClickOn(SAMPLE);
        gui.waitUntil(
                "questionnaire",
                () -> gui.robot.lookup("#assessment-tabs").tryQuery().isPresent());
    }

    /** Issue 18: a risk is marked not applicable from the register, with its reason, kept, and brought back. */
    @Test
    void aRiskMarkedNotApplicableLeavesTheRegisterUntilBroughtBack() throws Exception {
        GuiSession gui = openRegister();
        FxRobot robot = gui.robot;
        robot.interact(() -> register(robot).getSelectionModel().select(row(robot, INJECTION)));
        robot.clickOn(gui.reveal("#register-override-justification")).write("Only our own vetted templates reach it");
        robot.clickOn(gui.reveal("#register-set-aside"));
        gui.waitUntil(
                "left the register",
                () -> register(robot).getItems().stream()
                        .noneMatch(s -> s.riskId().equals(INJECTION)));
        gui.close();

        GuiSession again = new GuiSession(folder).start();
        FxRobot r = again.robot;
        openSample(again);
        r.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        again.waitUntil("register", () -> r.lookup("#register-table").tryQuery().isPresent());
        assertTrue(register(r).getItems().stream().noneMatch(s -> s.riskId().equals(INJECTION)), "kept");
        r.clickOn("#register-not-applicable-pane");
        ListView<NotApplicableRisk> list = r.lookup("#register-not-applicable").queryListView();
        again.waitUntil("listed", () -> list.getItems().stream().anyMatch(n -> n.setAside()));
        var setAside = list.getItems().stream()
                .filter(n -> n.risk().id().equals(INJECTION))
                .findFirst()
                .orElseThrow();
        assertEquals("Set aside by the assessor: Only our own vetted templates reach it", setAside.reason());
        r.interact(() -> list.getSelectionModel().select(setAside));
        again.screenshot("register-not-applicable");
        r.clickOn("#register-bring-back");
        again.waitUntil(
                "back",
                () -> register(r).getItems().stream().anyMatch(s -> s.riskId().equals(INJECTION)));
        assertEquals(
                INJECTION, register(r).getSelectionModel().getSelectedItem().riskId());
        again.close();
    }

    @Test
    void theRegisterFollowsAnswersAndAnOverrideNeedsAReason() throws Exception {
        GuiSession gui = openRegister();
        FxRobot robot = gui.robot;
        // the sample is public and does not screen its inputs: prompt injection is at least High
        RiskScore before = row(robot, INJECTION);
        assertTrue(before.inherent().score() >= 10, before.inherent().toString());
        assertTrue(before.residual().score() <= before.inherent().score());
        assertTrue(text(robot, "#register-summary").contains("above appetite"));
        assertTrue(
                text(robot, "#register-eu-ai-act").contains("Transparency obligations"),
                text(robot, "#register-eu-ai-act"));
        robot.interact(() -> register(robot).getSelectionModel().select(row(robot, INJECTION)));
        gui.screenshot("register-light");
        robot.interact(Theme.DARK::apply);
        gui.screenshot("register-dark");
        robot.interact(Theme.LIGHT::apply);

        // the explanation leads to the question; answering it changes the level
        robot.clickOn(gui.reveal("#goto-fm_sec_input_screen"));
        gui.waitUntil(
                "questionnaire tab",
                () -> robot.lookup("#question-fm_sec_input_screen")
                        .tryQuery()
                        .map(Node::isVisible)
                        .orElse(false));
        robot.clickOn(gui.choice("fm_sec_input_screen", "Yes"));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        gui.waitUntil(
                "rescored",
                () -> row(robot, INJECTION).rank() < before.rank()
                        && row(robot, INJECTION).controlsInPlace().size()
                                > before.controlsInPlace().size());
        assertEquals(
                before.inherent(),
                row(robot, INJECTION).inherent(),
                "a safeguard lowers the residual, not the inherent rating");

        // an override is refused without a justification, then taken and marked
        robot.interact(() -> register(robot).getSelectionModel().select(row(robot, INJECTION)));
        robot.interact(() -> robot.lookup("#register-override-likelihood")
                .queryAs(ComboBox.class)
                .setValue(5));
        robot.clickOn(gui.reveal("#register-override-save"));
        assertTrue(text(robot, "#register-override-problem").contains("justification"));
        assertFalse(row(robot, INJECTION).isOverridden());
        robot.interact(() -> robot.lookup("#register-override-likelihood")
                .queryAs(ComboBox.class)
                .setValue(5));
        robot.clickOn(gui.reveal("#register-override-justification")).write("Two injection incidents in the pilot");
        robot.clickOn(gui.reveal("#register-override-save"));
        gui.waitUntil("overridden", () -> row(robot, INJECTION).isOverridden());
        assertEquals(5, row(robot, INJECTION).inherent().likelihood());
        assertTrue(robot.lookup("#register-override-note").tryQuery().isPresent());
        gui.close();

        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            UUID id = sampleId(db);
            assertEquals(
                    "Two injection incidents in the pilot",
                    new JdbcRegisterRepository(db, TestClock.FIXED)
                            .overrides(id)
                            .get(INJECTION)
                            .justification());
        }
    }

    @Test
    void acceptingARecommendationLowersResidualRisk() throws Exception {
        GuiSession gui = openRegister();
        FxRobot robot = gui.robot;
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        gui.waitUntil(
                "plan", () -> robot.lookup("#plan-recommendations").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Recommendation> recommendations =
                robot.lookup("#plan-recommendations").queryAs(TableView.class);
        assertFalse(recommendations.getItems().isEmpty());
        Recommendation best = recommendations.getItems().get(0);
        String risk = best.riskIds().get(0);
        int before = best.risks().get(0).target().score();
        robot.interact(() -> recommendations.getSelectionModel().select(best));
        assertEquals(best.mitigation().title(), text(robot, "#plan-recommendation-title"), "shown before deciding");
        assertFalse(robot.lookup("#plan-recommendation-lowers")
                .queryAs(VBox.class)
                .getChildren()
                .isEmpty());
        gui.screenshot("plan-recommendation");
        robot.clickOn("#plan-accept");
        gui.waitUntil(
                "in the plan",
                () -> robot.lookup("#plan-items")
                                .queryAs(TableView.class)
                                .getItems()
                                .size()
                        == 1);
        assertFalse(recommendations.getItems().contains(best), "an accepted mitigation is not offered again");
        assertTrue(text(robot, "#plan-totals").startsWith("1 in the plan"), text(robot, "#plan-totals"));
        robot.clickOn("#plan-owner").write("Dana").push(KeyCode.ENTER);
        gui.screenshot("plan-light");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        gui.waitUntil("target lower", () -> row(robot, risk).target().score() < before);
        gui.close();

        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            MitigationPlan plan = new JdbcRegisterRepository(db, TestClock.FIXED).plan(sampleId(db));
            assertEquals(1, plan.accepted().size());
            assertEquals(best.mitigation().id(), plan.accepted().get(0).mitigationId());
            assertEquals("Dana", plan.accepted().get(0).owner());
        }
    }

    @Test
    void aNewScoringMethodAppliesToTheOpenAssessmentOnlyWhenAsked() throws Exception {
        GuiSession gui = openRegister();
        FxRobot robot = gui.robot;
        robot.clickOn("Edit").clickOn("Scoring method\u2026");
        gui.waitUntil("settings", () -> robot.lookup("#method-size").tryQuery().isPresent());
        gui.screenshotOf("#method-size", "scoring-method");
        @SuppressWarnings("unchecked")
        ComboBox<Integer> size = robot.lookup("#method-size").queryAs(ComboBox.class);
        robot.interact(() -> size.setValue(3));
        assertEquals("", text(robot, "#method-problems"));
        robot.clickOn("OK");
        gui.waitUntil("asked", () -> robot.lookup("No").tryQuery().isPresent());
        robot.clickOn("No");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                register(robot).getItems().stream().anyMatch(s -> s.inherent().likelihood() > 3),
                "still on 5x5: not rescored unasked");
        assertTrue(robot.lookup("#register-rescore").query().isVisible());
        robot.clickOn("#register-rescore");
        gui.waitUntil(
                "what would change",
                () -> robot.lookup("#rescore-preview").tryQuery().isPresent());
        String preview =
                robot.lookup("#rescore-preview").queryAs(TextArea.class).getText();
        assertTrue(preview.contains("After: 3x3 matrix"), preview);
        gui.screenshotOf("#rescore-preview", "rescore-preview");
        robot.clickOn("Rescore");
        gui.waitUntil(
                "rescored",
                () -> register(robot).getItems().stream()
                        .allMatch(s -> s.inherent().likelihood() <= 3));
        assertFalse(robot.lookup("#register-rescore").query().isVisible());
        gui.close();

        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            assertEquals(
                    3,
                    new JdbcRegisterRepository(db, TestClock.FIXED)
                            .method(sampleId(db))
                            .orElseThrow()
                            .size());
        }
    }

    @Test
    void clickingAHeatMapCellListsItsRisksAndOpensOne() throws Exception {
        GuiSession gui = openRegister();
        FxRobot robot = gui.robot;
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        gui.waitUntil("dashboard", () -> robot.lookup("#heat-map").tryQuery().isPresent());
        RiskScore highest = register(robot).getItems().get(0);
        String cell = "#heat-cell-" + highest.residual().likelihood() + "-"
                + highest.residual().impact();
        long expected = register(robot).getItems().stream()
                .filter(s -> s.residual().likelihood() == highest.residual().likelihood()
                        && s.residual().impact() == highest.residual().impact())
                .count();
        robot.clickOn(cell);
        @SuppressWarnings("unchecked")
        ListView<RiskScore> risks = robot.lookup("#heat-cell-risks").queryAs(ListView.class);
        gui.waitUntil("listed", () -> risks.getItems().size() == expected);
        assertTrue(text(robot, "#heat-cell-title").endsWith(expected + (expected == 1 ? " risk" : " risks")));
        gui.screenshot("dashboard-light");
        ScrollPane dashboard = robot.lookup("#dashboard").queryAs(ScrollPane.class);
        robot.interact(() -> dashboard.setVvalue(0.55));
        gui.screenshot("dashboard-charts-light");
        robot.interact(() -> dashboard.setVvalue(0));
        robot.interact(Theme.DARK::apply);
        gui.screenshot("dashboard-dark");
        robot.interact(() -> dashboard.setVvalue(0.55));
        gui.screenshot("dashboard-charts-dark");
        robot.interact(() -> dashboard.setVvalue(0));
        robot.interact(Theme.LIGHT::apply);

        RiskScore picked = risks.getItems().get(0);
        robot.interact(() -> {
            risks.requestFocus();
            risks.getSelectionModel().select(0);
        });
        robot.push(KeyCode.ENTER);
        gui.waitUntil(
                "opened in the register",
                () -> robot.lookup("#register-table").query().isVisible()
                        && register(robot).getSelectionModel().getSelectedItem() != null
                        && register(robot)
                                .getSelectionModel()
                                .getSelectedItem()
                                .riskId()
                                .equals(picked.riskId()));

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        robot.clickOn("#heat-inherent");
        long inherentHere = register(robot).getItems().stream()
                .filter(s -> s.inherent().likelihood() == highest.residual().likelihood()
                        && s.inherent().impact() == highest.residual().impact())
                .count();
        gui.waitUntil("the same cell, inherent", () -> risks.getItems().size() == inherentHere);

        // by keyboard: the arrows move over the map, Enter lists the cell's risks
        int row = highest.residual().likelihood() > 1
                ? highest.residual().likelihood() - 1
                : highest.residual().likelihood() + 1;
        String below = "#heat-cell-" + row + "-" + highest.residual().impact();
        long belowHere = register(robot).getItems().stream()
                .filter(s -> s.inherent().likelihood() == row
                        && s.inherent().impact() == highest.residual().impact())
                .count();
        robot.clickOn(cell);
        robot.push(row < highest.residual().likelihood() ? KeyCode.DOWN : KeyCode.UP);
        gui.waitUntil("moved down", () -> robot.lookup(below).query().isFocused());
        robot.push(KeyCode.ENTER);
        gui.waitUntil("listed by keyboard", () -> risks.getItems().size() == belowHere);
        robot.clickOn("#heat-card-as-table");
        gui.waitUntil("as a table", () -> robot.lookup("#heat-map").tryQuery().isEmpty());
        gui.close();
    }

    private static UUID sampleId(WorkbenchDatabase db) {
        return new JdbcAssessmentRepository(db, TestClock.FIXED)
                .list().stream()
                        .filter(a -> a.title().equals(SAMPLE))
                        .findFirst()
                        .orElseThrow()
                        .id();
    }
}
