package org.airisk.workbench.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Window;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;

/**
 * Run in a child JVM by {@link RestoreSessionTest} (it ends the JavaFX toolkit): a desktop session as the launcher
 * runs it, where the assessor chooses a backup once the window is up; the session closes, restores and opens the
 * workbench again. Prints the titles of the library it reopened. Arguments: data folder, backup file.
 */
public final class RestoreSessionChild {
    private RestoreSessionChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path backup = Path.of(args[1]);
        StartupOptions options = StartupOptions.parse(List.of("--data-dir", folder.toString()), java.util.Map.of());
        List<Workbench> opened = new CopyOnWriteArrayList<>();
        java.util.function.Supplier<Workbench> opener = () -> {
            Workbench workbench = Workbench.open(folder, TestClock.FIXED, GuiSession.FORMATS);
            opened.add(workbench);
            return workbench;
        };
        CountDownLatch finished = new CountDownLatch(1);
        DesktopSession session = new DesktopSession(options, CompletableFuture.supplyAsync(opener), opener,
                finished::countDown);
        Platform.setImplicitExit(false);
        Platform.startup(session::begin);
        waitFor(() -> opened.size() == 1 && !Window.getWindows().isEmpty());
        Platform.runLater(() -> opened.get(0).restoreChosen(backup));
        waitFor(() -> opened.size() == 2 && !Window.getWindows().isEmpty());
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            System.out.println("UNREACHABLE: the reopened workbench holds the folder");
        } catch (RuntimeException expected) {
            System.out.println("REOPENED AND LOCKED");
        }
        Platform.runLater(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        if (!finished.await(30, TimeUnit.SECONDS)) {
            System.out.println("NOT FINISHED");
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            new JdbcAssessmentRepository(db, TestClock.FIXED).list()
                    .forEach(a -> System.out.println("TITLE " + a.title()));
        }
        System.exit(session.exitCode());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        if (!condition.getAsBoolean()) {
            System.out.println("TIMED OUT");
            System.exit(3);
        }
    }
}
