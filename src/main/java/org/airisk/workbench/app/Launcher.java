package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import org.slf4j.LoggerFactory;

/**
 * The entry point. It starts opening the data folder at once, in parallel with the JavaFX toolkit's own start-up,
 * and hands both to a {@link DesktopSession}. A plain class on purpose: started from the class path, a main class
 * that extends {@code Application} fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws InterruptedException {
        StartupOptions options = StartupOptions.parse(List.of(args), System.getenv());
        if (CommandLine.wants(args)) {
            // The command line's own parsing decides; the data folder found the same way only places the log.
            AppLogging.start(options.dataFolder());
            int code = CommandLine.run(args, new PrintWriter(System.out), new PrintWriter(System.err), System.getenv());
            AppLogging.stop();
            System.exit(code);
        }
        if (!options.problems().isEmpty()) {
            options.problems().forEach(p -> System.err.println("AI Risk Workbench: " + p));
            System.exit(2);
        }
        CompletableFuture<Workbench> opening =
                CompletableFuture.supplyAsync(() -> Workbench.open(options.dataFolder()));
        AppLogging.start(options.dataFolder());
        UncaughtErrors errors = UncaughtErrors.install();
        CountDownLatch finished = new CountDownLatch(1);
        DesktopSession session = new DesktopSession(
                options, opening, password -> Workbench.open(options.dataFolder(), password), finished::countDown);
        Platform.setImplicitExit(false);
        try {
            Platform.startup(() -> {
                errors.coverFxThread();
                session.begin();
            });
        } catch (RuntimeException | LinkageError e) {
            noWindow(e, opening);
        }
        finished.await();
        AppLogging.stop();
        System.exit(session.exitCode());
    }

    /**
     * JavaFX could not open a window (no display, as over SSH or in a container; or the desktop libraries are
     * missing): says so and what else there is, closes the data folder and ends, instead of waiting for a toolkit
     * that never starts.
     */
    private static void noWindow(Throwable failure, CompletableFuture<Workbench> opening) {
        LoggerFactory.getLogger(Launcher.class)
                .error(
                        "No window: the toolkit did not start ({})",
                        failure.getClass().getName());
        System.err.println("AI Risk Workbench: no window can be opened here: there is no display to show it on, "
                + "or the desktop libraries it needs are missing. Start it from a desktop session (on Linux, with "
                + "DISPLAY or WAYLAND_DISPLAY set). Without a window, the command line does the same work: "
                + "ai-risk-workbench --help");
        try {
            opening.join().close();
        } catch (CompletionException e) {
            // Not opened: nothing to close.
        }
        AppLogging.stop();
        System.exit(1);
    }
}
