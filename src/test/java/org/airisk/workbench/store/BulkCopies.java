package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
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
        for (int done = 0; done < count; done += PER_TRANSACTION) {
            int first = done;
            int upTo = Math.min(count, done + PER_TRANSACTION);
            transactions.run("add copies", c -> {
                copy(c, newId, originals, first, upTo, days, random);
                return null;
            });
        }
    }

    private static void copy(
            Connection c, String newId, List<UUID> originals, int first, int upTo, int days, Random random)
            throws SQLException {
        try (PreparedStatement assessment = c.prepareStatement(COPY_ASSESSMENT);
                PreparedStatement answers = c.prepareStatement(COPY_ANSWERS);
                PreparedStatement plan = c.prepareStatement(COPY_PLAN.formatted(newId))) {
            for (int i = first; i < upTo; i++) {
                UUID original = originals.get(random.nextInt(originals.size()));
                UUID id = UUID.randomUUID();
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
