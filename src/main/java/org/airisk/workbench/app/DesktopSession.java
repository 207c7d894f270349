package org.airisk.workbench.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.ui.Theme;
import org.airisk.workbench.ui.shell.WorkbenchWindow;
import org.airisk.workbench.ui.Buttons;

/**
 * One run of the desktop app on the FX thread: shows the workbench once its data folder is open (or explains
 * why it cannot open), logs the start-up time, and closes everything in order when the window goes.
 */
final class DesktopSession {
    private final StartupOptions options;
    private final CompletableFuture<Workbench> opening;
    private final Runnable onFinished;
    private volatile int exitCode;

    DesktopSession(StartupOptions options, CompletableFuture<Workbench> opening, Runnable onFinished) {
        this.options = options;
        this.opening = opening;
        this.onFinished = onFinished;
    }

    int exitCode() {
        return exitCode;
    }

    /** Runs on the FX thread as soon as the toolkit is up. */
    void begin() {
        if (!opening.isDone()) {
            // While the data folder opens: read the theme most people use, so the window need not wait for it
            // (applying the same theme again later does nothing; a dark choice replaces it).
            Theme.LIGHT.apply();
        }
        opening.whenComplete((workbench, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                cannotStart(failure);
                return;
            }
            try {
                show(workbench);
            } catch (RuntimeException | LinkageError e) {
                // A window that failed to build would stay blank: say so, close the data folder, and stop.
                new Thread(workbench::close, "workbench-close").start();
                cannotStart(e);
            }
        }));
    }

    private void show(Workbench workbench) {
        Stage stage = new Stage();
        stage.setOnHidden(e -> finish(workbench));
        WorkbenchWindow[] window = new WorkbenchWindow[1];
        window[0] = workbench.show(stage, () -> {
            // The JVM's own clock: the process start time the OS reports is only precise to the second.
            long sinceJvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            System.out.println("AI Risk Workbench: first frame with the library shown "
                    + sinceJvmStart + " ms after JVM start (data folder "
                    + workbench.dataFolder() + ")");
            if (options.exitAfterStart()) {
                stage.close();
            } else {
                // Files passed by the desktop (a double-clicked .airisk.json) are assessment packages to import.
                options.filesToOpen().forEach(file -> javafx.application.Platform.runLater(
                        () -> window[0].importPackage(file)));
            }
        });
    }

    /** Lets the last saves land and closes the database off the FX thread, then ends the toolkit. */
    private void finish(Workbench workbench) {
        Thread closer = new Thread(() -> {
            workbench.close();
            Platform.exit();
            onFinished.run();
        }, "workbench-shutdown");
        closer.start();
    }

    private void cannotStart(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String message = cause instanceof StorageException ? cause.getMessage()
                : "The workbench could not start (" + cause + "). Your saved work is untouched.";
        exitCode = 1;
        System.err.println("AI Risk Workbench: " + message);
        if (!options.exitAfterStart()) {
            Alert alert = Buttons.alert(Alert.AlertType.ERROR);
            alert.setTitle("AI Risk Workbench");
            alert.setHeaderText("The workbench cannot start");
            Label text = new Label(message);
            text.setWrapText(true);
            text.setMaxWidth(520);
            alert.getDialogPane().setContent(text);
            alert.showAndWait();
        }
        Platform.exit();
        onFinished.run();
    }
}
