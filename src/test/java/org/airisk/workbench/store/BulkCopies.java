package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.airisk.workbench.testing.TestClock;

/**
 * Benchmark helper: fills a library with copies of a few scored assessments by batched SQL, a transaction per few
 * thousand, instead of scoring each one (100,000 in well under a minute instead of about seven). Each copy gets its
 * own title, owner and last-change moment so that the portfolio's filters select realistic shares.
 */
public final class BulkCopies {
    private static final int PER_TRANSACTION = 2_000;
    private static final String COPY_ASSESSMENT = "INSERT INTO assessment (id, title, system_name, owner, "
            + "template_id, template_version, status, progress_percent, created_at, updated_at, scoring_method, "
            + "overall_level, overall_rank, above_appetite_risks, results_current) SELECT ?, ?, system_name, ?, "
            + "template_id, template_version, status, progress_percent, ?, ?, scoring_method, overall_level, "
            + "overall_rank, above_appetite_risks, results_current FROM assessment WHERE id = ?";
    private static final String COPY_ANSWERS = "INSERT INTO answer (assessment_id, question_id, kind, text_value, "
            + "number_value, date_value, note, updated_at) SELECT ?, question_id, kind, text_value, number_value, "
            + "date_value, note, updated_at FROM answer WHERE assessment_id = ?";
    private static final String COPY_PLAN = "INSERT INTO plan_item (id, assessment_id, position, mitigation_id, "
            + "title, risks, reduces_likelihood, reduces_impact, effort, decision, reason, owner, due_date, priority, "
            + "status, notes, updated_at) SELECT %s, ?, position, mitigation_id, title, risks, "
            + "reduces_likelihood, reduces_impact, effort, decision, reason, owner, due_date, priority, status, notes, "
            + "updated_at FROM plan_item WHERE assessment_id = ?";

    private BulkCopies() {}

    /**
     * Adds {@code count} copies of the given assessments, chosen at random, changed at random moments of the last
     * {@code days} days before {@link TestClock#NOW}.
     */
    public static void add(WorkbenchDatabase database, List<UUID> originals, int count, int days, Random random) {
        Transactions transactions = new Transactions(database);
        String newId = database.onServer() ? "gen_random_uuid()" : "RANDOM_UUID()";
        boolean counted = !database.onServer() && count > 0;
        if (counted) {
            transactions.run("stop the tallies", c -> execute(c, "DROP TRIGGER portfolio_tallies"));
        }
        try {
            for (int done = 0; done < count; done += PER_TRANSACTION) {
                int first = done;
                int upTo = Math.min(count, done + PER_TRANSACTION);
                transactions.run("add copies", c -> {
                    copy(c, newId, originals, first, upTo, days, random);
                    return null;
                });
            }
        } finally {
            // also after a failed batch: the copies made so far are counted and the trigger is back
            if (counted) {
                transactions.run("count the tallies", c -> {
                    countTallies(c);
                    return execute(c, TRIGGER);
                });
            }
        }
    }

    /** H2's V14 trigger, as its migration creates it. */
    private static final String TRIGGER = "CREATE TRIGGER portfolio_tallies AFTER INSERT, UPDATE, DELETE ON assessment "
            + "FOR EACH ROW CALL '" + PortfolioTallyTrigger.class.getName() + "'";

    /**
     * The tallies counted from scratch, as the trigger keeps them (live assessments, by the UTC day of their last
     * change), in one pass over the assessments: H2's V20 does it in SQL, splitting each list of risks with a join
     * to a range of numbers, which takes minutes at 100,000.
     */
    private static void countTallies(Connection c) throws SQLException {
        Map<List<Object>, Integer> assessments = new HashMap<>();
        Map<List<Object>, Integer> risks = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT updated_at, owner, status, review_stage, "
                        + "COALESCE(overall_level, ''), COALESCE(above_appetite_risks, '') FROM assessment "
                        + "WHERE deleted_at IS NULL");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                LocalDate day = rows.getObject(1, OffsetDateTime.class)
                        .atZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDate();
                String status = rows.getString(3);
                String stage = rows.getString(4);
                assessments.merge(List.of(day, rows.getString(2), status, stage, rows.getString(5)), 1, Integer::sum);
                for (String risk : rows.getString(6).split(",")) {
                    if (!risk.isEmpty()) {
                        risks.merge(List.of(day, status, stage, risk), 1, Integer::sum);
                    }
                }
            }
        }
        execute(c, "DELETE FROM portfolio_tally");
        execute(c, "DELETE FROM portfolio_risk_tally");
        insert(
                c,
                "INSERT INTO portfolio_tally (changed_on, owner, status, review_stage, overall_level, assessments) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                assessments);
        insert(
                c,
                "INSERT INTO portfolio_risk_tally (changed_on, status, review_stage, risk_id, assessments) "
                        + "VALUES (?, ?, ?, ?, ?)",
                risks);
    }

    private static void insert(Connection c, String sql, Map<List<Object>, Integer> counts) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Map.Entry<List<Object>, Integer> count : counts.entrySet()) {
                int i = 1;
                for (Object key : count.getKey()) {
                    s.setObject(i++, key);
                }
                s.setInt(i, count.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Void execute(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
        return null;
    }

    /**
     * The copy's id: a version-7 layout whose leading bits count the copies, so that each batch adds its rows at one
     * end of the id indexes instead of all over them. With random ids every batch rewrote most pages of those
     * indexes, and generating 100,000 took four minutes and left a 4.6 GB file for 150 MB of data.
     */
    static UUID ascending(int copy, Random random) {
        long high = ((long) copy + 1) << 16 | 0x7000L | random.nextInt(0x1000);
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    private static void copy(
            Connection c, String newId, List<UUID> originals, int first, int upTo, int days, Random random)
            throws SQLException {
        try (PreparedStatement assessment = c.prepareStatement(COPY_ASSESSMENT);
                PreparedStatement answers = c.prepareStatement(COPY_ANSWERS);
                PreparedStatement plan = c.prepareStatement(COPY_PLAN.formatted(newId))) {
            for (int i = first; i < upTo; i++) {
                UUID original = originals.get(random.nextInt(originals.size()));
                UUID id = ascending(i, random);
                var at = TestClock.NOW
                        .minus(Duration.ofMinutes(random.nextInt(days * 24 * 60)))
                        .atOffset(ZoneOffset.UTC);
                assessment.setObject(1, id);
                assessment.setString(2, "Copy " + (i + 1) + " of a " + (i % 10) + " system review");
                assessment.setString(3, "Owner " + (1 + random.nextInt(25)));
                assessment.setObject(4, at);
                assessment.setObject(5, at);
                assessment.setObject(6, original);
                assessment.addBatch();
                for (PreparedStatement s : List.of(answers, plan)) {
                    s.setObject(1, id);
                    s.setObject(2, original);
                    s.addBatch();
                }
            }
            assessment.executeBatch();
            answers.executeBatch();
            plan.executeBatch();
        }
    }
}
