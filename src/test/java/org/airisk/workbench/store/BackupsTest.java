package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.LibraryBackups;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups taken on closing and once a day, kept five deep, listed with what they hold, and put back whole. */
class BackupsTest {
    @TempDir
    Path folder;

    private final TestClock.Settable clock = new TestClock.Settable();

    private UUID addAssessment(String title, String note) {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(db, clock);
            UUID id = repository
                    .create(new NewAssessment(title, "Chatbot", "Ann", "quick-check", 1))
                    .id();
            repository.saveNote(id, "q1", note);
            return id;
        }
    }

    private List<String> titles() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
            return new JdbcAssessmentRepository(db, clock)
                    .list().stream().map(a -> a.title()).sorted().toList();
        }
    }

    private BackupFolder backups() {
        return new BackupFolder(folder, clock);
    }

    @Test
    void closingTakesABackupNamedByTheUtcTimeThatHoldsTheLibrary() {
        addAssessment("Chatbot review", "a note");
        List<LibraryBackups.Backup> list = backups().list();
        assertEquals(1, list.size());
        assertEquals(
                "workbench-20261125-100000Z.mv.db",
                list.get(0).file().getFileName().toString());
        assertEquals(TestClock.NOW, list.get(0).takenAt());
        assertTrue(list.get(0).sizeBytes() > 0);
        assertEquals(List.of("Chatbot review"), backups().contents(list.get(0)).assessmentTitles());
    }

    @Test
    void onlyTheNewestFiveAreKept() {
        addAssessment("First", "n");
        for (int i = 2; i <= 7; i++) {
            clock.set(TestClock.NOW.plus(Duration.ofMinutes(10L * i)));
            addAssessment("Assessment " + i, "note " + i);
        }
        List<LibraryBackups.Backup> list = backups().list();
        assertEquals(BackupFolder.KEEP, list.size());
        assertEquals(TestClock.NOW.plus(Duration.ofMinutes(70)), list.get(0).takenAt(), "newest first");
        assertEquals(7, backups().contents(list.get(0)).assessmentTitles().size());
        assertEquals(3, backups().contents(list.get(4)).assessmentTitles().size(), "the oldest kept");
    }

    /** Notes of every size, up to the largest the store tests use, come back identical from a restored backup. */
    @Test
    void notesOfEverySizeComeBackFromABackup() {
        List<Integer> lengths = List.of(0, 1, 4_095, 4_096, 12_000, 16_000, 65_536, CloseAndReopenTest.MAX_LENGTH);
        Map<String, String> notes = new LinkedHashMap<>();
        UUID id;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(db, clock);
            id = repository
                    .create(new NewAssessment("Sizes", "Chatbot", "Ann", "quick-check", 1))
                    .id();
            for (int length : lengths) {
                for (CloseAndReopenTest.Alphabet alphabet : CloseAndReopenTest.Alphabet.values()) {
                    String question = "q-" + alphabet + "-" + length;
                    notes.put(question, CloseAndReopenTest.text(alphabet, length, length % 7));
                    repository.saveNote(id, question, notes.get(question));
                }
            }
        }
        Path backup = backups().list().get(0).file();
        clock.set(TestClock.NOW.plusSeconds(60));
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(db, clock);
            notes.keySet().forEach(q -> repository.saveNote(id, q, "overwritten"));
        }
        WorkbenchDatabase.restore(folder, backup, clock);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
            var answers = new JdbcAssessmentRepository(db, clock).answers(id);
            notes.forEach((q, note) -> assertEquals(note, answers.get(q).note(), q));
        }
    }

    @Test
    void aSessionThatChangedNothingAddsNoBackup() {
        addAssessment("Only", "n");
        for (int i = 1; i <= 6; i++) {
            clock.set(TestClock.NOW.plusSeconds(60L * i));
            assertEquals(List.of("Only"), titles());
        }
        assertEquals(
                List.of(TestClock.NOW),
                backups().list().stream().map(LibraryBackups.Backup::takenAt).toList());
    }

    @Test
    void aDayAfterTheLastBackupOneIsTakenOnOpeningBeforeAnythingChanges() throws Exception {
        addAssessment("Before", "n");
        // A session that ended without closing (killed): its change is in the file but in no backup.
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            new JdbcAssessmentRepository(db, clock)
                    .create(new NewAssessment("Unclosed", "Chatbot", "Ann", "quick-check", 1));
        }
        clock.set(TestClock.NOW.plus(Duration.ofHours(23)));
        assertFalse(backups().dueDaily(), "none within a day");
        clock.set(TestClock.NOW.plus(Duration.ofHours(25)));
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, clock)) {
            assertEquals(2, backups().list().size(), "taken on opening");
            new JdbcAssessmentRepository(db, clock)
                    .create(new NewAssessment("After", "Chatbot", "Ann", "quick-check", 1));
        }
        List<LibraryBackups.Backup> list = backups().list();
        assertEquals(3, list.size());
        assertEquals(
                List.of("After", "Before", "Unclosed"),
                backups().contents(list.get(0)).assessmentTitles());
        assertEquals(
                List.of("Before", "Unclosed"), backups().contents(list.get(1)).assessmentTitles());
        assertEquals(List.of("Before"), backups().contents(list.get(2)).assessmentTitles());
    }

    @Test
    void restoringPutsTheBackupBackAndKeepsTheReplacedLibraryAsABackup() throws Exception {
        addAssessment("Kept", "the note survives a restore");
        LibraryBackups.Backup first = backups().list().get(0);
        clock.set(TestClock.NOW.plusSeconds(3600));
        addAssessment("Added later", "n");
        clock.set(TestClock.NOW.plusSeconds(7200));

        WorkbenchDatabase.restore(folder, first.file(), clock);

        assertEquals(List.of("Kept"), titles());
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(db, clock);
            UUID id = repository.list().get(0).id();
            assertEquals(
                    "the note survives a restore",
                    repository.answers(id).get("q1").note());
        }
        List<String> kept = backups().list().stream()
                .map(b -> backups().contents(b).assessmentTitles().toString())
                .toList();
        assertTrue(kept.contains("[Added later, Kept]"), "the replaced library is a backup: " + kept);
        try (var files = Files.list(backups().folder())) {
            assertTrue(files.allMatch(f -> f.getFileName().toString().endsWith(".mv.db")), "no scratch left");
        }
    }

    @Test
    void aBackupThatCannotBeReadIsRefusedAndNothingChanges() throws Exception {
        addAssessment("Library", "n");
        Path file = folder.resolve(WorkbenchDatabase.FILE_NAME);
        byte[] before = Files.readAllBytes(file);
        Path broken = folder.resolve("not-a-backup.mv.db");
        Files.writeString(broken, "H:2, but nothing else");
        StorageException e =
                assertThrows(StorageException.class, () -> WorkbenchDatabase.restore(folder, broken, clock));
        assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("Library"), titles());
    }

    @Test
    void restoringIsRefusedWhileTheLibraryIsOpen() {
        addAssessment("Library", "n");
        Path backup = backups().list().get(0).file();
        try (WorkbenchDatabase open = WorkbenchDatabase.open(folder, clock)) {
            StorageException e =
                    assertThrows(StorageException.class, () -> WorkbenchDatabase.restore(folder, backup, clock));
            assertTrue(e.getMessage().contains("already using"), e.getMessage());
        }
    }

    @Test
    void aDamagedLibraryOffersTheNewestReadableBackupAndIsLeftAsItWas() throws Exception {
        addAssessment("Good", "n");
        clock.set(TestClock.NOW.plusSeconds(60));
        DamagedDatabaseTest.fillAndClose(folder);
        // The newest backup is damaged too (a copy of a bad disk, say): the one before it is offered.
        Path older = backups().list().get(0).file();
        Path newest = backups().folder().resolve("workbench-20261125-100500Z.mv.db");
        Files.copy(folder.resolve(WorkbenchDatabase.FILE_NAME), newest);
        DamagedDatabaseTest.damage(newest);
        Path file = folder.resolve(WorkbenchDatabase.FILE_NAME);
        DamagedDatabaseTest.damage(file);
        byte[] before = Files.readAllBytes(file);

        DatabaseUnavailable e = assertThrows(
                DatabaseUnavailable.class,
                () -> WorkbenchDatabase.open(folder, clock).close());

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(older, e.offeredBackup().orElseThrow().file());
        assertTrue(e.getMessage().contains("Restore the newest backup"), e.getMessage());
        assertFalse(e.getMessage().contains("90030") || e.getMessage().contains("recovery tool"), e.getMessage());
        WorkbenchDatabase.restore(folder, e.offeredBackup().get().file(), clock);
        assertEquals(List.of("Good"), titles());
    }

    @Test
    void aMissingLibraryInAUsedFolderIsNotReplacedByAnEmptyOne() throws Exception {
        addAssessment("Gone", "n");
        Files.delete(folder.resolve(WorkbenchDatabase.FILE_NAME));
        DatabaseUnavailable e = assertThrows(
                DatabaseUnavailable.class,
                () -> WorkbenchDatabase.open(folder, clock).close());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
        assertFalse(Files.exists(folder.resolve(WorkbenchDatabase.FILE_NAME)), "nothing was created");
        WorkbenchDatabase.restore(folder, e.offeredBackup().orElseThrow().file(), clock);
        assertEquals(List.of("Gone"), titles());
    }

    @Test
    void aNewFolderStillStartsAnEmptyLibrary() {
        assertEquals(List.of(), titles());
    }
}
