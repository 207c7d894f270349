package org.airisk.workbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Keeps what the workbench writes readable by its user only: the data folder 700 and its files 600 on systems with
 * POSIX permissions, whatever the umask. Only group and other bits are removed, so a file the user made read-only
 * stays read-only. Where there are no POSIX permissions (Windows) nothing is done: the user's profile folder is
 * already private there.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {}

    /** Creates the folder (and any missing parents) and makes the folder itself private. */
    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder);
        return folder;
    }

    /** Removes every permission of group and others from an existing file or folder; a missing one is skipped. */
    public static void restrict(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null || !Files.exists(path)) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        if (permissions.removeAll(OTHERS)) {
            view.setPermissions(permissions);
        }
    }

    /** As {@link #restrict}, for tidying up: a file that cannot be changed (not the user's own) is left as it is. */
    static void restrictQuietly(Path path) {
        try {
            restrict(path);
        } catch (IOException | SecurityException e) {
            // Left as it was: the data folder itself is private, which keeps others out of it anyway.
        }
    }

    /** False only where POSIX permissions say the owner may not write: a file the user made read-only. */
    static boolean ownerMayWrite(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return Files.isWritable(file);
        }
        return view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
    }
}
