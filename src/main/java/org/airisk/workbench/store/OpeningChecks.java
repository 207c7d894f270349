package org.airisk.workbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.airisk.workbench.assessment.LibraryBackups;
import org.airisk.workbench.assessment.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is checked of a library file before the workbench writes to it, and what the assessor is told when it does
 * not open: the folder in use, a wrong password, a damaged file, with the newest backup as the way out.
 */
final class OpeningChecks {
    /** Every MVStore file starts with this text header. */
    private static final String H2_HEADER = "H:2,";

    private static final int H2_ALREADY_IN_USE = 90020;
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchDatabase.class);

    private OpeningChecks() {}

    /** A folder with backups but no database lost its library: an empty new one would hide that. */
    static void refuseIfUsedBefore(Path file, BackupFolder backups) {
        if (backups.list().isEmpty()) {
            return;
        }
        throw new DatabaseUnavailable(
                "The library file " + file + " is missing, though this data folder was used "
                        + "before (it holds backups in " + backups.folder()
                        + "). Nothing was created. Restore the newest "
                        + "backup; to start an empty library instead, move the backups folder elsewhere first.",
                backups.newestReadable().orElse(null),
                null);
    }

    /**
     * Before anything may write to it: the file must be a workbench database, writable, and open read-only (the
     * operating system then refuses any write). H2 rewrites part of a damaged file while it fails to open it
     * read-write, so a file that fails here is never handed to it for writing.
     */
    static void checkUsable(Path file, String url, char[] key, BackupFolder backups) throws IOException {
        checkLooksLikeDatabase(file, backups);
        PrivateFiles.restrict(file);
        if (!PrivateFiles.ownerMayWrite(file) || !Files.isWritable(file)) {
            throw new StorageException("The library file " + file + " is read-only, so nothing could be saved. "
                    + "Make it writable again (its permissions, or the read-only setting in its properties) and "
                    + "start the workbench again.");
        }
        try (Connection probe = DatabaseProtection.connect(url + ";ACCESS_MODE_DATA=r", key)) {
            SchemaVersion.isCurrent(probe);
        } catch (SQLException e) {
            throw translate(e, file, backups);
        }
    }

    private static void checkLooksLikeDatabase(Path file, BackupFolder backups) {
        byte[] start = new byte[H2_HEADER.length()];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw new StorageException(
                    "The database file " + file + " cannot be read (" + e.getMessage() + "). Check its permissions.",
                    e);
        }
        if ((read < start.length || !H2_HEADER.equals(new String(start, StandardCharsets.ISO_8859_1)))
                && !DatabaseProtection.isEncrypted(file)) {
            throw unavailable(
                    "The file " + file + " is not an AI Risk Workbench database, or it is damaged. It "
                            + "was left untouched.",
                    backups,
                    null);
        }
    }

    static StorageException translate(SQLException e, Path file, BackupFolder backups) {
        if (e.getErrorCode() == H2_ALREADY_IN_USE) {
            return new StorageException(inUseMessage(file.getParent()), e);
        }
        if (e.getErrorCode() == DatabaseProtection.H2_WRONG_FILE_PASSWORD) {
            return new PasswordNeeded(
                    "The password is wrong: it does not open the library in " + file.getParent()
                            + ". Try again; a lost password cannot be recovered.",
                    true,
                    e);
        }
        LOG.error(
                "Database did not open: {} {} (error code {})",
                e.getClass().getSimpleName(),
                e.getSQLState(),
                e.getErrorCode());
        return unavailable(
                "The database " + file + " could not be opened: it is damaged or was written by an "
                        + "incompatible program. It was left as it was.",
                backups,
                e);
    }

    /** The problem, and the way out: the newest readable backup when there is one. */
    private static DatabaseUnavailable unavailable(String problem, BackupFolder backups, Throwable cause) {
        Optional<LibraryBackups.Backup> newest = backups.newestReadable();
        String way = newest.isPresent()
                ? " Restore the newest backup (the workbench offers it; on the command line: backups, then restore),"
                        + " or start with --data-dir on another folder."
                : " There is no readable backup in " + backups.folder() + ". Move the file somewhere safe and start "
                        + "again for an empty library, or start with --data-dir on another folder.";
        return new DatabaseUnavailable(problem + way, newest.orElse(null), cause);
    }

    static String inUseMessage(Path folder) {
        if (LibraryCompaction.underway(folder)) {
            return "The AI Risk Workbench that was just closed is still making its library file smaller, after a "
                    + "large import (about 7 seconds for 100,000 assessments). Start it again in a moment; nothing "
                    + "needs doing. The data folder is " + folder + ".";
        }
        return "Another AI Risk Workbench is already using the data folder " + folder + ". Switch to that "
                + "window, or close it first. To run two at once, start this one with --data-dir on another folder.";
    }
}
