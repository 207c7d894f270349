package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.audit.AuditEvent;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.audit.AuditValues;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.settings.UserIdentity;

/**
 * The answers and notes of an assessment: read with the version of each row, and saved only over what this
 * workbench last saw (ADR 0023) unless the assessor chose to overwrite. Each call is one transaction.
 */
final class JdbcAnswers {
    private final Transactions transactions;
    private final Clock clock;
    private final JdbcAuditTrail audit;
    private final Supplier<UserIdentity> user;
    private final RowVersions versions;

    JdbcAnswers(
            Transactions transactions,
            Clock clock,
            JdbcAuditTrail audit,
            Supplier<UserIdentity> user,
            RowVersions versions) {
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
        this.user = user;
        this.versions = versions;
    }

    /**
     * One live assessment's answers. Its row is looked up by id: "IN (SELECT id FROM assessment WHERE deleted_at IS
     * NULL)" made H2 list every live assessment for each read (a second at 100,000, and the start's catch-up scoring
     * read answers hundreds of times).
     */
    static final String READ = "SELECT n.question_id, n.kind, n.text_value, n.number_value, n.date_value, n.note, "
            + "n.updated_at, n.row_version FROM answer n JOIN assessment a ON a.id = n.assessment_id "
            + "WHERE n.assessment_id = ? AND a.deleted_at IS NULL";

    Map<String, RecordedAnswer> answers(UUID id, boolean toEdit) {
        return transactions.run("read the answers", c -> {
            Map<String, RecordedAnswer> result = new LinkedHashMap<>();
            Map<String, Long> read = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(READ)) {
                s.setObject(1, id);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        String questionId = rows.getString("question_id");
                        read.put(questionId, rows.getLong("row_version"));
                        result.put(
                                questionId,
                                new RecordedAnswer(
                                        questionId,
                                        StoredAnswer.read(rows),
                                        rows.getString("note"),
                                        JdbcAssessmentRepository.instant(rows, "updated_at")));
                    }
                }
            }
            if (toEdit) {
                versions.read(id, read);
            }
            return result;
        });
    }

    void saveAnswer(UUID id, String questionId, Answer answer, Progress progress, boolean over) {
        Instant now = now();
        long saved = transactions.run("save the answer", c -> {
            ReviewLock.refuseChanges(c, id);
            // Asked inside the transaction: after a full disk, only this one reconnects to the database first.
            String by = user.get().recordedName();
            try (PreparedStatement s = c.prepareStatement("UPDATE assessment SET status = ?, progress_percent = ?, "
                    + "updated_at = ?, results_current = FALSE, " + JdbcAssessmentRepository.CHANGED
                    + " WHERE id = ? AND deleted_at IS NULL")) {
                s.setString(1, AssessmentStatus.of(progress).name());
                s.setInt(2, progress.percent());
                s.setObject(3, JdbcAssessmentRepository.timestamp(now));
                s.setString(4, by);
                s.setObject(5, id);
                JdbcAssessmentRepository.requireOne(s.executeUpdate(), id);
            }
            RowVersions.Checked checked =
                    versions.check(c, id, questionId, "this answer", () -> savedAnswer(c, id, questionId), over);
            long version = checked.version();
            String before = AuditValues.of(savedAnswer(c, id, questionId));
            Overwrites.record(audit, c, id, questionId, checked);
            int updated;
            try (PreparedStatement s = c.prepareStatement("UPDATE answer SET kind = ?, text_value = ?, "
                    + "number_value = ?, date_value = ?, updated_at = ?, row_version = ?, changed_by = ? "
                    + "WHERE assessment_id = ? AND question_id = ?")) {
                StoredAnswer.bind(s, 1, answer);
                s.setObject(5, JdbcAssessmentRepository.timestamp(now));
                s.setLong(6, version);
                s.setString(7, by);
                s.setObject(8, id);
                s.setString(9, questionId);
                updated = s.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO answer (kind, text_value, number_value, "
                        + "date_value, updated_at, row_version, changed_by, assessment_id, question_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    StoredAnswer.bind(s, 1, answer);
                    s.setObject(5, JdbcAssessmentRepository.timestamp(now));
                    s.setLong(6, version);
                    s.setString(7, by);
                    s.setObject(8, id);
                    s.setString(9, questionId);
                    s.executeUpdate();
                }
            }
            audit.append(c, new AuditEvent(id, AuditKind.ANSWER, questionId, before, AuditValues.of(answer)));
            return version;
        });
        versions.record(id, questionId, saved);
    }

    void saveNote(UUID id, String questionId, String note, boolean over) {
        Instant now = now();
        String text = note == null ? "" : note;
        long saved = transactions.run("save the note", c -> {
            ReviewLock.refuseChanges(c, id);
            // Asked inside the transaction: after a full disk, only this one reconnects to the database first.
            String by = user.get().recordedName();
            try (PreparedStatement s = c.prepareStatement("UPDATE assessment SET updated_at = ?, "
                    + JdbcAssessmentRepository.CHANGED + " WHERE id = ? AND deleted_at IS NULL")) {
                s.setObject(1, JdbcAssessmentRepository.timestamp(now));
                s.setString(2, by);
                s.setObject(3, id);
                JdbcAssessmentRepository.requireOne(s.executeUpdate(), id);
            }
            RowVersions.Checked checked = versions.check(
                    c, id, questionId, "the note on this question", () -> savedNote(c, id, questionId), over);
            long version = checked.version();
            String before = savedNote(c, id, questionId);
            Overwrites.record(audit, c, id, questionId, checked);
            try (PreparedStatement s = c.prepareStatement(Upsert.sql(
                    "answer",
                    "assessment_id, question_id",
                    "assessment_id, question_id, note, updated_at, row_version, changed_by",
                    "CAST(? AS UUID), CAST(? AS VARCHAR), ?, ?, ?, ?"))) {
                s.setObject(1, id);
                s.setString(2, questionId);
                s.setString(3, text);
                s.setObject(4, JdbcAssessmentRepository.timestamp(now));
                s.setLong(5, version);
                s.setString(6, by);
                s.executeUpdate();
            }
            audit.append(c, new AuditEvent(id, AuditKind.NOTE, questionId, before, text.isEmpty() ? null : text));
            return version;
        });
        versions.record(id, questionId, saved);
    }

    static Answer savedAnswer(Connection c, UUID id, String questionId) throws SQLException {
        return saved(c, id, questionId, "kind, text_value, number_value, date_value", StoredAnswer::read);
    }

    /** The saved note, or null when there is none. */
    static String savedNote(Connection c, UUID id, String questionId) throws SQLException {
        String note = saved(c, id, questionId, "note", rows -> rows.getString(1));
        return note == null || note.isEmpty() ? null : note;
    }

    private interface Column<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** What the question's answer row holds in these columns, or null when it has no row. */
    private static <T> T saved(Connection c, UUID id, String questionId, String columns, Column<T> column)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + columns + " FROM answer WHERE assessment_id = ? " + "AND question_id = ?")) {
            s.setObject(1, id);
            s.setString(2, questionId);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? column.read(rows) : null;
            }
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
