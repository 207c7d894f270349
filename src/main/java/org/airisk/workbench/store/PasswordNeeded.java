package org.airisk.workbench.store;

import org.airisk.workbench.assessment.StorageException;

/**
 * The library is protected with a password, and none was given or the one given is wrong. The file was only read;
 * asking the assessor again is the way on.
 */
public final class PasswordNeeded extends StorageException {
    private final boolean wrongPassword;

    PasswordNeeded(String userMessage, boolean wrongPassword, Throwable cause) {
        super(userMessage, cause);
        this.wrongPassword = wrongPassword;
    }

    /** True when a password was given and it does not open the library; false when none was given. */
    public boolean wrongPassword() {
        return wrongPassword;
    }
}
