package org.airisk.workbench.app;

import java.nio.file.Path;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;

/**
 * Run in a child JVM by {@link AppLoggingTest} (the log set-up replaces the test JVM's own): logs to the data folder
 * as the app does, saves a note, and lets an error go uncaught on a thread. Arguments: data folder, secret text.
 */
public final class LoggingChild {
    private LoggingChild() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String secret = args[1];
        AppLogging.start(folder).orElseThrow();
        UncaughtErrors errors = new UncaughtErrors(message -> System.out.println("TOLD: " + message));
        Thread.setDefaultUncaughtExceptionHandler(errors);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, TestClock.FIXED)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(db, TestClock.FIXED);
            var a = repository.create(new NewAssessment("Logged", "Bot", "Ann", "quick-check", 1));
            repository.saveNote(a.id(), "q1", secret);
        }
        Thread failing = new Thread(
                () -> {
                    throw new IllegalStateException("the answer was: " + secret, new IllegalArgumentException(secret));
                },
                "failing-thread");
        failing.start();
        failing.join();
        AppLogging.stop();
        System.out.println("DONE");
    }
}
