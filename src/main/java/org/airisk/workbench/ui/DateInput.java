package org.airisk.workbench.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.airisk.workbench.format.UserFormats;

/**
 * Dates in pickers as the user writes them: shown in their locale's form, typed in it or as ISO (2026-11-25).
 * A day and month that could be read either way are read the user's way, never the machine's default.
 */
public final class DateInput extends StringConverter<LocalDate> {
    private final UserFormats formats;

    public DateInput(UserFormats formats) {
        this.formats = formats;
    }

    /** Gives the picker this converter and a prompt showing both accepted forms. */
    public static DatePicker apply(DatePicker picker, UserFormats formats, LocalDate example) {
        picker.setConverter(new DateInput(formats));
        picker.setPromptText(formats.dateHint(example));
        return picker;
    }

    @Override
    public String toString(LocalDate date) {
        return formats.date(date);
    }

    /**
     * @throws DateTimeParseException naming the accepted forms when the text is not a date (the exception a
     *                                DatePicker expects, so typing a wrong date never escapes the picker)
     */
    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return formats.parseDate(text)
                .orElseThrow(
                        () -> new DateTimeParseException("\u201c" + text.strip() + "\u201d is not a date", text, 0));
    }
}
