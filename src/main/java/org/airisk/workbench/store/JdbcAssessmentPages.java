package org.airisk.workbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.airisk.workbench.assessment.AssessmentPages;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.AssessmentSummary;

/**
 * Library pages read by the database: ordered on the updated_at index and cut with OFFSET/FETCH, rows handed over
 * while the result set is read, so memory stays the size of one page whatever the size of the library.
 */
public final class JdbcAssessmentPages implements AssessmentPages {
    private static final String COLUMNS = "id, title, system_name, owner, template_id, template_version, status, "
            + "progress_percent, updated_at";
    private final Transactions transactions;

    public JdbcAssessmentPages(WorkbenchDatabase database) {
        this.transactions = new Transactions(database);
    }

    /** Each word must appear in the title, the system or the owner; LIKE's own wildcards in a word are literal. */
    private static String where(List<String> words) {
        StringBuilder sql = new StringBuilder("deleted_at IS NULL");
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND (LOWER(title) LIKE ? ESCAPE '!' OR LOWER(system_name) LIKE ? ESCAPE '!' "
                    + "OR LOWER(owner) LIKE ? ESCAPE '!')");
        }
        return sql.toString();
    }

    private static List<String> words(String search) {
        List<String> words = new ArrayList<>();
        if (search != null) {
            for (String word : search.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add("%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
                }
            }
        }
        return words;
    }

    private static int bind(PreparedStatement s, List<String> words) throws SQLException {
        int i = 1;
        for (String word : words) {
            for (int k = 0; k < 3; k++) {
                s.setString(i++, word);
            }
        }
        return i;
    }

    @Override
    public int count(String search) {
        List<String> words = words(search);
        return transactions.run("count the assessments", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM assessment WHERE " + where(words))) {
                bind(s, words);
                try (ResultSet rows = s.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    @Override
    public void each(String search, int offset, int limit, Consumer<AssessmentSummary> row) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("The offset and the limit are 0 or more.");
        }
        List<String> words = words(search);
        transactions.run("list the assessments", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM assessment WHERE "
                    + where(words) + " ORDER BY updated_at DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                int next = bind(s, words);
                s.setInt(next, offset);
                s.setInt(next + 1, limit);
                s.setFetchSize(500);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        row.accept(new AssessmentSummary(rows.getObject(1, UUID.class), rows.getString(2),
                                rows.getString(3), rows.getString(4), rows.getString(5), rows.getInt(6),
                                AssessmentStatus.valueOf(rows.getString(7)), rows.getInt(8),
                                rows.getObject(9, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return null;
        });
    }
}
