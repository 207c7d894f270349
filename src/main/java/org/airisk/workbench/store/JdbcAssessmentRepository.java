package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.audit.AuditEvent;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.audit.AuditValues;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnaire.VersionMove;
import org.airisk.workbench.settings.UserIdentity;

/** Assessments in the H2 tables. Every public method runs in one transaction on the database's connection. */
public final class JdbcAssessmentRepository implements AssessmentRepository {
    private static final String SUMMARY_COLUMNS = "id, title, system_name, owner, template_id, template_version, "
            + "status, progress_percent, created_at, updated_at";

    private final Transactions transactions;
    private final Clock clock;
    private final JdbcAuditTrail audit;
    private final Supplier<UserIdentity> user;
    /** Every change to an assessment's row raises its version and names who made it (V13). */
    private static final String CHANGED = "row_version = row_version + 1, changed_by = ?";
    /** What this workbench last saw of each answer, so a save never overwrites someone else's unseen. */
    private final RowVersions versions = new RowVersions("answer", "question_id");
    /** What this workbench last saw of each title, so a rename never replaces a colleague's unseen (V16). */
    private final DetailVersions titles = new DetailVersions(DetailVersions.TITLE);

    private final JdbcVersionMoves moves;
    /** The assessment this repository deleted last in this session: the one its undo can still bring back. */
    private volatile UUID lastDeleted;

    /** Records changes under the name the library's preferences hold (Edit › Your details). */
    public JdbcAssessmentRepository(WorkbenchDatabase database, Clock clock) {
        this(database, clock, JdbcAuditTrail.savedUser(database));
    }

    /** @param user who is working, asked at each change for its audit entry */
    public JdbcAssessmentRepository(WorkbenchDatabase database, Clock clock, Supplier<UserIdentity> user) {
        this.transactions = new Transactions(database);
        this.clock = clock;
        this.audit = new JdbcAuditTrail(database, clock, user);
        this.user = user;
        this.moves = new JdbcVersionMoves(transactions, clock, audit, user, versions);
    }

    /** At start, off the FX thread: drops what an earlier session deleted (undo only reaches back within one). */
    public void dropDeleted() {
        transactions.run("tidy up deleted assessments", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM assessment WHERE deleted_at IS NOT NULL")) {
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Assessment create(NewAssessment request) {
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new UserFacingProblem(String.join(" ", problems));
        }
        UUID id = UUID.randomUUID();
        Instant now = now();
        transactions.run("create the assessment", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO assessment (" + SUMMARY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
                s.setObject(1, id);
                s.setString(2, request.title());
                s.setString(3, request.systemName());
                s.setString(4, request.owner());
                s.setString(5, request.templateId());
                s.setInt(6, request.templateVersion());
                s.setString(7, AssessmentStatus.NOT_STARTED.name());
                s.setObject(8, timestamp(now));
                s.setObject(9, timestamp(now));
                s.executeUpdate();
            }
            audit.append(c, new AuditEvent(id, AuditKind.CREATED, "", null, request.title()));
            return null;
        });
        return new Assessment(
                id,
                request.title(),
                request.systemName(),
                request.owner(),
                request.templateId(),
                request.templateVersion(),
                AssessmentStatus.NOT_STARTED,
                0,
                now,
                now);
    }

    @Override
    public List<AssessmentSummary> list() {
        return transactions.run("list the assessments", c -> {
            List<AssessmentSummary> result = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + SUMMARY_COLUMNS
                            + " FROM assessment WHERE deleted_at IS NULL ORDER BY updated_at DESC");
                    ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    Assessment a = assessment(rows);
                    result.add(new AssessmentSummary(
                            a.id(),
                            a.title(),
                            a.systemName(),
                            a.owner(),
                            a.templateId(),
                            a.templateVersion(),
                            a.status(),
                            a.progressPercent(),
                            a.updatedAt()));
                }
            }
            return result;
        });
    }

    @Override
    public Optional<Assessment> find(UUID id) {
        return transactions.run("read the assessment", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + SUMMARY_COLUMNS + " FROM assessment WHERE id = ? AND deleted_at IS NULL")) {
                s.setObject(1, id);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.of(assessment(rows)) : Optional.<Assessment>empty();
                }
            }
        });
    }

    @Override
    public void rename(UUID id, String newTitle) {
        String title = newTitle == null ? "" : newTitle.strip();
        if (title.isEmpty() || title.length() > NewAssessment.MAX_TITLE) {
            throw new UserFacingProblem("A title has 1 to " + NewAssessment.MAX_TITLE + " characters.");
        }
        Instant now = now();
        long version = transactions.run("rename the assessment", c -> {
            ReviewLock.refuseChanges(c, id);
            String before = title(c, id);
            long written = titles.change(
                    c,
                    id,
                    "the assessment's title",
                    () -> title(c, id),
                    user.get().recordedName(),
                    now);
            try (PreparedStatement s = c.prepareStatement("UPDATE assessment SET title = ?, updated_at = ?, " + CHANGED
                    + " WHERE id = ? AND deleted_at IS NULL")) {
                s.setString(1, title);
                s.setObject(2, timestamp(now));
                s.setString(3, user.get().recordedName());
                s.setObject(4, id);
                requireOne(s.executeUpdate(), id);
            }
            audit.append(c, new AuditEvent(id, AuditKind.RENAMED, "", before, title));
            return written;
        });
        titles.changed(id, version);
    }

    @Override
    public String titleToEdit(UUID id) {
        return transactions.run("read the title", c -> {
            String title = title(c, id);
            titles.read(c, id);
            return title;
        });
    }

    @Override
    public Assessment duplicate(UUID id, String newTitle) {
        UUID copy = UUID.randomUUID();
        Instant now = now();
        transactions.run("duplicate the assessment", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO assessment (" + SUMMARY_COLUMNS
                    + ", scoring_method, overall_level, overall_rank, above_appetite_risks) SELECT ?, ?, system_name, "
                    + "owner, template_id, template_version, status, progress_percent, ?, ?, scoring_method, "
                    + "overall_level, overall_rank, above_appetite_risks "
                    + "FROM assessment WHERE id = ? AND deleted_at IS NULL")) {
                s.setObject(1, copy);
                s.setString(2, newTitle.strip());
                s.setObject(3, timestamp(now));
                s.setObject(4, timestamp(now));
                s.setObject(5, id);
                requireOne(s.executeUpdate(), id);
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
            // The copy's trail starts here; the original's stays with the original.
            audit.append(c, new AuditEvent(copy, AuditKind.DUPLICATED, id.toString(), title(c, id), newTitle.strip()));
            return null;
        });
        return find(copy).orElseThrow();
    }

    @Override
    public void delete(UUID id) {
        transactions.run("delete the assessment", c -> {
            // Only the latest delete can be undone: the one before it, made here, goes for good now. Another
            // person's deleted assessment in a shared workspace stays undoable for them (until the next start).
            UUID earlier = lastDeleted;
            if (earlier != null) {
                try (PreparedStatement s =
                        c.prepareStatement("DELETE FROM assessment WHERE id = ? AND deleted_at IS NOT NULL")) {
                    s.setObject(1, earlier);
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE assessment SET deleted_at = ? WHERE id = ?")) {
                s.setObject(1, timestamp(now()));
                s.setObject(2, id);
                if (s.executeUpdate() == 1) {
                    audit.append(c, new AuditEvent(id, AuditKind.DELETED, "", null, null));
                }
            }
            return null;
        });
        lastDeleted = id;
    }

    @Override
    public void restore(UUID id) {
        transactions.run("restore the assessment", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE assessment SET deleted_at = NULL WHERE id = ?")) {
                s.setObject(1, id);
                requireOne(s.executeUpdate(), id);
            }
            audit.append(c, new AuditEvent(id, AuditKind.RESTORED, "", null, null));
            return null;
        });
    }

    @Override
    public Map<String, RecordedAnswer> answers(UUID id) {
        return answers(id, false);
    }

    @Override
    public Map<String, RecordedAnswer> answersToEdit(UUID id) {
        return answers(id, true);
    }

    private Map<String, RecordedAnswer> answers(UUID id, boolean toEdit) {
        return transactions.run("read the answers", c -> {
            Map<String, RecordedAnswer> result = new LinkedHashMap<>();
            Map<String, Long> read = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT question_id, kind, text_value, number_value, "
                    + "date_value, note, updated_at, row_version FROM answer WHERE assessment_id = ? "
                    + "AND assessment_id IN (SELECT id FROM assessment WHERE deleted_at IS NULL)")) {
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
                                        instant(rows, "updated_at")));
                    }
                }
            }
            if (toEdit) {
                versions.read(id, read);
            }
            return result;
        });
    }

    @Override
    public void saveAnswer(UUID id, String questionId, Answer answer, Progress progress) {
        saveAnswer(id, questionId, answer, progress, false);
    }

    @Override
    public void overwriteAnswer(UUID id, String questionId, Answer answer, Progress progress) {
        saveAnswer(id, questionId, answer, progress, true);
    }

    private void saveAnswer(UUID id, String questionId, Answer answer, Progress progress, boolean over) {
        Instant now = now();
        long saved = transactions.run("save the answer", c -> {
            ReviewLock.refuseChanges(c, id);
            // Asked inside the transaction: after a full disk, only this one reconnects to the database first.
            String by = user.get().recordedName();
            try (PreparedStatement s = c.prepareStatement("UPDATE assessment SET status = ?, progress_percent = ?, "
                    + "updated_at = ?, results_current = FALSE, " + CHANGED + " WHERE id = ? AND deleted_at IS NULL")) {
                s.setString(1, AssessmentStatus.of(progress).name());
                s.setInt(2, progress.percent());
                s.setObject(3, timestamp(now));
                s.setString(4, by);
                s.setObject(5, id);
                requireOne(s.executeUpdate(), id);
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
                s.setObject(5, timestamp(now));
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
                    s.setObject(5, timestamp(now));
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

    @Override
    public void saveProgress(UUID id, Progress progress) {
        transactions.run("save the progress", c -> {
            // Recomputed, not changed by the assessor: "last updated" stays as it was.
            try (PreparedStatement s = c.prepareStatement("UPDATE assessment SET status = ?, progress_percent = ? "
                    + "WHERE id = ? AND deleted_at IS NULL")) {
                s.setString(1, AssessmentStatus.of(progress).name());
                s.setInt(2, progress.percent());
                s.setObject(3, id);
                requireOne(s.executeUpdate(), id);
            }
            return null;
        });
    }

    @Override
    public void saveNote(UUID id, String questionId, String note) {
        saveNote(id, questionId, note, false);
    }

    @Override
    public void overwriteNote(UUID id, String questionId, String note) {
        saveNote(id, questionId, note, true);
    }

    private void saveNote(UUID id, String questionId, String note, boolean over) {
        Instant now = now();
        String text = note == null ? "" : note;
        long saved = transactions.run("save the note", c -> {
            ReviewLock.refuseChanges(c, id);
            // Asked inside the transaction: after a full disk, only this one reconnects to the database first.
            String by = user.get().recordedName();
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE assessment SET updated_at = ?, " + CHANGED + " WHERE id = ? AND deleted_at IS NULL")) {
                s.setObject(1, timestamp(now));
                s.setString(2, by);
                s.setObject(3, id);
                requireOne(s.executeUpdate(), id);
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
                s.setObject(4, timestamp(now));
                s.setLong(5, version);
                s.setString(6, by);
                s.executeUpdate();
            }
            audit.append(c, new AuditEvent(id, AuditKind.NOTE, questionId, before, text.isEmpty() ? null : text));
            return version;
        });
        versions.record(id, questionId, saved);
    }

    @Override
    public void moveToVersion(UUID id, VersionMove move) {
        moves.move(id, move);
    }

    @Override
    public int count() {
        return transactions.run("count the assessments", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM assessment WHERE deleted_at IS NULL");
                    ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
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

    /** The title as saved; the assessment must exist. */
    static String title(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT title FROM assessment WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    throw new MissingAssessment(id);
                }
                return rows.getString(1);
            }
        }
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

    private static void requireOne(int rows, UUID id) throws SQLException {
        if (rows != 1) {
            throw new MissingAssessment(id);
        }
    }

    private static Assessment assessment(ResultSet rows) throws SQLException {
        return new Assessment(
                rows.getObject("id", UUID.class),
                rows.getString("title"),
                rows.getString("system_name"),
                rows.getString("owner"),
                rows.getString("template_id"),
                rows.getInt("template_version"),
                AssessmentStatus.valueOf(rows.getString("status")),
                rows.getInt("progress_percent"),
                instant(rows, "created_at"),
                instant(rows, "updated_at"));
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private Instant now() {
        return clock.instant();
    }

    /** The assessment was deleted meanwhile (for example in another view). */
    static final class MissingAssessment extends SQLException {
        MissingAssessment(UUID id) {
            super("no assessment " + id);
        }
    }
}
