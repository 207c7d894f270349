package org.airisk.workbench.importfiles;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.airisk.workbench.assessment.StorageException;

/** Writes a file so that it appears only when complete: into a temporary file beside it, then moved over it. */
public final class AtomicFile {
    /** Fills the temporary file. */
    public interface Content {
        void writeTo(Path temp) throws IOException;
    }

    private AtomicFile() {}

    /** @param what the file in the assessor's words ("the report"), for the message when it fails */
    public static Path write(Path file, String what, Content content) {
        Path target = file.toAbsolutePath();
        try {
            Path temp = Files.createTempFile(target.getParent(), ".writing-", ".tmp");
            try {
                content.writeTo(temp);
                givePermissions(temp, target);
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new StorageException(
                    "Could not write " + what + " to " + target.getFileName() + " (" + e.getMessage()
                            + "). Check that the folder exists and you may write to it.",
                    e);
        }
        return target;
    }

    /**
     * A temporary file is private to its owner (rw-------); a report or package is meant to be shared, so it gets the
     * permissions of the file it replaces, or rw-r--r-- like any new file, where the file system has such bits.
     */
    private static void givePermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(
                temp,
                Files.exists(target)
                        ? Files.getPosixFilePermissions(target)
                        : PosixFilePermissions.fromString("rw-r--r--"));
    }
}
