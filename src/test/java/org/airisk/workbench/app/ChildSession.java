package org.airisk.workbench.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.stage.Window;
import org.airisk.workbench.testing.TestClock;

/**
 * A desktop session as the launcher runs it, for a child JVM (it ends the JavaFX toolkit): on a data folder, on the
 * test clock, keeping every workbench it opened.
 */
final class ChildSession {
    final List<Workbench> opened = new CopyOnWriteArrayList<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    final DesktopSession session;

    ChildSession(Path folder) {
        StartupOptions options = StartupOptions.parse(List.of("--data-dir", folder.toString()), Map.of());
        Function<char[], Workbench> opener = password -> {
            Workbench workbench = Workbench.open(folder, TestClock.FIXED, GuiSession.FORMATS, password);
            opened.add(workbench);
            return workbench;
        };
        session = new DesktopSession(
                options, CompletableFuture.supplyAsync(() -> opener.apply(null)), opener, finished::countDown);
    }

    ChildSession start() {
        Platform.setImplicitExit(false);
        Platform.startup(session::begin);
        return this;
    }

    /** Hides every window, as the assessor closing the workbench, and waits for the session to finish. */
    void closeAll() throws InterruptedException {
        Platform.runLater(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        if (!finished.await(30, TimeUnit.SECONDS)) {
            System.out.println("NOT FINISHED");
        }
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        if (!condition.getAsBoolean()) {
            System.out.println("TIMED OUT");
            System.exit(3);
        }
    }
}
