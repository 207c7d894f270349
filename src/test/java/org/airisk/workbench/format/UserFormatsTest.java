package org.airisk.workbench.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates and numbers as each user reads them, whatever the machine running the test is set to. */
class UserFormatsTest {
    private static final LocalDate DAY = LocalDate.of(2027, 12, 31);
    private static final UserFormats UK = new UserFormats(Locale.UK, ZoneOffset.UTC);
    private static final UserFormats US = new UserFormats(Locale.US, ZoneId.of("America/New_York"));
    private static final UserFormats FRANCE = new UserFormats(Locale.FRANCE, ZoneId.of("Pacific/Kiritimati"));

    @Test
    void datesFollowTheUsersLocaleAndAreNeverAmbiguousNumbers() {
        assertEquals("31 Dec 2027", UK.date(DAY));
        assertEquals("Dec 31, 2027", US.date(DAY));
        assertTrue(FRANCE.date(DAY).startsWith("31 d\u00e9c"), FRANCE.date(DAY));
        assertEquals("", UK.date(null));
    }

    @Test
    void momentsFallOnTheUsersOwnDay() {
        Instant lateEvening = Instant.parse("2027-12-31T20:30:00Z");
        assertEquals(DAY, UK.day(lateEvening));
        assertEquals(DAY.plusDays(1), FRANCE.day(lateEvening), "Kiritimati is 14 hours ahead");
        assertTrue(UK.dateTime(lateEvening).contains("20:30"), UK.dateTime(lateEvening));
        assertTrue(FRANCE.dateTime(lateEvening).contains("10:30"), FRANCE.dateTime(lateEvening));
        assertTrue(US.dateTime(lateEvening).contains("3:30"), US.dateTime(lateEvening));
    }

    @Test
    void numbersUseTheLocalesMarks() {
        assertEquals("3.5", UK.decimal(3.46, 1));
        assertEquals("3,5", FRANCE.decimal(3.46, 1));
        assertEquals("12,345", US.integer(12_345));
        assertEquals("12\u202f345", FRANCE.integer(12_345));
    }

    @Test
    void typedDatesAreReadTheUsersWayAndIsoAlways() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 1)), UK.parseDate("01/11/2026"), "day first in Britain");
        assertEquals(Optional.of(LocalDate.of(2026, 1, 11)), US.parseDate("1/11/2026"), "month first in the US");
        assertEquals(Optional.of(LocalDate.of(2026, 1, 11)), FRANCE.parseDate("2026-01-11"), "ISO everywhere");
        assertEquals(Optional.of(LocalDate.of(2026, 1, 11)), UK.parseDate(" 11 Jan 2026 "), "as it is shown");
        assertEquals(Optional.of(DAY), FRANCE.parseDate(FRANCE.date(DAY)), "what is shown reads back");
        assertEquals(Optional.empty(), UK.parseDate("31/02/2026"), "no such day");
        assertEquals(Optional.empty(), UK.parseDate("25/11/20"), "a year half typed is no date");
        assertEquals(Optional.empty(), UK.parseDate("soon"));
        assertEquals(Optional.empty(), UK.parseDate(""));
        assertTrue(UK.dateHint(DAY).contains("2027-12-31"), UK.dateHint(DAY));
    }
}
