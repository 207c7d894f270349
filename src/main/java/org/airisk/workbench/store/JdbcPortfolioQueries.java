package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.portfolio.PortfolioFilter;
import org.airisk.workbench.portfolio.PortfolioQueries;
import org.airisk.workbench.portfolio.PortfolioSnapshot;

/** The portfolio dashboard's questions as a few grouped SQL queries over the assessment, result and plan tables. */
public final class JdbcPortfolioQueries implements PortfolioQueries {
    private final Transactions transactions;

    public JdbcPortfolioQueries(WorkbenchDatabase database) {
        this.transactions = new Transactions(database);
    }

    /** The WHERE clause for a filter on table alias {@code a}, and its parameters in order. */
    private record Where(String sql, List<Object> parameters) {
        static Where of(PortfolioFilter f) {
            StringBuilder sql = new StringBuilder("a.deleted_at IS NULL");
            List<Object> parameters = new ArrayList<>();
            if (!f.owner().isEmpty()) {
                sql.append(" AND a.owner = ?");
                parameters.add(f.owner());
            }
            if (f.status() != null) {
                sql.append(" AND a.status = ?");
                parameters.add(f.status().name());
            }
            if (f.reviewStage() != null) {
                sql.append(" AND a.review_stage = ?");
                parameters.add(f.reviewStage().name());
            }
            if (f.changedFrom() != null) {
                sql.append(" AND a.updated_at >= ?");
                parameters.add(f.changedFrom().atStartOfDay().atOffset(ZoneOffset.UTC));
            }
            if (f.changedTo() != null) {
                sql.append(" AND a.updated_at < ?");
                parameters.add(f.changedTo().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            }
            return new Where(sql.toString(), parameters);
        }

        /** True when the filter asks for nothing but live assessments: each of its conditions has a parameter. */
        boolean liveOnly() {
            return parameters.isEmpty();
        }

        int bind(PreparedStatement s, int from) throws SQLException {
            int i = from;
            for (Object p : parameters) {
                s.setObject(i++, p);
            }
            return i;
        }
    }

    /**
     * The same filter on the tallies (V14): by day of change instead of moment, and without the owner for the risk
     * tally, which does not keep owners.
     */
    private static Where tallies(PortfolioFilter f, boolean withOwner) {
        StringBuilder sql = new StringBuilder("1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (withOwner && !f.owner().isEmpty()) {
            sql.append(" AND owner = ?");
            parameters.add(f.owner());
        }
        if (f.status() != null) {
            sql.append(" AND status = ?");
            parameters.add(f.status().name());
        }
        if (f.reviewStage() != null) {
            sql.append(" AND review_stage = ?");
            parameters.add(f.reviewStage().name());
        }
        if (f.changedFrom() != null) {
            sql.append(" AND changed_on >= ?");
            parameters.add(f.changedFrom());
        }
        if (f.changedTo() != null) {
            sql.append(" AND changed_on <= ?");
            parameters.add(f.changedTo());
        }
        return new Where(sql.toString(), parameters);
    }

    @Override
    public PortfolioSnapshot snapshot(PortfolioFilter filter, LocalDate today) {
        Where where = Where.of(filter);
        Where tallied = tallies(filter, true);
        return transactions.run("read the portfolio", c -> {
            Map<AssessmentStatus, Integer> byStatus = new EnumMap<>(AssessmentStatus.class);
            Map<String, Integer> byLevel = new HashMap<>();
            int total = 0;
            // Summed from the tallies kept on save: a few rows per day and owner, not a row per assessment.
            try (PreparedStatement s = c.prepareStatement("SELECT status, overall_level, SUM(assessments) "
                    + "FROM portfolio_tally WHERE " + tallied.sql() + " GROUP BY status, overall_level")) {
                tallied.bind(s, 1);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        int n = rows.getInt(3);
                        byStatus.merge(AssessmentStatus.valueOf(rows.getString(1)), n, Integer::sum);
                        String level = rows.getString(2);
                        byLevel.merge(level.isEmpty() ? PortfolioSnapshot.NOT_SCORED : level, n, Integer::sum);
                        total += n;
                    }
                }
            }
            byStatus.values().removeIf(n -> n == 0);
            byLevel.values().removeIf(n -> n == 0);
            List<PortfolioSnapshot.RiskCount> risks = filter.owner().isEmpty()
                    ? frequentRisksTallied(c, tallies(filter, false))
                    : frequentRisks(c, where);
            return new PortfolioSnapshot(
                    total, byStatus, byLevel, risks, overdueCount(c, where, today), overdue(c, where, today));
        });
    }

    private static List<PortfolioSnapshot.RiskCount> frequentRisksTallied(Connection c, Where where)
            throws SQLException {
        List<PortfolioSnapshot.RiskCount> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT risk_id, SUM(assessments) AS n FROM portfolio_risk_tally "
                + "WHERE " + where.sql() + " GROUP BY risk_id HAVING SUM(assessments) > 0 ORDER BY n DESC, risk_id "
                + "FETCH FIRST " + FREQUENT_RISKS + " ROWS ONLY")) {
            where.bind(s, 1);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    result.add(new PortfolioSnapshot.RiskCount(rows.getString(1), rows.getInt(2)));
                }
            }
        }
        return result;
    }

    /**
     * Counts, over one owner's filtered assessments (found by the owner index), how often each risk is above
     * appetite: one narrow column each.
     */
    private static List<PortfolioSnapshot.RiskCount> frequentRisks(Connection c, Where where) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT a.above_appetite_risks FROM assessment a WHERE "
                + where.sql() + " AND a.above_appetite_risks <> ''")) {
            where.bind(s, 1);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    for (String risk : rows.getString(1).split(",")) {
                        counts.merge(risk, 1, Integer::sum);
                    }
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(FREQUENT_RISKS)
                .map(e -> new PortfolioSnapshot.RiskCount(e.getKey(), e.getValue()))
                .toList();
    }

    private static final String OVERDUE_ITEM =
            "p.decision = 'ACCEPTED' AND p.due_date < ? AND p.status NOT IN ('IMPLEMENTED', 'VERIFIED')";
    private static final String OVERDUE =
            " FROM plan_item p JOIN assessment a ON a.id = p.assessment_id WHERE " + OVERDUE_ITEM + " AND ";
    /** The overdue items of assessments marked deleted, found from the few marked ones (V22's index). */
    private static final String OVERDUE_OF_DELETED = "SELECT COUNT(*) FROM plan_item p WHERE " + OVERDUE_ITEM
            + " AND p.assessment_id IN (SELECT a.id FROM assessment a WHERE a."
            + JdbcAssessmentRepository.MARKED_DELETED + ")";

    /**
     * Without a filter: all overdue items, counted from the plan items' overdue index alone (V21), less those of the
     * assessments marked deleted. With one: the join, which reads each item's assessment from the narrow index of
     * its filter columns (V22) instead of its whole row.
     */
    private static int overdueCount(Connection c, Where where, LocalDate today) throws SQLException {
        if (!where.liveOnly()) {
            return count(c, "SELECT COUNT(*)" + OVERDUE + where.sql(), today, where);
        }
        // where has no parameters here: only today is bound
        return count(c, "SELECT COUNT(*) FROM plan_item p WHERE " + OVERDUE_ITEM, today, where)
                - count(c, OVERDUE_OF_DELETED, today, where);
    }

    private static int count(Connection c, String sql, LocalDate today, Where where) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, today);
            where.bind(s, 2);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /**
     * The first {@link #OVERDUE_SHOWN} overdue items by due day, then assessment and item title. The due day of the
     * last one shown is found first, walking the overdue index in its order (the decision, fixed here, leads it) and
     * stopping there; only the items due by that day are then joined and sorted, not every overdue item.
     */
    private static List<PortfolioSnapshot.OverdueItem> overdue(Connection c, Where where, LocalDate today)
            throws SQLException {
        LocalDate lastShown;
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(d) FROM (SELECT p.due_date AS d" + OVERDUE
                + where.sql() + " ORDER BY p.decision, p.due_date FETCH FIRST " + OVERDUE_SHOWN + " ROWS ONLY) t")) {
            s.setObject(1, today);
            where.bind(s, 2);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                lastShown = rows.getObject(1, LocalDate.class);
            }
        }
        List<PortfolioSnapshot.OverdueItem> result = new ArrayList<>();
        if (lastShown == null) {
            return result;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.title, p.title, p.owner, p.due_date" + OVERDUE
                + where.sql() + " AND p.due_date <= ? ORDER BY p.due_date, a.title, p.title LIMIT " + OVERDUE_SHOWN)) {
            s.setObject(1, today);
            s.setObject(where.bind(s, 2), lastShown);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    result.add(new PortfolioSnapshot.OverdueItem(
                            rows.getObject(1, UUID.class),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getObject(5, LocalDate.class)));
                }
            }
        }
        return result;
    }

    @Override
    public List<String> owners() {
        return transactions.run("list the owners", c -> {
            List<String> owners = new ArrayList<>();
            // from the tallies (V14), which count live assessments only: a few rows per day, not one per assessment
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT owner FROM portfolio_tally WHERE "
                            + "assessments > 0 AND owner <> '' ORDER BY owner");
                    ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    owners.add(rows.getString(1));
                }
            }
            return owners;
        });
    }
}
