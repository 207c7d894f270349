package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database file that will not open is never written to by the attempt. */
class DamagedDatabaseTest {
    @TempDir
    Path folder;

    static void fillAndClose(Path folder) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(db, TestClock.FIXED);
            for (int i = 0; i < 20; i++) {
                var a = repository.create(new NewAssessment("Assessment " + i, "Chatbot", "Ann", "quick-check", 1));
                repository.saveNote(a.id(), "q1", "note ".repeat(500 + i));
            }
        }
    }

    /**
     * Overwrites 4 KB of a live chunk near the end of the file with random bytes (seeded: the same every run). H2
     * 2.4.240 fails to open this file, and before the read-only check its failed read-write open rewrote 4 KB of it.
     */
    static void damage(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[4096];
            new Random(24).nextBytes(junk);
            raf.seek(raf.length() - 13 * 4096L + 64);
            raf.write(junk);
        }
    }

    @Test
    void aFailedOpenLeavesTheDamagedFileExactlyAsItWas() throws Exception {
        fillAndClose(folder);
        Path file = folder.resolve(WorkbenchDatabase.FILE_NAME);
        damage(file);
        byte[] before = Files.readAllBytes(file);
        StorageException e = assertThrows(StorageException.class, () -> WorkbenchDatabase.open(folder).close());
        assertArrayEquals(before, Files.readAllBytes(file), "the damaged file was written to: " + e.getMessage());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }
}
