package org.airisk.workbench.assessment;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The copies of the whole library the workbench keeps beside it (one on closing, one a day at most), so that a
 * damaged or mistaken library can be put back as it was.
 */
public interface LibraryBackups {
    /** One kept copy of the library. */
    record Backup(Path file, Instant takenAt, long sizeBytes) {}

    /** What a backup holds: the titles of its assessments, or why it cannot be read. */
    record Contents(List<String> assessmentTitles, String problem) {
        public boolean readable() {
            return problem == null;
        }
    }

    /** The backups, newest first. */
    List<Backup> list();

    /** Opens a copy of the backup read-only and reads what it holds; the backup itself is never written. */
    Contents contents(Backup backup);

    /** The folder the backups are kept in. */
    Path folder();
}
