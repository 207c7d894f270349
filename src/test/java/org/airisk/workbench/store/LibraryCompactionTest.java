package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.store.CloseAndReopenTest.Alphabet;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing a library: a file left mostly free space is compacted fully and keeps every value (ADR 0049), a compaction
 * cut short is finished at the next start, and a closed library stays closed.
 */
class LibraryCompactionTest {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path folder;

    @Test
    void onlyALargeFileMostlyFreeIsCompactedFully() {
        long large = LibraryCompaction.LARGE_FILE_BYTES;
        assertTrue(LibraryCompaction.worthIt(large + 1, 49));
        assertTrue(LibraryCompaction.worthIt(20L << 30, 5));
        assertFalse(LibraryCompaction.worthIt(large + 1, 50), "half in use");
        assertFalse(LibraryCompaction.worthIt(large, 5), "not larger than a large file");
        assertFalse(LibraryCompaction.worthIt(-1, 5), "size unknown");
    }

    @Test
    void aMostlyFreeLibraryIsCompactedAtClosingAndKeepsNotesOfEverySize() throws Exception {
        compactsAndKeepsEverything(null);
    }

    @Test
    void aProtectedLibraryIsCompactedAtClosingToo() throws Exception {
        WorkbenchDatabase.open(folder).close();
        DatabaseProtection.protect(folder, PASSWORD);
        compactsAndKeepsEverything(PASSWORD);
    }

    @Test
    void aStartWhileTheClosedWorkbenchCompactsSaysWhyTheFolderIsInUse() throws Exception {
        WorkbenchDatabase.open(folder).close();
        Path marker = folder.resolve(LibraryCompaction.MARKER);
        try (DataFolderLock closing = DataFolderLock.tryAcquire(folder).orElseThrow()) {
            Files.writeString(marker, "compacting");
            StorageException refused = assertThrows(StorageException.class, () -> WorkbenchDatabase.open(folder));
            assertTrue(refused.getMessage().contains("still making its library file smaller"), refused.getMessage());
        }
        // As after a compaction that was killed: the marker is left, the lock is not.
        WorkbenchDatabase.open(folder).close();
        assertFalse(Files.exists(marker), "the left-over marker is removed by the next start");
    }

    /**
     * Where a file cannot be replaced in one move, H2 deletes the library and then renames its compacted copy into
     * place; killed in between, only the copy is left. The library must open from it, not be taken for missing.
     */
    @Test
    void aCompactionCutShortBetweenDeleteAndRenameOpensFromItsCopy() throws Exception {
        UUID id;
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            id = new JdbcAssessmentRepository(database, TestClock.FIXED)
                    .create(new NewAssessment("Kept", "Chatbot", "Ann", "quick-check", 1))
                    .id();
        }
        Path file = folder.resolve(WorkbenchDatabase.FILE_NAME);
        Files.move(file, folder.resolve(WorkbenchDatabase.FILE_NAME + ".newFile"));
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            assertFalse(database.createdNow(), "the library was found, not made anew");
            assertEquals(
                    "Kept",
                    new JdbcAssessmentRepository(database, TestClock.FIXED)
                            .find(id)
                            .orElseThrow()
                            .title());
        }
    }

    /**
     * Work that outlives the window (a save queued past the wait at closing) must not open the closed library again:
     * its folder is no longer locked, and may be being restored or compacted.
     */
    @Test
    void aClosedLibraryIsNotOpenedAgainByWorkThatComesLate() {
        WorkbenchDatabase database = WorkbenchDatabase.open(folder);
        JdbcAssessmentRepository repository = new JdbcAssessmentRepository(database, TestClock.FIXED);
        database.close();
        assertThrows(StorageException.class, repository::list);
        assertThrows(StorageException.class, repository::list, "the second try opened the closed library again");
    }

    private void compactsAndKeepsEverything(char[] password) throws Exception {
        Path file = folder.resolve(WorkbenchDatabase.FILE_NAME);
        Map<String, String> notes = new LinkedHashMap<>();
        UUID id;
        long before;
        List<String> told = new ArrayList<>();
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder, TestClock.FIXED, copy(password))) {
            database.whenCompacting(
                    () -> told.add("compacting " + Files.exists(folder.resolve(LibraryCompaction.MARKER))));
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(database, TestClock.FIXED);
            id = repository
                    .create(new NewAssessment("Long notes", "Chatbot", "Ann", "quick-check", 1))
                    .id();
            int seed = 0;
            for (Alphabet alphabet : Alphabet.values()) {
                for (int length : CloseAndReopenTest.LENGTHS) {
                    String question = alphabet + "-" + length;
                    notes.put(question, CloseAndReopenTest.text(alphabet, length, seed++));
                    repository.saveNote(id, question, notes.get(question));
                }
            }
            // An assessor's longest note saved again and again: every save leaves its old copy behind as free space.
            for (int i = 0; i < 8; i++) {
                notes.put("rewritten", CloseAndReopenTest.text(Alphabet.MULTI_BYTE, CloseAndReopenTest.MAX_LENGTH, i));
                repository.saveNote(id, "rewritten", notes.get("rewritten"));
            }
            before = Files.size(file);
            int inUse = percentInUse(database);
            assertTrue(LibraryCompaction.worthIt(before, inUse), before + " bytes, " + inUse + "% in use");
        }
        long after = Files.size(file);
        assertEquals(List.of("compacting false"), told, "told once, before the compaction started");
        assertFalse(Files.exists(folder.resolve(LibraryCompaction.MARKER)), "no marker left after the compaction");
        assertTrue(after < before / 2, "compacted from " + before + " to " + after + " bytes");
        assertPrivate(file);
        assertTrue(
                backupSizes().contains(after), "the backup taken at closing is the compacted file: " + backupSizes());

        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder, TestClock.FIXED, copy(password))) {
            database.whenCompacting(() -> told.add("compacted again"));
            Map<String, RecordedAnswer> read = new JdbcAssessmentRepository(database, TestClock.FIXED).answers(id);
            assertEquals(notes.keySet(), read.keySet());
            notes.forEach((question, note) -> CloseAndReopenTest.assertSameText(
                    "note " + question, note, read.get(question).note()));
        }
        assertEquals(List.of("compacting false"), told, "a compacted file is not compacted again, nor told");
    }

    /** H2 writes the compacted copy as a new file, with the umask's permissions: it must be the user's only. */
    private static void assertPrivate(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            assertTrue(
                    permissions.stream().allMatch(p -> p.name().startsWith("OWNER_")),
                    "the compacted library is readable by others: " + PosixFilePermissions.toString(permissions));
        }
    }

    private static int percentInUse(WorkbenchDatabase database) throws SQLException {
        return LibraryCompaction.use(database.connection()).percentInUse();
    }

    private List<Long> backupSizes() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve(BackupFolder.FOLDER))) {
            List<Long> sizes = new ArrayList<>();
            for (Path f : files.toList()) {
                sizes.add(Files.size(f));
            }
            return sizes;
        }
    }

    private static char[] copy(char[] password) {
        return password == null ? null : password.clone();
    }
}
