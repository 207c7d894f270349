package org.airisk.workbench.architecture;

import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethod;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Time, time zone and locale come from one place, so that what the app shows and stores can be tested on a fixed
 * clock in any country: only the composition root ({@code app}) reads the system clock, zone and locale, and
 * dates and numbers meant for people are written through {@code format.UserFormats}.
 */
class ClockAndLocaleTest {
    private static final String ROOT = "org.airisk.workbench";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void onlyTheCompositionRootReadsTheSystemClockZoneOrLocale() {
        ArchCondition<JavaClass> readsTheSystem = callMethod(LocalDate.class, "now")
                .or(callMethod(LocalDateTime.class, "now"))
                .or(callMethod(LocalTime.class, "now"))
                .or(callMethod(Instant.class, "now"))
                .or(callMethod(ZonedDateTime.class, "now"))
                .or(callMethod(OffsetDateTime.class, "now"))
                .or(callMethod(Year.class, "now"))
                .or(callMethod(YearMonth.class, "now"))
                .or(callMethod(Clock.class, "systemUTC"))
                .or(callMethod(Clock.class, "systemDefaultZone"))
                .or(callMethod(ZoneId.class, "systemDefault"))
                .or(callMethod(TimeZone.class, "getDefault"))
                .or(callMethod(Locale.class, "getDefault"))
                .or(callMethod(Locale.class, "getDefault", Locale.Category.class))
                .or(callMethod(System.class, "currentTimeMillis"))
                .or(callMethod(Date.class, "<init>"));
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".app..")
                .should(readsTheSystem)
                .because(
                        "time and place are given by the composition root (a Clock, UserFormats), so tests can fix them")
                .check(classes);
    }

    @Test
    void datesAndNumbersForPeopleAreWrittenInOnePlace() {
        ArchCondition<JavaClass> formatsByItself = callMethod(
                        DateTimeFormatter.class, "ofLocalizedDate", FormatStyle.class)
                .or(callMethod(DateTimeFormatter.class, "ofLocalizedDateTime", FormatStyle.class))
                .or(callMethod(DateTimeFormatter.class, "ofLocalizedDateTime", FormatStyle.class, FormatStyle.class))
                .or(callMethod(DateTimeFormatter.class, "ofPattern", String.class))
                .or(callMethod(NumberFormat.class, "getInstance"))
                .or(callMethod(NumberFormat.class, "getNumberInstance"))
                .or(callMethod(NumberFormat.class, "getPercentInstance"))
                .or(callMethod(NumberFormat.class, "getIntegerInstance"));
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + ".format..", ROOT + ".app..")
                .should(formatsByItself)
                .because("dates and numbers for people go through UserFormats, which knows the user's locale")
                .check(classes);
    }

    @Test
    void nothingFormatsInTheMachinesDefaultLocale() {
        noClasses()
                .should(callMethod(String.class, "format", String.class, Object[].class)
                        .or(callMethod(String.class, "formatted", Object[].class)))
                .because("String.format without a Locale writes 3,5 in France and 3.5 in England: pass Locale.ROOT for "
                        + "machine text, or use UserFormats for people")
                .check(classes);
    }
}
