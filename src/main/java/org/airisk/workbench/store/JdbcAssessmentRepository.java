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
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnaire.VersionMove;
import org.airisk.workbench.settings.UserIdentity;

/** Assessments in the H2 tables. Every public method runs in one transaction on the database's connection. */
public final class JdbcAssessmentRepository implements AssessmentRepository {
    static final String SUMMARY_COLUMNS = "id, title, system_name, owner, template_id, template_version, "
            + "status, progress_percent, created_at, updated_at";

    private final Transactions transactions;
    private final Clock clock;
    private final JdbcAuditTrail audit;
    private final Supplier<UserIdentity> user;
    /** Every change to an assessment's row raises its version and names who made it (V13). */
    static final String CHANGED = "row_version = row_version + 1, changed_by = ?";
    /** What this workbench last saw of each answer, so a save never overwrites someone else's unseen. */
    private final RowVersions versions = new RowVersions("answer", "question_id");
    /** What this workbench last saw of each title, so a rename never replaces a colleague's unseen (V16). */
    private final DetailVersions titles = new DetailVersions(DetailVersions.TITLE);

    private final JdbcVersionMoves moves;
    private final JdbcAnswers answers;
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
        this.answers = new JdbcAnswers(transactions, clock, audit, user, versions);
    }

    /**
     * The assessments marked deleted, as a range of V22's copy of {@code deleted_at}, which its index answers: H2
     * reads "IS NOT NULL" by scanning the table, and every moment of deletion is later than 1970.
     */
    static final String MARKED_DELETED = "deleted_since >= TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'";

    /** At start, off the FX thread: drops what an earlier session deleted (undo only reaches back within one). */
    public void dropDeleted() {
        transactions.run("tidy up deleted assessments", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM assessment WHERE " + MARKED_DELETED)) {
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
            AssessmentCopy.copy(c, id, copy, newTitle, now);
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
        return answers.answers(id, toEdit);
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
        answers.saveAnswer(id, questionId, answer, progress, over);
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
        answers.saveNote(id, questionId, note, over);
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
        return JdbcAnswers.savedAnswer(c, id, questionId);
    }

    /** The saved note, or null when there is none. */
    static String savedNote(Connection c, UUID id, String questionId) throws SQLException {
        return JdbcAnswers.savedNote(c, id, questionId);
    }

    static void requireOne(int rows, UUID id) throws SQLException {
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

    static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime timestamp(Instant instant) {
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
