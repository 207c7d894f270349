package org.airisk.workbench.importfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.airisk.workbench.assessment.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileCanBeReadByOthersLikeAnyFileYouSave() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path report = AtomicFile.write(dir.resolve("report.pdf"), "the report", t -> Files.writeString(t, "x"));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path report = Files.writeString(dir.resolve("report.pdf"), "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(report, "the report", t -> Files.writeString(t, "new"));
        assertEquals("new", Files.readString(report));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryOne() throws Exception {
        Path report = Files.writeString(dir.resolve("report.pdf"), "old");
        StorageException e = assertThrows(
                StorageException.class,
                () -> AtomicFile.write(report, "the report", t -> {
                    Files.writeString(t, "half");
                    throw new IOException("disk full");
                }));
        assertEquals(
                "Could not write the report to report.pdf (disk full). Check that the folder exists and you may "
                        + "write to it.",
                e.getMessage());
        assertEquals("old", Files.readString(report));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(report), files.toList());
        }
    }
}
