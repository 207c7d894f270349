package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A copy of an assessment's rows under a new id and title: its answers, risk overrides and plan. */
final class AssessmentCopy {
    private AssessmentCopy() {}

    /** Copies {@code id} to {@code copy}; the original must exist and not be deleted. */
    static void copy(Connection c, UUID id, UUID copy, String newTitle, Instant now) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO assessment (" + JdbcAssessmentRepository.SUMMARY_COLUMNS
                        + ", scoring_method, overall_level, overall_rank, above_appetite_risks) SELECT ?, ?, system_name, "
                        + "owner, template_id, template_version, status, progress_percent, ?, ?, scoring_method, "
                        + "overall_level, overall_rank, above_appetite_risks "
                        + "FROM assessment WHERE id = ? AND deleted_at IS NULL")) {
            s.setObject(1, copy);
            s.setString(2, newTitle.strip());
            s.setObject(3, JdbcAssessmentRepository.timestamp(now));
            s.setObject(4, JdbcAssessmentRepository.timestamp(now));
            s.setObject(5, id);
            JdbcAssessmentRepository.requireOne(s.executeUpdate(), id);
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO answer (assessment_id, question_id, kind, "
                + "text_value, number_value, date_value, note, updated_at) SELECT ?, question_id, kind, "
                + "text_value, number_value, date_value, note, updated_at FROM answer WHERE assessment_id = ?")) {
            s.setObject(1, copy);
            s.setObject(2, id);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO risk_override (assessment_id, risk_id, "
                + "likelihood, impact, justification, updated_at, not_applicable) SELECT ?, risk_id, likelihood, impact, "
                + "justification, updated_at, not_applicable FROM risk_override WHERE assessment_id = ?")) {
            s.setObject(1, copy);
            s.setObject(2, id);
            s.executeUpdate();
        }
        copyPlanItems(c, id, copy);
    }

    /**
     * Copies the plan of {@code from} to {@code to}, each item under a new id. The ids are made here, not by the
     * database: H2 and PostgreSQL name their random-UUID functions differently.
     */
    private static void copyPlanItems(Connection c, UUID from, UUID to) throws SQLException {
        List<UUID> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM plan_item WHERE assessment_id = ?")) {
            s.setObject(1, from);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    items.add(rows.getObject(1, UUID.class));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO plan_item (id, assessment_id, position, "
                + "mitigation_id, title, risks, reduces_likelihood, reduces_impact, effort, decision, reason, "
                + "owner, due_date, priority, status, notes, updated_at) SELECT ?, ?, position, "
                + "mitigation_id, title, risks, reduces_likelihood, reduces_impact, effort, decision, reason, "
                + "owner, due_date, priority, status, notes, updated_at FROM plan_item WHERE assessment_id = ? "
                + "AND id = ?")) {
            for (UUID item : items) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, to);
                s.setObject(3, from);
                s.setObject(4, item);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
