package org.airisk.workbench.ui.templates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;

/**
 * What is wrong with a value typed or picked in one row of the condition picker, in the assessor's words, for the
 * line next to the field: a comparison needs a number, a choice question one of its own answers. A row with a
 * problem does not change the questionnaire until it is put right.
 */
final class ClauseCheck {
    private ClauseCheck() {}

    /** The problem with comparing {@code target}'s answer by {@code operator} with {@code value}; empty when fine. */
    static Optional<String> problem(Question target, ConditionChoice.Operator operator, String value) {
        String v = value == null ? "" : value.strip();
        if (target == null) {
            return Optional.of("Choose the question this condition reads.");
        }
        if (v.isEmpty()) {
            return Optional.of(
                    target.type().hasOptions() ? "Choose one of its answers." : "Write the value to compare with.");
        }
        if (operator.isComparison() && !target.type().isNumeric()) {
            return Optional.of("Only a number or scale answer can be compared; this one is "
                    + target.type().label().toLowerCase(Locale.ROOT) + ".");
        }
        if (target.type().isNumeric() && !isNumber(v)) {
            return Optional.of("\u201c" + v + "\u201d is not a number: write it like 10000 or 2.5.");
        }
        if (target.type().hasOptions() && target.option(v).isEmpty()) {
            return Optional.of("\u201c" + v + "\u201d is not one of this question's answers.");
        }
        if (target.type() == QuestionType.DATE && !isDate(v)) {
            return Optional.of("\u201c" + v + "\u201d is not a date: write it as year-month-day, like 2026-03-31.");
        }
        return Optional.empty();
    }

    static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
