package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** End-to-end flows in the real window, headless: what an assessor does, and what they find after a restart. */
class WorkbenchGuiTest {
    @TempDir
    Path folder;

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static int rows(FxRobot robot) {
        return robot.lookup("#library-table")
                .queryAs(TableView.class)
                .getItems()
                .size();
    }

    @Test
    void answersOfEveryTypeSurviveARestart() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        FxRobot robot = gui.robot;
        gui.screenshot("library-light");

        gui.createAssessment("Robot review", "Robot system", "quick-check", "new-assessment-dialog");
        assertEquals("Purpose and context", text(robot, "#section-title"));

        robot.clickOn(gui.reveal("#answer-purpose_summary")).write("Answers robot questions");
        robot.clickOn(gui.choice("domain", "Finance and credit"));
        robot.clickOn(gui.choice("affected_groups", "Customers or clients"));
        robot.clickOn(gui.choice("affected_groups", "Members of the public"));
        assertFalse(robot.lookup("#question-large_scale_oversight").query().isVisible());
        robot.clickOn(gui.reveal("#answer-people_reached")).write("20000");
        assertTrue(robot.lookup("#question-large_scale_oversight").query().isVisible(), "condition shows it");
        robot.clickOn(gui.choice("large_scale_oversight", "Yes"));
        robot.clickOn(gui.choice("decision_impact", "4 - Mostly decides"));
        robot.clickOn(gui.reveal("#note-decision_impact")).write("Ask the credit team");

        robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
        gui.waitUntil("data section", () -> "Data and model".equals(text(robot, "#section-title")));
        robot.clickOn(gui.choice("model_source", "Open-weights model run by us"));
        robot.clickOn(gui.choice("personal_data", "Yes"));
        robot.clickOn(gui.choice("special_categories", "Health"));
        robot.clickOn(gui.reveal("#answer-data_notes")).write("Loan files from 2019 on");
        gui.screenshot("questionnaire-light");

        robot.clickOn("#next-section");
        gui.waitUntil("oversight section", () -> "Oversight and operation".equals(text(robot, "#section-title")));
        robot.clickOn(gui.choice("human_review", "No"));
        DatePicker goLive = robot.lookup("#answer-go_live").queryAs(DatePicker.class);
        robot.clickOn(gui.reveal(goLive.getEditor())).write("2026-05-01");
        robot.clickOn(gui.choice("incident_channel", "Not sure"));

        gui.waitUntil("saved", () -> "Saved".equals(text(robot, "#save-state")));
        gui.close();

        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(db, TestClock.FIXED);
            var id = repository.list().stream()
                    .filter(a -> a.title().equals("Robot review"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            Map<String, RecordedAnswer> saved = repository.answers(id);
            assertEquals(
                    new Answer.Text("Answers robot questions"),
                    saved.get("purpose_summary").answer());
            assertEquals(new Answer.Choice("finance"), saved.get("domain").answer());
            assertEquals(
                    new Answer.Choices(List.of("customers", "public")),
                    saved.get("affected_groups").answer());
            assertEquals(
                    new Answer.Number(new BigDecimal("20000")),
                    saved.get("people_reached").answer());
            assertEquals(
                    new Answer.Choice("yes"), saved.get("large_scale_oversight").answer());
            assertEquals(new Answer.Scale(4), saved.get("decision_impact").answer());
            assertEquals("Ask the credit team", saved.get("decision_impact").note());
            assertEquals(
                    new Answer.Text("Loan files from 2019 on"),
                    saved.get("data_notes").answer());
            assertEquals(
                    new Answer.Date(LocalDate.of(2026, 5, 1)),
                    saved.get("go_live").answer());
            assertEquals(
                    new Answer.Choice("not_sure"), saved.get("incident_channel").answer());
        }

        GuiSession again = new GuiSession(folder).start();
        FxRobot r = again.robot;
        gui.waitUntil(
                "last assessment reopened",
                () -> r.lookup("#section-title").tryQuery().isPresent());
        assertEquals("Purpose and context", text(r, "#section-title"));
        assertEquals(
                "Answers robot questions",
                r.lookup("#answer-purpose_summary").queryAs(TextField.class).getText());
        assertTrue(((Toggle) again.choice("domain", "Finance and credit")).isSelected());
        assertTrue(((CheckBox) again.choice("affected_groups", "Customers or clients")).isSelected());
        assertTrue(((CheckBox) again.choice("affected_groups", "Members of the public")).isSelected());
        assertEquals(
                "20000",
                r.lookup("#answer-people_reached").queryAs(TextField.class).getText());
        assertTrue(((Toggle) again.choice("large_scale_oversight", "Yes")).isSelected());
        assertTrue(((Toggle) again.choice("decision_impact", "4 - Mostly decides")).isSelected());
        assertEquals(
                "Ask the credit team",
                r.lookup("#note-decision_impact").queryAs(TextArea.class).getText());
        r.clickOn("#next-section");
        gui.waitUntil("data section", () -> "Data and model".equals(text(r, "#section-title")));
        // the section's cards are built after its title changes: wait for them, on a busy machine too
        again.waitUntil(
                "personal data shown as answered", () -> ((Toggle) again.choice("personal_data", "Yes")).isSelected());
        assertTrue(((CheckBox) again.choice("special_categories", "Health")).isSelected());
        assertEquals(
                "Loan files from 2019 on",
                r.lookup("#answer-data_notes").queryAs(TextArea.class).getText());
        r.push(KeyCode.CONTROL, KeyCode.RIGHT);
        gui.waitUntil("oversight section", () -> "Oversight and operation".equals(text(r, "#section-title")));
        assertEquals(
                LocalDate.of(2026, 5, 1),
                r.lookup("#answer-go_live").queryAs(DatePicker.class).getValue());
        assertTrue(((Toggle) again.choice("incident_channel", "Not sure")).isSelected());

        r.clickOn("View").clickOn("Dark theme");
        r.clickOn("#previous-section");
        again.waitUntil("data section", () -> "Data and model".equals(text(r, "#section-title")));
        again.screenshot("questionnaire-dark");
        r.clickOn("#back-to-library");
        again.waitUntil("library", () -> r.lookup("#library-table").tryQuery().isPresent());
        again.screenshot("library-dark");
        again.close();

        GuiSession third = new GuiSession(folder).start();
        assertTrue(Application.getUserAgentStylesheet().toLowerCase().contains("dark"), "the dark theme is remembered");
        assertTrue(
                third.robot.lookup("#library-table").tryQuery().isPresent(),
                "back at the library when the app was closed there");
        third.robot.interact(() -> Theme.LIGHT.apply());
        third.close();
    }

    @Test
    void librarySearchFiltersAsYouType() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        FxRobot robot = gui.robot;
        assertEquals(1, rows(robot), "the first start shows the sample assessment");
        robot.clickOn("#library-search").write("no such system");
        gui.waitUntil("filtered", () -> rows(robot) == 0);
        robot.push(KeyCode.ESCAPE);
        gui.waitUntil("cleared", () -> rows(robot) == 1);
        robot.write("helpdesk");
        gui.waitUntil("matched", () -> rows(robot) == 1);

        robot.clickOn("Help").clickOn("About AI Risk Workbench");
        gui.waitUntil(
                "about", () -> robot.lookup("#about-data-folder").tryQuery().isPresent());
        assertEquals(folder.toString(), text(robot, "#about-data-folder"));
        assertEquals("0.1.0", text(robot, "#about-version"));
        gui.screenshotOf("#about-data-folder", "about");
        robot.clickOn("OK");
        gui.close();
    }

    @Test
    void deleteAsksFirstAndCancelKeepsTheAssessment() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        FxRobot robot = gui.robot;
        robot.clickOn("Sample: support assistant pre-launch check");
        robot.clickOn("#library-delete");
        gui.waitUntil("confirmation", () -> robot.lookup("Cancel").tryQuery().isPresent());
        robot.clickOn("Cancel");
        WaitForAsyncUtilsHelper.settle();
        assertEquals(1, rows(robot), "cancel keeps it");

        robot.clickOn("Sample: support assistant pre-launch check");
        robot.push(KeyCode.DELETE);
        gui.waitUntil("confirmation", () -> robot.lookup("Cancel").tryQuery().isPresent());
        robot.clickOn("Delete");
        gui.waitUntil("deleted", () -> rows(robot) == 0);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        gui.waitUntil("undone", () -> rows(robot) == 1);
        gui.close();
    }

    @Test
    void riskLibraryFiltersAndShowsQuestionsAndMitigations() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        FxRobot robot = gui.robot;
        robot.clickOn("#library-risks");
        gui.waitUntil(
                "risk library", () -> robot.lookup("#risk-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#risk-table").queryAs(TableView.class);
        assertEquals(99, table.getItems().size());
        robot.clickOn("#risk-filter-category").clickOn("Agentic");
        gui.waitUntil("filtered", () -> table.getItems().size() == 22);
        robot.clickOn("#risk-search").write("memory");
        gui.waitUntil("searched", () -> table.getItems().size() < 22);
        robot.push(KeyCode.ESCAPE);
        robot.clickOn("#risk-filter-category").clickOn("All categories");
        robot.clickOn("#risk-search").write("data bias");
        gui.waitUntil("one", () -> table.getItems().size() >= 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        gui.waitUntil("detail", () -> text(robot, "#risk-detail-name").equals("Data bias"));
        VBox mitigations = robot.lookup("#risk-detail-mitigations").queryAs(VBox.class);
        assertTrue(mitigations.getChildren().size() >= 2, "at least two mitigations shown");
        assertTrue(
                robot.lookup((Node n) -> n instanceof Label l
                                && l.getText().startsWith("Questions that ask about it (")
                                && !l.getText().endsWith("(0)"))
                        .tryQuery()
                        .isPresent(),
                "questions that ask about it are listed");
        gui.screenshot("risk-library");
        gui.close();
    }

    @Test
    void profileSayingAgentsOffersTheAgentAssessment() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        FxRobot robot = gui.robot;
        gui.createAssessment("Support copilot", "Copilot", null, null);
        assertEquals("Purpose and reach", text(robot, "#section-title"));
        assertFalse(robot.lookup("#agent-hint").query().isVisible());
        robot.clickOn("#next-section");
        gui.waitUntil("oversight", () -> "Oversight and autonomy".equals(text(robot, "#section-title")));
        robot.clickOn(gui.choice("profile_uses_agents", "Yes"));
        gui.waitUntil("hint", () -> robot.lookup("#agent-hint").query().isVisible());
        gui.screenshot("agent-hint");
        robot.clickOn("#start-agent-assessment");
        gui.waitUntil("agent assessment", () -> gui.stage().getTitle().startsWith("Support copilot \u2013 agents"));
        assertFalse(robot.lookup("#agent-hint").query().isVisible());
        gui.close();
    }

    /** Tiny helper so the flows read as steps. */
    private static final class WaitForAsyncUtilsHelper {
        static void settle() {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
