package org.airisk.workbench.ui;

import org.airisk.workbench.assessment.StorageException;

/** Turns a failure into words for the assessor: what went wrong and what to do, never a stack trace. */
public final class UserMessages {
    private UserMessages() {
    }

    public static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof StorageException)
                && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        if (cause instanceof StorageException || cause instanceof IllegalArgumentException) {
            return cause.getMessage();
        }
        return "Something unexpected went wrong (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                + "). Your saved work is safe. Try again; if it happens again, restart the workbench.";
    }
}
