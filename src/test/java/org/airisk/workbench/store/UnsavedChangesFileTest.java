package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.UnsavedChanges.Change;
import org.airisk.workbench.questionnaire.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal of unsaved changes: every kind of answer and notes up to the limits, read back after reopening. */
class UnsavedChangesFileTest {
    @TempDir
    Path folder;

    @Test
    void everyKindOfChangeReadsBackAfterReopeningAndEachAssessmentKeepsItsOwn() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<Change> first = List.of(
                Change.answer(a, "q1", new Answer.Choice("x|y")),
                Change.answer(a, "q2", new Answer.Choices(List.of("a|b", "", "c\\d"))),
                Change.answer(a, "q3", new Answer.Text("two\nlines and \u00e9\u6f22\ud83d\ude00")),
                Change.answer(a, "q4", new Answer.Number(new BigDecimal("12500.75"))),
                Change.answer(a, "q5", new Answer.Scale(4)),
                Change.answer(a, "q6", new Answer.Date(LocalDate.of(2026, 2, 28))),
                Change.answer(a, "q7", null),
                Change.note(a, "q8", "n".repeat(200_000)));
        UnsavedChangesFile journal = new UnsavedChangesFile(folder);
        assertTrue(
                Files.size(folder.resolve(UnsavedChangesFile.FILE_NAME)) >= UnsavedChangesFile.RESERVED,
                "space reserved while there is space");
        assertEquals(List.of(), journal.read(), "nothing kept yet");
        journal.keep(a, first);
        journal.keep(b, List.of(Change.note(b, "q1", "other assessment")));
        assertEquals(
                UnsavedChangesFile.RESERVED,
                Files.size(folder.resolve(UnsavedChangesFile.FILE_NAME)),
                "written within the reserve: no new space needed on a full disk");

        UnsavedChangesFile reopened = new UnsavedChangesFile(folder);
        List<Change> read = reopened.read();
        assertEquals(first, read.subList(0, first.size()));
        assertEquals(Change.note(b, "q1", "other assessment"), read.get(first.size()));

        reopened.keep(a, List.of());
        assertEquals(List.of(Change.note(b, "q1", "other assessment")), new UnsavedChangesFile(folder).read());
        reopened.keep(b, List.of());
        assertEquals(List.of(), new UnsavedChangesFile(folder).read());
    }

    @Test
    void aJournalLargerThanItsReserveStillWorks() {
        UUID a = UUID.randomUUID();
        List<Change> big =
                List.of(Change.note(a, "q", "x".repeat(1_048_576)), Change.note(a, "r", "\u00e9".repeat(600_000)));
        UnsavedChangesFile journal = new UnsavedChangesFile(folder);
        journal.keep(a, big);
        assertEquals(big, new UnsavedChangesFile(folder).read());
    }

    @Test
    void aDamagedJournalReadsAsEmpty() throws Exception {
        Files.write(
                folder.resolve(UnsavedChangesFile.FILE_NAME), new byte[] {0x41, 0x52, 0x4a, 0x31, 0, 0, 0, 50, '{'});
        assertEquals(List.of(), new UnsavedChangesFile(folder).read());
    }
}
