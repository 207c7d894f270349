package org.airisk.workbench.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.airisk.workbench.questionnaire.Answer;

/** How an {@link Answer} lies in the answer table's kind / text / number / date columns. */
final class StoredAnswer {
    /** Separates the options of a multiple-choice answer; option ids cannot contain it (the validator checks). */
    private static final String OPTION_SEPARATOR = "|";

    private StoredAnswer() {
    }

    /** Sets kind, text, number and date at {@code first} and the three positions after it. */
    static void bind(PreparedStatement statement, int first, Answer answer) throws SQLException {
        String kind = null;
        String text = null;
        BigDecimal number = null;
        Date date = null;
        if (answer instanceof Answer.Choice c) {
            kind = "CHOICE";
            text = c.option();
        } else if (answer instanceof Answer.Choices c) {
            kind = "CHOICES";
            text = String.join(OPTION_SEPARATOR, c.options());
        } else if (answer instanceof Answer.Text t) {
            kind = "TEXT";
            text = t.text();
        } else if (answer instanceof Answer.Number n) {
            kind = "NUMBER";
            number = n.value();
        } else if (answer instanceof Answer.Scale s) {
            kind = "SCALE";
            number = BigDecimal.valueOf(s.point());
        } else if (answer instanceof Answer.Date d) {
            kind = "DATE";
            date = Date.valueOf(d.value());
        }
        statement.setString(first, kind);
        statement.setString(first + 1, text);
        if (number == null) {
            statement.setNull(first + 2, java.sql.Types.NUMERIC);
        } else {
            statement.setBigDecimal(first + 2, number);
        }
        statement.setDate(first + 3, date);
    }

    /** Reads the answer from columns kind, text_value, number_value, date_value; null when only a note is kept. */
    static Answer read(ResultSet row) throws SQLException {
        String kind = row.getString("kind");
        if (kind == null) {
            return null;
        }
        String text = row.getString("text_value");
        return switch (kind) {
            case "CHOICE" -> new Answer.Choice(text);
            case "CHOICES" -> new Answer.Choices(text == null || text.isEmpty() ? List.of()
                    : Arrays.asList(text.split("\\" + OPTION_SEPARATOR)));
            case "TEXT" -> new Answer.Text(text);
            case "NUMBER" -> new Answer.Number(row.getBigDecimal("number_value"));
            case "SCALE" -> new Answer.Scale(row.getBigDecimal("number_value").intValueExact());
            case "DATE" -> new Answer.Date(row.getDate("date_value").toLocalDate());
            default -> throw new SQLException("unknown answer kind " + kind);
        };
    }
}
