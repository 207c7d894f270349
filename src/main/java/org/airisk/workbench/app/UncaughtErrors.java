package org.airisk.workbench.app;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.airisk.workbench.ui.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An error no code caught, on any thread (the FX thread included): its class and stack go to the log, and the
 * assessor gets one plain sentence, never the stack. Exception messages stay out of the log, as they may quote what
 * the assessor typed.
 */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    /** Nothing says the work in hand was saved, so this does not claim it was. */
    static final String MESSAGE = "Something unexpected went wrong; the details are in the log (Help \u203a Open log "
            + "folder). If the window behaves oddly, save and restart the workbench.";

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    /**
     * Set once the FX thread runs: until then (and for good when the toolkit failed to start) a window cannot be
     * asked for, and waiting for one would hang the thread that failed.
     */
    private static volatile boolean toolkitRunning;

    private final Consumer<String> tellUser;
    /** One message at a time: an error repeated on every frame must not stack up dialogs. */
    private final AtomicBoolean telling = new AtomicBoolean();

    UncaughtErrors(Consumer<String> tellUser) {
        this.tellUser = tellUser;
    }

    /** For every thread, and the FX thread (which JavaFX gives its own handler) once the toolkit runs. */
    static UncaughtErrors install() {
        UncaughtErrors handler = new UncaughtErrors(message -> {
            if (toolkitRunning) {
                Platform.runLater(() -> StartupFailure.tell("Something went wrong", message));
            } else {
                System.err.println("AI Risk Workbench: " + message);
            }
        });
        Thread.setDefaultUncaughtExceptionHandler(handler);
        return handler;
    }

    /** Call on the FX thread. */
    void coverFxThread() {
        Thread.currentThread().setUncaughtExceptionHandler(this);
        toolkitRunning = true;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught error on thread {}:\n{}", thread.getName(), withoutMessages(error));
        if (telling.compareAndSet(false, true)) {
            try {
                tellUser.accept(MESSAGE);
            } finally {
                telling.set(false);
            }
        }
    }

    /** The error's classes and stack frames, causes included, without any of their messages. */
    static String withoutMessages(Throwable error) {
        return UserMessages.withoutMessages(error);
    }
}
