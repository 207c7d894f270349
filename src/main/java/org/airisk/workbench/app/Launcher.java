package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

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
        Platform.startup(() -> {
            errors.coverFxThread();
            session.begin();
        });
        finished.await();
        AppLogging.stop();
        System.exit(session.exitCode());
    }
}
