package org.airisk.workbench.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.airisk.workbench.exchange.CheckInMerge.Keep;
import org.airisk.workbench.exchange.OfflineWork;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.airisk.workbench.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The check-in's conflict dialog on a fake of the port: the rows, the choices per row and for all, and applying. */
class CheckInDialogGuiTest {
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000044");

    private final FxRobot robot = new FxRobot();

    /** Two conflicts until the choices settle them; keeps the choices it was handed. */
    private static final class Port implements OfflineWork {
        final List<Map<String, Keep>> choices = new ArrayList<>();

        @Override
        public String checkOut(UUID id) {
            return "Tutor bot";
        }

        @Override
        public List<CheckedOut> checkedOut() {
            return List.of();
        }

        @Override
        public CheckedIn checkIn(UUID id, char[] password, Map<String, Keep> chosen) {
            choices.add(Map.copyOf(chosen));
            if (!chosen.isEmpty()) {
                return new CheckedIn("Tutor bot", List.of());
            }
            return new CheckedIn(
                    "Tutor bot",
                    List.of(
                            new OpenConflict(
                                    "ANSWER:fm_data_inventory",
                                    "Is there an inventory of the data the model was trained on?",
                                    "Partly (note: the 2024 sets only)",
                                    "Yes (note: all sets listed in the data register, checked by Ana)",
                                    "No"),
                            new OpenConflict("DETAIL:owner", "The owner", "Ana Lopez", "Ben Okafor", "Cleo Martin"),
                            new OpenConflict(
                                    "PLAN_ITEM:7",
                                    "Plan item \u201cReview the training data\u201d",
                                    "Review the training data, mitigate, planned",
                                    "Review the training data, mitigate, done, owner Ben",
                                    "removed")));
        }
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        robot.interact(Theme.LIGHT::apply);
    }

    @Test
    void eachConflictIsListedAndTheChoicesAreWhatIsCheckedIn() throws Exception {
        // A stage of its own: sized 300x200 here, the shared primary stage kept that size for the window tests
        // after this one, which then found every label cut off (ScreensGuiTest, SignedSignOffGuiTest).
        FxToolkit.registerPrimaryStage(); // starts the toolkit
        Stage stage = FxToolkit.registerStage(Stage::new);
        Port port = new Port();
        CheckInViewModel model = new CheckInViewModel(port, new ImmediateBackgroundWork());
        AtomicInteger written = new AtomicInteger();
        robot.interact(() -> {
            Theme.LIGHT.apply();
            stage.setScene(new Scene(new StackPane(), 300, 200));
            stage.show();
            new CheckInDialog(stage, "Check in \u201cTutor bot\u201d", model, written::incrementAndGet).show();
            model.checkIn(ID, "pw".toCharArray(), written::incrementAndGet);
        });
        screenshot("check-in-conflicts-empty");
        TableView<?> table = robot.lookup("#checkin-conflicts").queryAs(TableView.class);
        assertEquals(3, table.getItems().size());
        assertTrue(shows("Ben Okafor"), "mine is shown");
        assertTrue(shows("Cleo Martin"), "theirs is shown");
        assertTrue(shows("Ana Lopez"), "the base is shown");
        Button apply = robot.lookup("#checkin-apply").queryAs(Button.class);
        assertTrue(apply.isDisabled(), "nothing chosen yet");

        robot.interact(
                () -> robot.lookup("#checkin-theirs-all").queryAs(Button.class).fire());
        robot.interact(() ->
                robot.lookup("#checkin-keep-mine-0").queryAs(RadioButton.class).fire());
        assertTrue(robot.lookup("#checkin-keep-theirs-1")
                .queryAs(RadioButton.class)
                .isSelected());
        assertFalse(apply.isDisabled());
        screenshot("check-in-conflicts");
        robot.interact(Theme.DARK::apply);
        screenshot("check-in-conflicts-dark");

        robot.interact(apply::fire);
        assertEquals(
                Map.of("ANSWER:fm_data_inventory", Keep.MINE, "DETAIL:owner", Keep.THEIRS, "PLAN_ITEM:7", Keep.THEIRS),
                port.choices.get(1));
        assertEquals(1, written.get());
        assertTrue(robot.lookup("#checkin-message")
                .queryAs(Label.class)
                .getText()
                .contains("is checked in to the team workspace"));
        assertFalse(table.getParent().isVisible(), "no conflicts left to show");
    }

    private boolean shows(String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && l.isVisible())
                .tryQuery()
                .isPresent();
    }

    private void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        var scene = robot.lookup("#checkin-conflicts").query().getScene();
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(
                SwingFXUtils.fromFXImage(image, null),
                "png",
                dir.resolve(name + ".png").toFile());
    }
}
