package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder and everything the workbench writes in it are its user's alone, whatever the umask. */
class PrivateFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void onlyWherePosixPermissionsExist() {
        Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static void useOnce(Path folder) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, TestClock.FIXED)) {
            new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .create(new NewAssessment("Private", "Chatbot", "Ann", "quick-check", 1));
        }
    }

    @Test
    void aNewDataFolderIsPrivateAndSoIsEveryFileInIt() throws Exception {
        Path folder = dir.resolve("new").resolve("data");
        useOnce(folder);
        assertEquals("rwx------", mode(folder));
        assertEquals("rw-------", mode(folder.resolve(WorkbenchDatabase.FILE_NAME)));
        assertEquals("rw-------", mode(folder.resolve(DataFolderLock.FILE_NAME)));
        Path backups = folder.resolve(BackupFolder.FOLDER);
        assertEquals("rwx------", mode(backups));
        List<Path> copies;
        try (var files = Files.list(backups)) {
            copies = files.toList();
        }
        assertEquals(1, copies.size());
        assertEquals("rw-------", mode(copies.get(0)));
    }

    @Test
    void aFolderLeftOpenToOthersIsTightenedOnOpening() throws Exception {
        Path folder = dir.resolve("loose");
        useOnce(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(
                folder.resolve(WorkbenchDatabase.FILE_NAME), PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setPosixFilePermissions(
                folder.resolve(DataFolderLock.FILE_NAME), PosixFilePermissions.fromString("rw-r--r--"));
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, TestClock.FIXED)) {
            assertEquals("rwx------", mode(folder));
            assertEquals("rw-------", mode(folder.resolve(WorkbenchDatabase.FILE_NAME)));
            assertEquals("rw-------", mode(folder.resolve(DataFolderLock.FILE_NAME)));
        }
    }

    /** Not "Could not tidy up deleted assessments": the file is read-only and the message says so. */
    @Test
    void aReadOnlyLibraryFileIsNamedAsSuchAndStaysReadOnly() throws Exception {
        Path folder = dir.resolve("read-only");
        useOnce(folder);
        Path file = folder.resolve(WorkbenchDatabase.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        StorageException e = assertThrows(
                StorageException.class, () -> WorkbenchDatabase.open(folder).close());
        assertTrue(
                e.getMessage().contains("is read-only") && e.getMessage().contains("Make it writable"), e.getMessage());
        assertFalse(e.getMessage().contains("tidy up"), e.getMessage());
        assertEquals("r--------", mode(file), "only others' access removed, the owner's kept as it was");
    }
}
