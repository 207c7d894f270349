package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.shell.WorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file as the launched app writes it, and the launcher's own start and exit, each in a child JVM. */
class AppLoggingTest {
    private static final String SECRET = "Confidential answer 7f3a: the client's model leaks PII";

    @TempDir
    Path dir;

    private static String log(Path folder) throws IOException {
        return Files.readString(folder.resolve(AppLogging.FOLDER).resolve(AppLogging.FILE));
    }

    @Test
    void theLogHoldsWhatHappenedButNoAnswerTextAndUncaughtErrorsAreToldPlainly() throws Exception {
        Path folder = dir.resolve("data");
        AppChild child = AppChild.run(List.of(), LoggingChild.class, folder.toString(), SECRET);
        assertEquals(0, child.code(), child.output());
        assertTrue(child.output().contains("TOLD: " + UncaughtErrors.MESSAGE), child.output());
        assertFalse(child.output().contains("\tat "), "no stack trace for the user: " + child.output());

        String log = log(folder);
        assertTrue(log.contains("Database opened"), log);
        assertTrue(log.contains("Backup taken: workbench-20261125-100000Z.mv.db"), log);
        assertTrue(log.contains("Uncaught error on thread failing-thread"), log);
        assertTrue(
                log.contains("java.lang.IllegalStateException")
                        && log.contains("Caused by: " + "java.lang.IllegalArgumentException")
                        && log.contains("\tat "),
                log);
        assertFalse(log.contains("7f3a"), "answer text reached the log:\n" + log);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Path logs = folder.resolve(AppLogging.FOLDER);
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(logs)));
        }
    }

    /**
     * SLF4J gives a thread that asks while another thread is still starting it a stand-in factory; setting up the log
     * then failed with a ClassCastException, and the app did not start. The set-up waits for the real one.
     */
    @Test
    void theLogIsSetUpWhileAnotherThreadIsStillStartingSlf4j() throws Exception {
        Path folder = dir.resolve("starting");
        AppChild child = AppChild.run(
                List.of("-Dslf4j.provider=" + SlowLoggingProvider.class.getName()),
                LoggingWhileStartingChild.class,
                folder.toString());
        assertEquals(0, child.code(), child.output());
        assertTrue(child.output().contains("SET UP: true"), child.output());
        assertTrue(log(folder).contains("Logged after the start"), log(folder));
    }

    /**
     * {@code --exit-after-start} on a library whose last assessment reopens: the window used to be closed in the
     * middle of its start, and opening the assessment then hit the closed background worker
     * (RejectedExecutionException on the console).
     */
    @Test
    void exitAfterStartEndsCleanlyWithTheLastAssessmentReopening() throws Exception {
        Path folder = dir.resolve("started");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, TestClock.FIXED)) {
            var a = new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .create(new NewAssessment("Reopened", "Bot", "Ann", "quick-check", 1));
            new JdbcPreferences(db).put(WorkbenchWindow.LAST_ASSESSMENT, a.id().toString());
        }
        AppChild child = AppChild.run(
                AppChild.HEADLESS_FX, Launcher.class, "--exit-after-start", "--data-dir", folder.toString());
        assertEquals(0, child.code(), child.output());
        assertTrue(child.output().contains("first frame with the library shown"), child.output());
        assertFalse(child.output().contains("Exception"), child.output());
        assertTrue(log(folder).contains("Started: library shown"), log(folder));
    }
}
