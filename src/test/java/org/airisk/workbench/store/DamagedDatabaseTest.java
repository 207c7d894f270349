package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
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
     * Overwrites 4 KB of every chunk (the blocks H2 keeps its pages in) with random bytes (seeded: the same every
     * run), so no older state is left to fall back to. H2 2.4.240 fails to open this file, and before the read-only
     * check its failed read-write open rewrote part of it. Chunks are found by their headers, not at a fixed offset:
     * what the tables hold, and so where chunks lie, changes with every new table.
     */
    static void damage(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Random random = new Random(24);
        int chunks = 0;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (int at = text.indexOf("chunk:", 8192); at >= 0; at = text.indexOf("chunk:", at + 1)) {
                byte[] junk = new byte[(int) Math.min(4096, raf.length() - at)];
                random.nextBytes(junk);
                raf.seek(at);
                raf.write(junk);
                chunks++;
            }
        }
        if (chunks == 0) {
            throw new IllegalStateException("no chunk found in " + file);
        }
    }

    @Test
    void aFailedOpenLeavesTheDamagedFileExactlyAsItWas() throws Exception {
        fillAndClose(folder);
        Path file = folder.resolve(WorkbenchDatabase.FILE_NAME);
        damage(file);
        byte[] before = Files.readAllBytes(file);
        StorageException e = assertThrows(
                StorageException.class, () -> WorkbenchDatabase.open(folder).close());
        assertArrayEquals(before, Files.readAllBytes(file), "the damaged file was written to: " + e.getMessage());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }
}
