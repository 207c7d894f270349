package org.airisk.workbench.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import java.util.Locale;
import org.airisk.workbench.format.UserFormats;
import org.junit.jupiter.api.Test;

/** The line under the library's title, in the assessor's number format. */
class CountLineTest {
    private final UserFormats formats = new UserFormats(Locale.UK, ZoneOffset.UTC);

    @Test
    void saysHowManyThereAreMatchAndAreShown() {
        assertEquals("1 assessment", CountLine.text(1, 1, true, false, false, formats));
        assertEquals("Showing 200 of 12,345 assessments", CountLine.text(200, 12_345, true, false, false, formats));
        assertEquals(
                "Showing 200 of 10,478 assessments match", CountLine.text(200, 10_478, true, false, true, formats));
        assertEquals("811 assessments match", CountLine.text(811, 811, true, false, true, formats));
    }

    @Test
    void whileASearchThatFoundManyIsCountedItSaysMoreThanTheFirstFew() {
        assertEquals(
                "Showing 200 of 2,000+ that match (counting\u2026)",
                CountLine.text(200, 2_001, false, true, true, formats));
        assertEquals(
                "Showing 200 of 2,000+ that match",
                CountLine.text(200, 2_001, false, false, true, formats),
                "a count that failed");
    }
}
