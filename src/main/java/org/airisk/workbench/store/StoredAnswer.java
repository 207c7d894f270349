package org.airisk.workbench.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.airisk.workbench.questionnaire.Answer;

/** How an {@link Answer} lies in the answer table's kind / text / number / date columns. */
final class StoredAnswer {
    /**
     * Ends each option of a multiple-choice answer in the text column. Inside an option, '|' and the escape '\'
     * itself are written after a '\', so an option may hold any character (a package may bring options no template
     * validator has seen): ["a|b", ""] is {@code a\|b||}, no option is {@code ""}. Before schema version 5 the
     * options were joined with '|' and a '\' was plain text; V5 rewrote those values into this form.
     */
    private static final char OPTION_END = '|';

    private static final char ESCAPE = '\\';

    private StoredAnswer() {}

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
            text = encodeOptions(c.options());
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
            statement.setNull(first + 2, Types.NUMERIC);
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
            case "CHOICES" -> new Answer.Choices(decodeOptions(text));
            case "TEXT" -> new Answer.Text(text);
            case "NUMBER" -> new Answer.Number(row.getBigDecimal("number_value"));
            case "SCALE" -> new Answer.Scale(row.getBigDecimal("number_value").intValueExact());
            case "DATE" -> new Answer.Date(row.getDate("date_value").toLocalDate());
            default -> throw new SQLException("unknown answer kind " + kind);
        };
    }

    static String encodeOptions(List<String> options) {
        StringBuilder text = new StringBuilder();
        for (String option : options) {
            for (int i = 0; i < option.length(); i++) {
                char c = option.charAt(i);
                if (c == OPTION_END || c == ESCAPE) {
                    text.append(ESCAPE);
                }
                text.append(c);
            }
            text.append(OPTION_END);
        }
        return text.toString();
    }

    /** The inverse of {@link #encodeOptions}; text after the last option end (never written) is a last option. */
    static List<String> decodeOptions(String text) {
        List<String> options = new ArrayList<>();
        if (text == null) {
            return options;
        }
        StringBuilder option = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE && i + 1 < text.length()) {
                option.append(text.charAt(++i));
            } else if (c == OPTION_END) {
                options.add(option.toString());
                option.setLength(0);
            } else {
                option.append(c);
            }
        }
        if (option.length() > 0) {
            options.add(option.toString());
        }
        return options;
    }
}
