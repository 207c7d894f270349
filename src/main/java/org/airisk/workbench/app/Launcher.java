package org.airisk.workbench.app;

import javafx.application.Application;

/**
 * The entry point. A plain class, not an {@link Application}: started from the class path, a main class that
 * extends Application fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(WorkbenchApp.class, args);
        System.exit(WorkbenchApp.exitCode());
    }
}
