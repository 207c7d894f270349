package org.airisk.workbench.store;

import java.util.Optional;
import org.airisk.workbench.assessment.LibraryBackups;
import org.airisk.workbench.assessment.StorageException;

/**
 * The library cannot be opened as it is (damaged, or its file is gone though the folder was used before), and
 * restoring a backup is the way out: the newest backup that can be read, when there is one, goes with the message.
 */
public final class DatabaseUnavailable extends StorageException {
    private final transient LibraryBackups.Backup offered;

    DatabaseUnavailable(String userMessage, LibraryBackups.Backup offered, Throwable cause) {
        super(userMessage, cause);
        this.offered = offered;
    }

    /** The newest readable backup, to offer in place of the library that would not open. */
    public Optional<LibraryBackups.Backup> offeredBackup() {
        return Optional.ofNullable(offered);
    }
}
