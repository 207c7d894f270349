package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder written by the released version (0.1.0) opens with this build and reads back value for value, also
 * after closing and opening again. Guards upgrades of H2, Flyway and the schema: the committed file is never
 * regenerated to make this pass; a format change migrates it instead (see the fixture's README).
 */
class ReleasedDataFolderTest {
    @TempDir
    Path dir;

    private static byte[] committedFile() throws Exception {
        try (InputStream in = ReleasedDataFolderTest.class.getResourceAsStream(ReleasedFormatFixture.RESOURCE)) {
            assertNotNull(in, "the fixture " + ReleasedFormatFixture.RESOURCE + " is on the test class path");
            return in.readAllBytes();
        }
    }

    @Test
    void theReleasedLibraryOpensAndEveryValueReadsBackAlsoAfterReopening() throws Exception {
        byte[] released = committedFile();
        Path folder = dir.resolve("data");
        Files.createDirectories(folder);
        Files.write(folder.resolve(WorkbenchDatabase.FILE_NAME), released);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, TestClock.FIXED)) {
            ReleasedFormatFixture.check(db);
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, TestClock.FIXED)) {
            ReleasedFormatFixture.check(db);
        }
        // The library as it was before this build touched it (and migrated it) is the first, oldest backup.
        var backups = new BackupFolder(folder, TestClock.FIXED).list();
        Path firstBackup = backups.get(backups.size() - 1).file();
        assertArrayEquals(released, Files.readAllBytes(firstBackup));
    }

    /** The check itself holds for a library written now, so a failure above is the format's, not the check's. */
    @Test
    void theCheckHoldsForALibraryWrittenByThisBuild() {
        Path folder = dir.resolve("now");
        ReleasedFormatFixture.write(folder);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            ReleasedFormatFixture.check(db);
        }
    }
}
