package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.airisk.workbench.assessment.AssessmentPages;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.review.LibraryPages;
import org.airisk.workbench.review.LibraryPages.Column;
import org.airisk.workbench.review.ReviewStage;

/**
 * Library pages read by the database: ordered on an index (latest change, or the column chosen) and cut with
 * OFFSET/FETCH, rows handed over while the result set is read, so memory stays the size of one page whatever the
 * size of the library.
 */
public final class JdbcAssessmentPages implements AssessmentPages, LibraryPages {
    private static final String COLUMNS = "id, title, system_name, owner, template_id, template_version, status, "
            + "progress_percent, updated_at, review_stage";
    /**
     * Up to this many matches a page is read by their ids; beyond it, by walking the column's index. At 100,000
     * assessments 2,000 matches are one row in 50, so a walk visits about 10,000 rows for a page of 200; and finding
     * the first 2,001 ids reads a fiftieth of the search index when most assessments match.
     */
    static final int FEW_MATCHES = 2000;

    private final Transactions transactions;
    private final int fewMatches;

    public JdbcAssessmentPages(WorkbenchDatabase database) {
        this(database, FEW_MATCHES);
    }

    /** With another bound between a few matches and many, so that a test can read the same page both ways. */
    JdbcAssessmentPages(WorkbenchDatabase database, int fewMatches) {
        this.transactions = new Transactions(database);
        this.fewMatches = fewMatches;
    }

    /** A WHERE clause and the values for its parameters, in order. */
    private record Filter(String sql, List<Object> values) {

        static Filter of(Query query) {
            StringBuilder sql = new StringBuilder("deleted_at IS NULL");
            List<Object> values = new ArrayList<>();
            for (Word word : query.words()) {
                // search_words (V23): title, system and owner lower-cased, a line apart, so no word spans two.
                // A plain substring test: no pattern to compile for every row, nothing in the word to escape.
                sql.append(" AND (POSITION(? IN search_words) > 0");
                values.add(word.text().toLowerCase(Locale.ROOT));
                in(
                        sql,
                        values,
                        "status",
                        word.statuses().stream().map(Enum::name).toList());
                in(
                        sql,
                        values,
                        "review_stage",
                        word.stages().stream().map(Enum::name).toList());
                for (Questionnaire q : word.questionnaires()) {
                    sql.append(" OR (template_id = ? AND template_version = ?)");
                    values.addAll(List.of(q.id(), q.version()));
                }
                sql.append(')');
            }
            if (query.stage() != null) {
                sql.append(" AND review_stage = ?");
                values.add(query.stage().name());
            }
            return new Filter(sql.toString(), values);
        }

        /**
         * The live assessments with these ids: read by the primary key, not in a column's order. Live again: on
         * PostgreSQL each statement sees what was committed before it, so one deleted since the ids were read is
         * left out rather than shown.
         */
        static Filter ids(List<UUID> ids) {
            return new Filter(
                    "deleted_at IS NULL AND id = ANY(?)", Collections.singletonList(ids.toArray(UUID[]::new)));
        }

        /** A query without words on the tallies, which count live assessments only: its review stage, if any. */
        static Filter onTallies(Query query) {
            return query.stage() == null
                    ? new Filter("1 = 1", List.of())
                    : new Filter("review_stage = ?", List.of(query.stage().name()));
        }

        private static void in(StringBuilder sql, List<Object> values, String column, Collection<String> names) {
            if (!names.isEmpty()) {
                sql.append(" OR ")
                        .append(column)
                        .append(" IN (")
                        .append(String.join(", ", Collections.nCopies(names.size(), "?")))
                        .append(')');
                values.addAll(names);
            }
        }

        int bind(PreparedStatement s) throws SQLException {
            int i = 1;
            for (Object value : values) {
                if (value instanceof UUID[] ids) {
                    s.setArray(i++, s.getConnection().createArrayOf("uuid", ids));
                } else {
                    s.setObject(i++, value);
                }
            }
            return i;
        }
    }

    /** The command line's search: each word in the title, the system or the owner. */
    private static Query plain(String search) {
        List<Word> words = new ArrayList<>();
        if (search != null) {
            for (String word : search.strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(new Word(word, Set.of(), Set.of(), Set.of()));
                }
            }
        }
        return new Query(words, null);
    }

    @Override
    public int count(String search) {
        return count(plain(search));
    }

    /**
     * Without words to search for, the count is a sum of the portfolio's tallies (V14: live assessments by review
     * stage among other things), a few rows per day instead of a row per assessment; with words, the rows matching.
     */
    @Override
    public int count(Query query) {
        boolean tallied = query.words().isEmpty();
        Filter filter = tallied ? Filter.onTallies(query) : Filter.of(query);
        return transactions.run("count the assessments", c -> count(c, filter, tallied));
    }

    private static int count(Connection c, Filter filter, boolean tallied) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(countSql(filter, tallied))) {
            filter.bind(s);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /**
     * With words: the first matches are read from the search index alone (V24: their ids and latest changes), in
     * one transaction with the page (on H2 one view of the library; on PostgreSQL each statement sees the latest
     * commits), and say how to read it. A few matches are all of them: counted as read, and
     * their page cut from them in the newest-first order, or read by their ids and sorted in another; a walk in a
     * column's order would visit most of the library to find them, and a count first would read the index twice.
     * Many matches fill a page soon when walked in the column's order (for the newest first, the index's own order,
     * so only the page's rows are read from the table), and are not counted here: the page says there are more than
     * the few, and {@link #count(Query)} gives the number (ADR 0050: counting them is a scan of the whole index, most
     * of a keystroke's time at 100,000). A page past the end of many matches is counted, to say where the end is.
     */
    @Override
    public Page read(Query query, Order order, int offset, int limit) {
        if (query.words().isEmpty()) {
            return LibraryPages.super.read(query, order, offset, limit);
        }
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("The offset and the limit are 0 or more.");
        }
        Filter filter = Filter.of(query);
        return transactions.run("search the library", c -> {
            List<Match> first = firstMatches(c, filter, fewMatches + 1);
            boolean few = first.size() <= fewMatches;
            List<Row> rows = new ArrayList<>();
            if ((!few || offset < first.size()) && limit > 0) {
                if (order.column() == Column.UPDATED) {
                    List<UUID> page =
                            few ? Match.page(first, order, offset, limit) : pageIds(c, filter, order, offset, limit);
                    each(Filter.ids(page), order, 0, limit, rows::add);
                } else {
                    each(few ? Filter.ids(Match.ids(first)) : filter, order, offset, limit, rows::add);
                }
            }
            if (few) {
                return new Page(rows, first.size());
            }
            if (rows.isEmpty() || rows.size() < limit) {
                return new Page(rows, count(c, filter, false)); // the end is in sight: say exactly where
            }
            return new Page(rows, Math.max(first.size(), offset + rows.size()), false);
        });
    }

    /** An assessment a search found: its id and latest change, both in the search index. */
    private record Match(UUID id, Instant updated) {
        /** In the order of {@link #orderBy(Order)} for the latest change: the time, then the id as the database compares it. */
        private static final Comparator<Match> OLDEST = Comparator.comparing(Match::updated)
                .thenComparing(
                        Match::id,
                        (a, b) -> a.getMostSignificantBits() != b.getMostSignificantBits()
                                ? Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits())
                                : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits()));

        static List<UUID> page(List<Match> matches, Order order, int offset, int limit) {
            return matches.stream()
                    .sorted(order.ascending() ? OLDEST : OLDEST.reversed())
                    .skip(offset)
                    .limit(limit)
                    .map(Match::id)
                    .toList();
        }

        static List<UUID> ids(List<Match> matches) {
            return matches.stream().map(Match::id).toList();
        }
    }

    /** Up to {@code most} of the assessments the filter finds, in no particular order. */
    private static List<Match> firstMatches(Connection c, Filter filter, int most) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(firstMatchesSql(filter))) {
            s.setInt(filter.bind(s), most);
            s.setFetchSize(most);
            List<Match> matches = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    matches.add(new Match(
                            rows.getObject(1, UUID.class),
                            rows.getObject(2, OffsetDateTime.class).toInstant()));
                }
            }
            return matches;
        }
    }

    /** The ids of a page of the assessments the filter finds, in the order given. */
    private static List<UUID> pageIds(Connection c, Filter filter, Order order, int offset, int limit)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(pageIdsSql(filter, order))) {
            int next = filter.bind(s);
            s.setInt(next, offset);
            s.setInt(next + 1, limit);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    /** The query for the first matches, its parameters the query's values, then how many at most. */
    static String firstMatchesSql(Query query) {
        return firstMatchesSql(Filter.of(query));
    }

    private static String firstMatchesSql(Filter filter) {
        return "SELECT id, updated_at FROM assessment WHERE " + filter.sql() + " FETCH FIRST ? ROWS ONLY";
    }

    /** The query for a page's ids, its parameters the query's values, then the offset and the limit. */
    static String pageIdsSql(Query query, Order order) {
        return pageIdsSql(Filter.of(query), order);
    }

    private static String pageIdsSql(Filter filter, Order order) {
        return "SELECT id FROM assessment WHERE " + filter.sql() + " ORDER BY " + orderBy(order)
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    }

    /** The count's query, its parameters the query's values. */
    static String countSql(Query query) {
        boolean tallied = query.words().isEmpty();
        return countSql(tallied ? Filter.onTallies(query) : Filter.of(query), tallied);
    }

    private static String countSql(Filter filter, boolean tallied) {
        return (tallied
                        ? "SELECT COALESCE(SUM(assessments), 0) FROM portfolio_tally"
                        : "SELECT COUNT(*) FROM assessment")
                + " WHERE " + filter.sql();
    }

    @Override
    public void each(String search, int offset, int limit, Consumer<AssessmentSummary> row) {
        each(plain(search), Order.NEWEST, offset, limit, r -> row.accept(r.summary()));
    }

    @Override
    public List<Row> rows(Query query, Order order, int offset, int limit) {
        List<Row> rows = new ArrayList<>();
        each(query, order, offset, limit, rows::add);
        return rows;
    }

    /** ORDER BY for a column: each has an index on (column, id), V14, so a page is read without sorting them all. */
    static String orderBy(Order order) {
        String column = switch (order.column()) {
            case TITLE -> "title";
            case SYSTEM -> "system_name";
            case STATUS -> "status";
            case REVIEW -> "review_stage";
            case PROGRESS -> "progress_percent";
            case UPDATED -> "updated_at";
        };
        String direction = order.ascending() ? "" : " DESC";
        // The id breaks ties in the column's direction, so that an index on (column, id) serves both ways.
        return column + direction + ", id" + direction;
    }

    /** The page's query, its parameters the query's values, then the offset and the limit. */
    static String pageSql(Query query, Order order) {
        return pageSql(Filter.of(query), order);
    }

    private static String pageSql(Filter filter, Order order) {
        return "SELECT " + COLUMNS + " FROM assessment WHERE " + filter.sql() + " ORDER BY " + orderBy(order)
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    }

    private void each(Query query, Order order, int offset, int limit, Consumer<Row> row) {
        each(Filter.of(query), order, offset, limit, row);
    }

    private void each(Filter filter, Order order, int offset, int limit, Consumer<Row> row) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("The offset and the limit are 0 or more.");
        }
        transactions.run("list the assessments", c -> {
            try (PreparedStatement s = c.prepareStatement(pageSql(filter, order))) {
                int next = filter.bind(s);
                s.setInt(next, offset);
                s.setInt(next + 1, limit);
                s.setFetchSize(500);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        row.accept(new Row(
                                new AssessmentSummary(
                                        rows.getObject(1, UUID.class),
                                        rows.getString(2),
                                        rows.getString(3),
                                        rows.getString(4),
                                        rows.getString(5),
                                        rows.getInt(6),
                                        AssessmentStatus.valueOf(rows.getString(7)),
                                        rows.getInt(8),
                                        rows.getObject(9, OffsetDateTime.class).toInstant()),
                                ReviewStage.valueOf(rows.getString(10))));
                    }
                }
            }
            return null;
        });
    }
}
