package org.airisk.workbench.format;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
    private final List<DateTimeFormatter> typedForms;

    public UserFormats(Locale locale, ZoneId zone) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        this.typedForms = List.of(
                DateTimeFormatter.ISO_LOCAL_DATE, typed(FormatStyle.MEDIUM, locale), typed(FormatStyle.SHORT, locale));
    }

    /**
     * The locale's own date form for reading what a person typed: with the year in full (the US short form has two
     * digits) and strict, so that 31 February is refused rather than moved to the 28th.
     */
    private static DateTimeFormatter typed(FormatStyle style, Locale locale) {
        String pattern =
                DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE, locale);
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern.replaceAll("y+", "u"))
                .toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
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

    /**
     * A date a person typed: ISO (2026-11-25) always, or the user's own short or medium form ("25/11/2026" in
     * Britain, "11/25/2026" in the US, "25 Nov 2026"). Empty when it is none of these; never a guess.
     */
    public Optional<LocalDate> parseDate(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : typedForms) {
            try {
                LocalDate parsed = LocalDate.parse(typed, format);
                // "25/11/20" is year 20 to a formatter, and a date half typed is no date: only plausible years
                return parsed.getYear() >= 1900 && parsed.getYear() < 2200 ? Optional.of(parsed) : Optional.empty();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** How to type a date, with today's date as the example: "25 Nov 2026 or 2026-11-25". */
    public String dateHint(LocalDate example) {
        return date(example) + " or " + example;
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
