package org.airisk.workbench.format;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The one place where dates, times and numbers are written for a person to read, in that person's locale and time
 * zone. The composition root makes it from the system's settings; tests make it with a fixed locale and zone.
 * Files meant for other programs (CSV, packages) keep ISO dates and plain numbers and do not use it.
 */
public final class UserFormats {
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public UserFormats(Locale locale, ZoneId zone) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** "25 Nov 2026" (en-GB), "Nov 25, 2026" (en-US), "25 nov. 2026" (fr-FR); empty for no date. */
    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    /** The moment in the user's time zone, date and minutes; empty for none. */
    public String dateTime(Instant value) {
        return value == null ? "" : dateTime.format(value);
    }

    /** The day the moment falls on in the user's time zone. */
    public LocalDate day(Instant value) {
        return value.atZone(zone).toLocalDate();
    }

    /** A number with exactly this many decimals, with the locale's decimal and grouping marks. */
    public String decimal(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A whole number with the locale's grouping marks. */
    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
