package org.airisk.workbench.store;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Random;

/** A library file that will not open, as a bad disk leaves it, for tests in any package. */
public final class LibraryDamage {
    private LibraryDamage() {
    }

    /**
     * Overwrites both of the file's headers (its first two 4 KB blocks, past their first 64 bytes) with random bytes
     * (seeded: the same every run). A file whose headers are gone never opens. Damaging one chunk at a fixed distance
     * from the end, as this did first, depended on where H2 happened to put the newest chunk: a new migration moved
     * it, and H2 opened the file from an older chunk.
     */
    public static void damage(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            Random random = new Random(24);
            byte[] junk = new byte[4096 - 64];
            for (int header = 0; header < 2; header++) {
                random.nextBytes(junk);
                raf.seek(header * 4096L + 64);
                raf.write(junk);
            }
        }
    }
}
