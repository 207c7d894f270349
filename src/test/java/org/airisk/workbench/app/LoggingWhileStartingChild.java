package org.airisk.workbench.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;

/**
 * Run in a child JVM by {@link AppLoggingTest} with {@link SlowLoggingProvider}: one thread starts SLF4J (as the
 * library's thread does when the app starts) and the log is set up on another while it is still starting. Prints
 * "SET UP: true" when the log file was set up, or "FAILED: " and the error. Argument: data folder.
 */
public final class LoggingWhileStartingChild {
    private LoggingWhileStartingChild() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Thread first = new Thread(() -> LoggerFactory.getLogger("first"), "first-logger");
        first.start();
        if (!SlowLoggingProvider.ENTERED.await(30, TimeUnit.SECONDS)) {
            System.out.println("FAILED: SLF4J did not start");
            System.exit(1);
        }
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread setUp = new Thread(
                () -> {
                    try {
                        Optional<Path> logs = AppLogging.start(folder);
                        outcome.set("SET UP: " + logs.isPresent());
                    } catch (RuntimeException e) {
                        outcome.set("FAILED: " + e.getClass().getName());
                    }
                },
                "log-setup");
        setUp.start();
        // SLF4J is released only once the set-up has met it still starting: waiting for it (asleep) or failed.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (setUp.getState() != Thread.State.TIMED_WAITING
                && setUp.getState() != Thread.State.TERMINATED
                && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        SlowLoggingProvider.RELEASE.countDown();
        first.join();
        setUp.join();
        LoggerFactory.getLogger(LoggingWhileStartingChild.class).info("Logged after the start");
        AppLogging.stop();
        System.out.println(outcome.get());
    }
}
