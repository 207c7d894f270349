package org.airisk.workbench.app;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.airisk.workbench.assessment.StorageException;

/** The JavaFX application: opens the workbench off the FX thread, shows it, and closes it cleanly. */
public final class WorkbenchApp extends Application {
    private static volatile int exitCode;

    private StartupOptions options;
    private Workbench workbench;
    private String startupProblem;

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void init() {
        options = StartupOptions.parse(getParameters().getRaw(), System.getenv());
        if (!options.problems().isEmpty()) {
            startupProblem = String.join("\n", options.problems());
            return;
        }
        try {
            workbench = Workbench.open(options.dataFolder());
        } catch (StorageException e) {
            startupProblem = e.getMessage();
        } catch (RuntimeException e) {
            startupProblem = "The workbench could not start (" + e + "). Your saved work is untouched.";
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupProblem != null) {
            exitCode = 1;
            System.err.println("AI Risk Workbench: " + startupProblem);
            if (options == null || !options.exitAfterStart()) {
                Alert alert = new Alert(Alert.AlertType.ERROR);
                alert.setTitle("AI Risk Workbench");
                alert.setHeaderText("The workbench cannot start");
                Label text = new Label(startupProblem);
                text.setWrapText(true);
                text.setMaxWidth(520);
                alert.getDialogPane().setContent(text);
                alert.showAndWait();
            }
            Platform.exit();
            return;
        }
        workbench.show(stage, () -> {
            Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            long millis = Duration.between(jvmStart, Instant.now()).toMillis();
            System.out.println("AI Risk Workbench: first frame with the library shown " + millis
                    + " ms after JVM start (data folder " + workbench.dataFolder() + ")");
            if (options.exitAfterStart()) {
                stage.close();
                Platform.exit();
            }
        });
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }

}
