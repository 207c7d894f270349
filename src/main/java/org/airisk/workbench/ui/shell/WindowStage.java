package org.airisk.workbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.airisk.workbench.settings.PreferenceKeys;
import org.airisk.workbench.settings.Preferences;
import org.airisk.workbench.settings.WindowPlacement;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;

/** The window's stage: its scene (which takes dropped packages), and its place on screen kept between runs. */
final class WindowStage {
    private final Stage stage;
    private final BackgroundWork background;
    private final Preferences preferences;

    WindowStage(Stage stage, BackgroundWork background, Preferences preferences) {
        this.stage = stage;
        this.background = background;
        this.preferences = preferences;
    }

    /** Sets the scene, titled and sized, where the last run left it if that is still on a screen. */
    void setUp(Parent root, Optional<WindowPlacement> placement, Consumer<Path> importPackage) {
        stage.setScene(scene(root, importPackage));
        stage.setTitle("AI Risk Workbench");
        stage.setMinWidth(WindowPlacement.MIN_WIDTH);
        stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        placement.filter(WindowStage::onSomeScreen).ifPresent(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
            stage.setMaximized(p.maximized());
        });
    }

    /** Saves where the window is, for the next start. */
    void rememberPlacement() {
        WindowPlacement placement = new WindowPlacement(
                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
        background.submit(
                () -> preferences.put(PreferenceKeys.PLACEMENT, placement.encode()),
                () -> {},
                UserMessages.logOnly("remember the window's place"));
    }

    /** The scene, taking assessment packages dropped on it. */
    private static Scene scene(Parent root, Consumer<Path> importPackage) {
        Scene scene = new Scene(root, 1180, 760);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()
                    && e.getDragboard().getFiles().stream()
                            .anyMatch(f -> f.getName().endsWith(".json"))) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            var files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.<File>of();
            files.stream().filter(f -> f.getName().endsWith(".json")).forEach(f -> importPackage.accept(f.toPath()));
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
        scene.getStylesheets()
                .add(WorkbenchWindow.class.getResource("/ui/workbench.css").toExternalForm());
        return scene;
    }

    private static boolean onSomeScreen(WindowPlacement p) {
        return !Screen.getScreensForRectangle(new Rectangle2D(p.x(), p.y(), p.width(), p.height()))
                .isEmpty();
    }
}
