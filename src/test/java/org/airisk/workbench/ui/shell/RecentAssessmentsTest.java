package org.airisk.workbench.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentAssessmentsTest {
    private static UUID id(int n) {
        return new UUID(0, n);
    }

    private static List<String> titles(RecentAssessments recent) {
        return recent.entries().stream().map(RecentAssessments.Entry::title).toList();
    }

    @Test
    void keepsTheLastFiveOpenedNewestFirstAcrossARestart() {
        RecentAssessments recent = RecentAssessments.decode(Optional.empty());
        assertTrue(recent.entries().isEmpty());
        IntStream.rangeClosed(1, 7).forEach(n -> recent.opened(id(n), "Review " + n));
        assertEquals(List.of("Review 7", "Review 6", "Review 5", "Review 4", "Review 3"), titles(recent));
        recent.opened(id(4), "Review 4, renamed");
        assertEquals(
                List.of("Review 4, renamed", "Review 7", "Review 6", "Review 5", "Review 3"),
                titles(recent),
                "opened again: first, once, with its title now");
        assertEquals(
                recent.entries(),
                RecentAssessments.decode(Optional.of(recent.encode())).entries());
    }

    @Test
    void aMissingOneIsDropped() {
        RecentAssessments recent = RecentAssessments.decode(Optional.empty());
        recent.opened(id(1), "Kept");
        recent.opened(id(2), "Deleted");
        assertTrue(recent.drop(id(2)));
        assertFalse(recent.drop(id(2)));
        assertEquals(List.of("Kept"), titles(recent));
    }

    @Test
    void titlesWithTabsOrLineBreaksAndUnreadableLinesDoNotSpoilTheList() {
        RecentAssessments recent = RecentAssessments.decode(Optional.empty());
        recent.opened(id(1), "Chatbot\tpilot\nphase 2");
        String stored = "not an id\tTitle\n\n" + recent.encode();
        assertEquals(List.of("Chatbot pilot phase 2"), titles(RecentAssessments.decode(Optional.of(stored))));
    }
}
