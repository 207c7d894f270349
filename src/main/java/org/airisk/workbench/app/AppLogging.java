package org.airisk.workbench.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.store.PrivateFiles;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.SubstituteLoggerFactory;

/**
 * The log file: {@code logs/workbench.log} in the data folder, rolled at 1 MB with three older files kept
 * (workbench.1.log is the newest of those). It holds what happened (start, backups, storage failures with their
 * error class and code, uncaught errors with their stack) and never an answer or a note: the code logs ids, sizes
 * and error classes only.
 */
final class AppLogging {
    static final String FOLDER = "logs";
    static final String FILE = "workbench.log";
    static final FileSize ROLL_AT = FileSize.valueOf("1MB");
    static final int OLDER_FILES_KEPT = 3;
    /** How long setting up the log waits for SLF4J to finish starting on another thread. */
    private static final Duration SLF4J_START_WAIT = Duration.ofSeconds(10);

    private AppLogging() {}

    /**
     * Sends every log to the file in {@code dataFolder}; returns the log folder, or empty when the data folder cannot
     * hold one (a refused path, no permission), in which case nothing is logged, as before.
     */
    static Optional<Path> start(Path dataFolder) {
        Path logs = dataFolder.resolve(FOLDER);
        try {
            // Nothing is created for a folder the database would refuse: the start-up error says why.
            WorkbenchDatabase.checkFolder(dataFolder);
            PrivateFiles.folder(dataFolder);
            PrivateFiles.folder(logs);
        } catch (IOException | StorageException e) {
            return Optional.empty();
        }
        Optional<LoggerContext> found = context();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LoggerContext context = found.get();
        context.reset();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("file");
        file.setFile(logs.resolve(FILE).toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logs.resolve("workbench.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(OLDER_FILES_KEPT);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> size = new SizeBasedTriggeringPolicy<>();
        size.setContext(context);
        size.setMaxFileSize(ROLL_AT);
        size.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        // UTC, so a log sent in from another time zone reads the same.
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS'Z',UTC} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(size);
        file.setEncoder(encoder);
        file.start();

        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        // Libraries' chatter (Flyway reports every migration step, PDFBox every font) only when something is wrong.
        for (String noisy : new String[] {"org.flywaydb", "org.apache", "com.openhtmltopdf", "com.networknt"}) {
            context.getLogger(noisy).setLevel(Level.WARN);
        }
        restrictLogFiles(logs);
        return Optional.of(logs);
    }

    /** The log files written by an earlier version or under another umask are made private too. */
    private static void restrictLogFiles(Path logs) {
        try (Stream<Path> files = Files.list(logs)) {
            files.forEach(f -> {
                try {
                    PrivateFiles.restrict(f);
                } catch (IOException e) {
                    // A log file of another user's: left as it is.
                }
            });
        } catch (IOException e) {
            // The folder itself is private.
        }
    }

    /** Stops the file appender, writing out what is buffered; called as the process ends. */
    static void stop() {
        context().ifPresent(LoggerContext::stop);
    }

    /**
     * Logback's context, once SLF4J has started. SLF4J hands a thread that asks while another thread is still
     * starting it a stand-in factory (the app's library thread starts it at the same time as the log is set up);
     * this waits for the real one. Empty when logging is not Logback, or SLF4J did not finish starting in time.
     */
    private static Optional<LoggerContext> context() {
        long deadline = System.nanoTime() + SLF4J_START_WAIT.toNanos();
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        while (factory instanceof SubstituteLoggerFactory && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            factory = LoggerFactory.getILoggerFactory();
        }
        return factory instanceof LoggerContext context ? Optional.of(context) : Optional.empty();
    }
}
