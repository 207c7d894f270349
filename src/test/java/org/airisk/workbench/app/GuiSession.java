package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javax.imageio.ImageIO;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.shell.WorkbenchWindow;
import org.junit.jupiter.api.Assertions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real workbench on a data folder in the test toolkit's stage, as a user would see it. */
final class GuiSession {
    /** What the window shows dates and numbers with in tests: British English, UTC, whatever the machine's. */
    static final UserFormats FORMATS = new UserFormats(Locale.UK, ZoneOffset.UTC);

    /** How long a step of a GUI test may take on a loaded build machine before the test fails naming it. */
    static final Duration STEP_WAIT = Duration.ofSeconds(30);

    final FxRobot robot = new FxRobot();
    private final Path folder;
    private Workbench workbench;
    private Stage stage;
    private WorkbenchWindow window;

    GuiSession(Path folder) {
        this.folder = folder;
    }

    GuiSession start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        workbench = Workbench.open(folder, TestClock.FIXED, FORMATS);
        CountDownLatch shown = new CountDownLatch(1);
        FxToolkit.setupFixture(() -> {
            window = workbench.show(stage, shown::countDown);
        });
        assertTrue(shown.await(30, TimeUnit.SECONDS), "the library appeared");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Closes the window as the user does (which remembers its place), then the workbench. */
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.hide();
        });
        workbench.close();
    }

    Stage stage() {
        return stage;
    }

    Workbench workbench() {
        return workbench;
    }

    WorkbenchWindow window() {
        return window;
    }

    /** The labelled control (radio, check box, toggle) with exactly this text inside a question's card. */
    Node choice(String questionId, String text) {
        Node card = robot.lookup("#question-" + questionId).query();
        Predicate<Node> labelled = n -> n instanceof Labeled l && text.equals(l.getText());
        return reveal(robot.from(card).lookup(labelled).<Node>query());
    }

    /** Fills in the new-assessment dialog (the questionnaire by id, or the default when null) and creates it. */
    void createAssessment(String title, String system, String questionnaireId, String screenshotName) throws Exception {
        robot.clickOn("#library-new");
        waitUntil("dialog", () -> robot.lookup("#new-title").tryQuery().isPresent());
        robot.clickOn("#new-title").write(title);
        robot.clickOn("#new-system").write(system);
        if (questionnaireId != null) {
            ComboBox<QuestionnaireTemplate> questionnaire =
                    robot.lookup("#new-questionnaire").query();
            robot.interact(() -> questionnaire.getItems().stream()
                    .filter(t -> t.id().equals(questionnaireId))
                    .findFirst()
                    .ifPresent(questionnaire::setValue));
            Assertions.assertEquals(questionnaireId, questionnaire.getValue().id());
        }
        if (screenshotName != null) {
            screenshotOf("#new-title", screenshotName);
        }
        robot.clickOn("Create");
        waitUntil(
                "questionnaire shown",
                () -> robot.lookup("#section-title").tryQuery().isPresent());
    }

    /** Focuses a node as Tab would (the view scrolls it into sight) and returns it, ready to click. */
    Node reveal(Node node) {
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    Node reveal(String query) {
        return reveal(robot.lookup(query).<Node>query());
    }

    void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        waitUntil(what, condition, STEP_WAIT);
    }

    /** As above, waiting at most this long; a step that never comes fails naming it, not "condition not met". */
    static void waitUntil(String what, Callable<Boolean> condition, Duration wait) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + wait.toSeconds() + " s for \"" + what + "\", which did not happen", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves what the window shows now as a PNG under target/screenshots, for a person to look at. */
    void screenshot(String name) throws IOException {
        screenshot(stage.getScene(), name);
    }

    /** Saves the window that holds this node, e.g. a dialog. */
    void screenshotOf(String query, String name) throws IOException {
        screenshot(robot.lookup(query).query().getScene(), name);
    }

    private void screenshot(Scene scene, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null));
        try {
            ImageIO.write(
                    SwingFXUtils.fromFXImage(image.get(10, TimeUnit.SECONDS), null),
                    "png",
                    dir.resolve(name + ".png").toFile());
        } catch (Exception e) {
            throw new IOException("could not save screenshot " + name, e);
        }
    }
}
