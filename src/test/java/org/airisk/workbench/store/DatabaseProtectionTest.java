package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.LibraryBackups;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library protected with a password: encrypted on disk with its backups, opened only with the password. */
class DatabaseProtectionTest {
    private static final String SECRET = "Confidential finding: the vendor model leaks client names";
    private static final char[] PASSWORD = "correct horse battery".toCharArray();
    private static final char[] OTHER = "ünïcode pass wörd 🔒".toCharArray();

    @TempDir
    Path folder;

    private final TestClock.Settable clock = new TestClock.Settable();

    private UUID addAssessment(char[] password, String title, String note) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock, password)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(db, clock);
            UUID id = repository
                    .create(new NewAssessment(title, "Chatbot", "Ann", "quick-check", 1))
                    .id();
            repository.saveNote(id, "q1", note);
            return id;
        }
    }

    private String noteOf(char[] password, UUID id) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock, password)) {
            return new JdbcAssessmentRepository(db, clock).answers(id).get("q1").note();
        }
    }

    private Path file() {
        return folder.resolve(WorkbenchDatabase.FILE_NAME);
    }

    private static boolean holds(Path file, String text) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void aProtectedLibraryHoldsNoNoteInClearAndOpensOnlyWithThePassword() throws Exception {
        UUID id = addAssessment(null, "Vendor review", SECRET);
        assertTrue(holds(file(), SECRET), "the note is in clear before protecting");

        DatabaseProtection.protect(folder, PASSWORD);

        assertTrue(DatabaseProtection.isProtected(folder));
        assertFalse(holds(file(), SECRET), "no note in clear in the protected file");
        PasswordNeeded none = assertThrows(PasswordNeeded.class, () -> WorkbenchDatabase.open(folder, clock));
        assertFalse(none.wrongPassword());
        assertEquals(SECRET, noteOf(PASSWORD, id));
        assertFalse(holds(file(), SECRET), "still none after working in it");
    }

    @Test
    void aWrongPasswordIsRefusedPlainlyAndTheFileIsNotTouched() throws Exception {
        addAssessment(null, "Vendor review", SECRET);
        DatabaseProtection.protect(folder, PASSWORD);
        byte[] before = Files.readAllBytes(file());
        int backups = new BackupFolder(folder, clock).list().size();

        PasswordNeeded wrong = assertThrows(
                PasswordNeeded.class, () -> WorkbenchDatabase.open(folder, clock, "not the password".toCharArray()));

        assertTrue(wrong.wrongPassword());
        assertTrue(wrong.getMessage().startsWith("The password is wrong"), wrong.getMessage());
        assertFalse(wrong.getMessage().contains("90049") || wrong.getMessage().contains("Encryption error"));
        assertArrayEquals(before, Files.readAllBytes(file()), "the file is unchanged");
        assertEquals(backups, new BackupFolder(folder, clock).list().size(), "no backup taken");
        // The folder is not left locked by the refused attempt.
        WorkbenchDatabase.open(folder, clock, PASSWORD).close();
    }

    @Test
    void thePasswordCanBeChangedThenTheProtectionRemoved() throws Exception {
        UUID id = addAssessment(null, "Vendor review", SECRET);
        DatabaseProtection.protect(folder, PASSWORD);

        assertThrows(PasswordNeeded.class, () -> DatabaseProtection.changePassword(folder, OTHER, PASSWORD));
        DatabaseProtection.changePassword(folder, PASSWORD, OTHER);
        assertTrue(
                assertThrows(PasswordNeeded.class, () -> noteOf(PASSWORD, id)).wrongPassword());
        assertEquals(SECRET, noteOf(OTHER, id));

        DatabaseProtection.removeProtection(folder, OTHER);
        assertFalse(DatabaseProtection.isProtected(folder));
        assertEquals(SECRET, noteOf(null, id));
    }

    @Test
    void aShortPasswordOrAProtectedLibraryIsRefusedAndNothingChanges() throws Exception {
        addAssessment(null, "Vendor review", SECRET);
        byte[] before = Files.readAllBytes(file());
        StorageException shortOne =
                assertThrows(StorageException.class, () -> DatabaseProtection.protect(folder, "short".toCharArray()));
        assertEquals("The password is too short: use at least 8 characters.", shortOne.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()));
        assertThrows(StorageException.class, () -> DatabaseProtection.removeProtection(folder, PASSWORD));

        DatabaseProtection.protect(folder, PASSWORD);
        assertThrows(StorageException.class, () -> DatabaseProtection.protect(folder, PASSWORD));
    }

    @Test
    void theBackupsOfAProtectedLibraryAreProtectedToo() throws Exception {
        addAssessment(null, "Before protecting", SECRET);
        clock.set(TestClock.NOW.plus(Duration.ofHours(1)));
        addAssessment(null, "Second", SECRET + " again");
        BackupFolder clear = new BackupFolder(folder, clock);
        assertEquals(2, clear.list().size());
        assertTrue(holds(clear.list().get(0).file(), SECRET), "clear backups before protecting");

        DatabaseProtection.protect(folder, PASSWORD);
        clock.set(TestClock.NOW.plus(Duration.ofDays(2)));
        addAssessment(PASSWORD, "After protecting", SECRET + " later");

        List<LibraryBackups.Backup> list = new BackupFolder(folder, clock).list();
        assertEquals(4, list.size(), "the two converted, the daily one on opening and the one taken on closing");
        for (LibraryBackups.Backup backup : list) {
            assertTrue(
                    DatabaseProtection.isEncrypted(backup.file()),
                    backup.file().getFileName().toString());
            assertFalse(
                    holds(backup.file(), SECRET),
                    "no note in clear in " + backup.file().getFileName());
            assertFalse(new BackupFolder(folder, clock).contents(backup).readable(), "unreadable without it");
        }
        BackupFolder withPassword = new BackupFolder(folder, clock, PASSWORD);
        assertEquals(
                List.of("After protecting", "Before protecting", "Second"),
                withPassword.contents(list.get(0)).assessmentTitles());
        assertEquals(
                List.of("Before protecting", "Second"),
                withPassword.contents(list.get(2)).assessmentTitles());
        assertEquals(
                List.of("Before protecting"), withPassword.contents(list.get(3)).assessmentTitles());

        WorkbenchDatabase.restore(folder, list.get(2).file(), clock, PASSWORD);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock, PASSWORD)) {
            assertEquals(2, new JdbcAssessmentRepository(db, clock).list().size());
        }
        try (var files = Files.list(folder)) {
            assertEquals(
                    List.of(),
                    files.filter(f -> f.getFileName().toString().startsWith(".protect-"))
                            .toList(),
                    "no scratch copies left");
        }
    }

    @Test
    void notesOfEverySizeSurviveProtectingAndReopening() {
        Map<String, String> notes = new LinkedHashMap<>();
        UUID id;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(db, clock);
            id = repository
                    .create(new NewAssessment("Long notes", "Chatbot", "Ann", "quick-check", 1))
                    .id();
            int seed = 0;
            for (CloseAndReopenTest.Alphabet alphabet : CloseAndReopenTest.Alphabet.values()) {
                for (int length : CloseAndReopenTest.LENGTHS) {
                    String question = alphabet + "-" + length;
                    notes.put(question, CloseAndReopenTest.text(alphabet, length, seed++));
                    repository.saveNote(id, question, notes.get(question));
                }
            }
        }
        DatabaseProtection.protect(folder, OTHER);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock, OTHER)) {
            Map<String, RecordedAnswer> read = new JdbcAssessmentRepository(db, clock).answers(id);
            assertEquals(notes.keySet(), read.keySet());
            notes.forEach(
                    (question, note) -> assertEquals(note, read.get(question).note(), question));
        }
    }
}
