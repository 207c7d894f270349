package org.airisk.workbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import org.airisk.workbench.assessment.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A backup put in place of a library that no workbench has open, the replaced library kept as a backup. */
final class LibraryRestore {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchDatabase.class);

    private LibraryRestore() {}

    /** As {@link WorkbenchDatabase#restore(Path, Path, Clock, char[])}. */
    static void restore(Path folder, Path backup, Clock clock, char[] password) {
        WorkbenchDatabase.url(folder);
        if (!Files.isRegularFile(backup)) {
            throw new StorageException("The backup " + backup + " does not exist or is not a file. List the "
                    + "backups with the backups command and give one of their files.");
        }
        DataFolderLock lock = WorkbenchDatabase.lock(folder);
        BackupFolder backups = new BackupFolder(folder, clock, password);
        Path copy;
        try {
            copy = backups.checkedCopy(backup);
        } catch (IOException | SQLException e) {
            WorkbenchDatabase.closeQuietly(lock);
            LOG.warn("Backup refused for restoring: {}", e.getClass().getSimpleName());
            throw new StorageException(
                    "The backup " + backup + " cannot be read: it is damaged or not an AI Risk "
                            + "Workbench library. Nothing was changed; choose another backup.",
                    e);
        }
        Path file = folder.resolve(WorkbenchDatabase.FILE_NAME);
        try {
            if (Files.exists(file)) {
                backups.take(file);
            }
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Library restored from {} ({} bytes)", backup.getFileName(), Files.size(file));
        } catch (IOException e) {
            throw new StorageException(
                    "The backup could not be put in place (" + e.getMessage() + "). Your "
                            + "library was left as it was; check the free space and try again.",
                    e);
        } finally {
            BackupFolder.deleteScratch(copy);
            WorkbenchDatabase.closeQuietly(lock);
        }
    }
}
