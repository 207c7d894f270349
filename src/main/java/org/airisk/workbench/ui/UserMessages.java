package org.airisk.workbench.ui;

import java.util.function.Consumer;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.signing.KeyProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into words for the assessor, never a stack trace. An expected failure ({@link StorageException},
 * {@link UserFacingProblem}, {@link KeyProblem}) carries its own message, written for them. Anything else is a
 * programming error: its classes and stack go to the log, and the assessor is told only that something went wrong
 * and where the details are; not that their work is safe, as nothing says it is.
 */
public final class UserMessages {
    public static final String SOMETHING_WENT_WRONG = "Something went wrong; the details are in the log "
            + "(Help \u203a Open log folder). Try again; if it happens again, restart the workbench.";
    private static final Logger LOG = LoggerFactory.getLogger(UserMessages.class);

    private UserMessages() {}

    public static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (expected(cause)) {
                return cause.getMessage();
            }
        }
        LOG.error("Unexpected failure:\n{}", withoutMessages(failure));
        return SOMETHING_WENT_WRONG;
    }

    /** What to do with the failure of work nobody waits for (remembering a window's place): it goes to the log. */
    public static Consumer<Throwable> logOnly(String what) {
        return failure -> LOG.warn("Could not {}:\n{}", what, withoutMessages(failure));
    }

    private static boolean expected(Throwable failure) {
        return failure instanceof StorageException
                || failure instanceof UserFacingProblem
                || failure instanceof KeyProblem;
    }

    /**
     * The failure's classes and stack frames, causes included, without any of their messages: a message may quote
     * what the assessor typed, which stays out of the log.
     */
    public static String withoutMessages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 10; depth++, current = current.getCause()) {
            text.append(depth == 0 ? "" : "Caused by: ")
                    .append(current.getClass().getName())
                    .append('\n');
            for (StackTraceElement frame : current.getStackTrace()) {
                text.append("\tat ").append(frame).append('\n');
            }
        }
        return text.toString();
    }
}
