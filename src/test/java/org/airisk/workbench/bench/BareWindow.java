package org.airisk.workbench.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline for start-up: a bare JavaFX window, timed from JVM start to its first frame, then quits. */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("bare")), 1180, 760));
        stage.show();
        Platform.runLater(() -> {
            System.out.println("bare JavaFX window: first frame "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms after JVM start");
            Platform.exit();
        });
    }

    /** Plain launcher, as for the app. */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
