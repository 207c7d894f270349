package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The text V19's trigger sends, read; anything else sent on the channel is ignored. */
class ChangeNoticeTest {
    private static final UUID ID = UUID.fromString("6f1c2a64-0b6e-4d3e-9a51-3c8f4f1d2e77");

    @Test
    void readsSessionAssessmentAndNameWhichMayHaveSpacesOrBeEmpty() {
        assertEquals(
                Optional.of(new ChangeNotice(4242, ID, "Ana Ruiz")), ChangeNotice.read("4242 " + ID + " Ana Ruiz"));
        assertEquals(Optional.of(new ChangeNotice(7, ID, "")), ChangeNotice.read("7 " + ID + " "));
        assertEquals(Optional.of(new ChangeNotice(7, ID, "")), ChangeNotice.read("7 " + ID));
    }

    @Test
    void ignoresOtherTexts() {
        assertEquals(Optional.empty(), ChangeNotice.read(null));
        assertEquals(Optional.empty(), ChangeNotice.read(""));
        assertEquals(Optional.empty(), ChangeNotice.read("hello"));
        assertEquals(Optional.empty(), ChangeNotice.read("x " + ID + " Ana"));
        assertEquals(Optional.empty(), ChangeNotice.read("12 not-an-id Ana"));
    }

    @Test
    void aLaterNoticeWithoutANameKeepsTheEarlierName() {
        assertEquals("Ana", ChangeNotice.named("Ana", ""));
        assertEquals("Ben", ChangeNotice.named("Ana", "Ben"));
    }
}
