package org.airisk.workbench.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.exchange.CheckInMerge.Keep;
import org.airisk.workbench.exchange.OfflineWork;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.Test;

/** Check-out and check-in as the window runs them, on a fake of the port: no window, no database. */
class CheckInViewModelTest {
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000019");
    private static final OfflineWork.OpenConflict SUMMARY =
            new OfflineWork.OpenConflict("ANSWER:purpose", "What is the system for?", "Tutoring", "Homework", "Exams");
    private static final OfflineWork.OpenConflict OWNER =
            new OfflineWork.OpenConflict("DETAIL:owner", "The owner", "Ana", "Ben", "Cleo");

    /** A team workspace whose conflicts are settled by the choices handed in; it keeps what it was given. */
    private static final class Port implements OfflineWork {
        final List<OpenConflict> conflicts = new ArrayList<>();
        final List<Map<String, Keep>> choicesGiven = new ArrayList<>();
        final List<char[]> passwords = new ArrayList<>();
        RuntimeException failure;

        @Override
        public String checkOut(UUID id) {
            if (failure != null) {
                throw failure;
            }
            return "Tutor bot";
        }

        @Override
        public List<CheckedOut> checkedOut() {
            return List.of(new CheckedOut(ID, "Tutor bot", "team", "Ana", TestClock.FIXED.instant()));
        }

        @Override
        public CheckedIn checkIn(UUID id, char[] password, Map<String, Keep> choices) {
            passwords.add(password);
            choicesGiven.add(Map.copyOf(choices));
            if (failure != null) {
                throw failure;
            }
            return new CheckedIn(
                    "Tutor bot",
                    conflicts.stream().filter(c -> !choices.containsKey(c.id())).toList());
        }
    }

    private final Port port = new Port();
    private final CheckInViewModel model = new CheckInViewModel(port, new ImmediateBackgroundWork());
    private final AtomicInteger written = new AtomicInteger();

    @Test
    void aCleanCheckInWritesAndSaysSo() {
        model.checkIn(ID, "pw".toCharArray(), written::incrementAndGet);
        assertEquals(1, written.get());
        assertTrue(model.doneProperty().get());
        assertTrue(model.conflicts().isEmpty());
        assertTrue(
                model.messageProperty().get().contains("\u201cTutor bot\u201d is checked in"),
                model.messageProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void conflictsAreListedAndTheChoicesMadeAreWhatTheSecondCheckInKeeps() {
        port.conflicts.addAll(List.of(SUMMARY, OWNER));
        char[] password = "pw".toCharArray();
        model.checkIn(ID, password, written::incrementAndGet);
        assertEquals(0, written.get(), "nothing written while conflicts are open");
        assertEquals(
                List.of(SUMMARY, OWNER),
                model.conflicts().stream().map(r -> r.conflict()).toList());
        assertTrue(model.messageProperty().get().startsWith("2 things were changed differently"));
        assertTrue(model.applyDisabled().get(), "no side chosen yet");

        model.keepForAll(Keep.THEIRS);
        model.conflicts().get(0).keepProperty().set(Keep.MINE);
        assertFalse(model.applyDisabled().get());
        model.apply(written::incrementAndGet);

        assertEquals(
                List.of(Map.of(), Map.of("ANSWER:purpose", Keep.MINE, "DETAIL:owner", Keep.THEIRS)), port.choicesGiven);
        assertEquals(1, written.get());
        assertTrue(model.conflicts().isEmpty());
        assertArrayEquals(new char[2], password, "the password is cleared once checked in");
        assertArrayEquals("pw".toCharArray(), port.passwords.get(1), "the second check-in got it again");
    }

    @Test
    void applyIsDisabledUntilEveryConflictHasASide() {
        port.conflicts.addAll(List.of(SUMMARY, OWNER));
        model.checkIn(ID, new char[0], written::incrementAndGet);
        model.conflicts().get(1).keepProperty().set(Keep.MINE);
        assertTrue(model.applyDisabled().get());
        model.keepForAll(Keep.MINE);
        assertFalse(model.applyDisabled().get());
    }

    @Test
    void aProblemIsShownInItsOwnWordsAndNothingCountsAsDone() {
        port.failure = new UserFacingProblem("The team workspace no longer holds \u201cTutor bot\u201d.");
        model.checkIn(ID, new char[0], written::incrementAndGet);
        assertEquals(
                "The team workspace no longer holds \u201cTutor bot\u201d.",
                model.messageProperty().get());
        assertFalse(model.doneProperty().get());
        assertFalse(model.busyProperty().get());
        model.checkOut(ID, written::incrementAndGet);
        assertEquals(0, written.get());
        assertEquals(
                "The team workspace no longer holds \u201cTutor bot\u201d.",
                model.messageProperty().get());
    }

    @Test
    void anUnexpectedFailureIsNotShownAsItsMessage() {
        port.failure = new IllegalStateException("connection 7 reset at row 12");
        model.checkOut(ID, written::incrementAndGet);
        assertFalse(
                model.messageProperty().get().contains("row 12"),
                model.messageProperty().get());
    }

    @Test
    void aCheckOutSaysWhereTheCopyIsAndTheListIsRead() {
        model.checkOut(ID, written::incrementAndGet);
        assertEquals(1, written.get());
        assertTrue(model.messageProperty().get().startsWith("\u201cTutor bot\u201d is checked out"));
        model.loadCheckedOut();
        assertEquals("Ana", model.checkedOut().get(0).by());
        assertEquals("", model.messageProperty().get());
    }
}
