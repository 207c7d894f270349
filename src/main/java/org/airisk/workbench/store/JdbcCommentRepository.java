package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.airisk.workbench.audit.AuditEvent;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.comments.CommentRepository;
import org.airisk.workbench.comments.Resolution;

/**
 * Review comments in the H2 table of V9. Writing one does not mark the assessment updated: comments are not part of
 * its content (docs/decisions/0018).
 */
public final class JdbcCommentRepository implements CommentRepository {
    private static final String COLUMNS = "assessment_id, id, anchor_kind, anchor_target, version_number, reply_to, "
            + "author, author_role, written_at, body, resolved, resolution_by, resolution_at";
    private final Transactions transactions;

    private final JdbcAuditTrail audit;

    /** @param clock the time each comment's audit entry is recorded at */
    public JdbcCommentRepository(WorkbenchDatabase database, Clock clock) {
        this.transactions = new Transactions(database);
        this.audit = new JdbcAuditTrail(database, clock, JdbcAuditTrail.savedUser(database));
    }

    @Override
    public List<Comment> comments(UUID assessment) {
        return transactions.run("read the comments", c -> of(c, assessment));
    }

    @Override
    public Optional<Comment> find(UUID comment) {
        return transactions.run("read the comment", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM review_comment WHERE id = ? " + "ORDER BY written_at")) {
                s.setObject(1, comment);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.of(comment(rows)) : Optional.<Comment>empty();
                }
            }
        });
    }

    @Override
    public void save(List<Comment> comments) {
        transactions.run("save the comment", c -> {
            for (Comment comment : comments) {
                requireAssessment(c, comment.assessment());
            }
            List<AuditEvent> events = new ArrayList<>();
            for (Comment comment : comments) {
                Comment before = of(c, comment.assessment()).stream()
                        .filter(k -> k.id().equals(comment.id()))
                        .findFirst()
                        .orElse(null);
                events.add(new AuditEvent(
                        comment.assessment(),
                        AuditKind.COMMENT,
                        comment.anchor().toString(),
                        described(before),
                        described(comment)));
            }
            save(c, comments);
            for (AuditEvent event : events) {
                audit.append(c, event);
            }
            return null;
        });
    }

    /** How the audit trail shows a comment: who wrote what, and whether its thread is resolved. */
    private static String described(Comment comment) {
        if (comment == null) {
            return null;
        }
        Resolution r = comment.resolution();
        return comment.author() + ": " + comment.text()
                + (r == null ? "" : r.resolved() ? " [resolved by " + r.by() + "]" : " [re-opened by " + r.by() + "]");
    }

    /** Every comment of an assessment, inside a running transaction (the package store's). */
    static List<Comment> of(Connection c, UUID assessment) throws SQLException {
        List<Comment> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM review_comment " + "WHERE assessment_id = ? ORDER BY written_at, id")) {
            s.setObject(1, assessment);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    result.add(comment(rows));
                }
            }
        }
        return result;
    }

    /** Adds or replaces, inside a running transaction (the package store's). */
    static void save(Connection c, List<Comment> comments) throws SQLException {
        // The casts type the values that may be null: PostgreSQL takes an untyped null in VALUES for text.
        try (PreparedStatement s = c.prepareStatement(Upsert.sql(
                "review_comment",
                "assessment_id, id",
                COLUMNS,
                "?, ?, ?, ?, ?, CAST(? AS UUID), ?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE)"))) {
            for (Comment comment : comments) {
                s.setObject(1, comment.assessment());
                s.setObject(2, comment.id());
                s.setString(3, comment.anchor().kind().name());
                s.setString(4, comment.anchor().target());
                if (comment.version() == null) {
                    s.setNull(5, Types.INTEGER);
                } else {
                    s.setInt(5, comment.version());
                }
                s.setObject(6, comment.replyTo());
                s.setString(7, comment.author());
                s.setString(8, comment.authorRole());
                s.setObject(9, comment.writtenAt().atOffset(ZoneOffset.UTC));
                s.setString(10, comment.text());
                Resolution r = comment.resolution();
                if (r == null) {
                    s.setNull(11, Types.BOOLEAN);
                    s.setNull(12, Types.VARCHAR);
                    s.setNull(13, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    s.setBoolean(11, r.resolved());
                    s.setString(12, r.by());
                    s.setObject(13, r.at().atOffset(ZoneOffset.UTC));
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void requireAssessment(Connection c, UUID assessment) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT COUNT(*) FROM assessment WHERE id = ? " + "AND deleted_at IS NULL")) {
            s.setObject(1, assessment);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                if (rows.getInt(1) != 1) {
                    throw new JdbcAssessmentRepository.MissingAssessment(assessment);
                }
            }
        }
    }

    private static Comment comment(ResultSet rows) throws SQLException {
        CommentAnchor anchor = new CommentAnchor(
                CommentAnchor.Kind.valueOf(rows.getString("anchor_kind")), rows.getString("anchor_target"));
        int version = rows.getInt("version_number");
        Integer versionNumber = rows.wasNull() ? null : version;
        boolean resolved = rows.getBoolean("resolved");
        Resolution resolution = rows.wasNull()
                ? null
                : new Resolution(
                        resolved,
                        rows.getString("resolution_by"),
                        rows.getObject("resolution_at", OffsetDateTime.class).toInstant());
        return new Comment(
                rows.getObject("id", UUID.class),
                rows.getObject("assessment_id", UUID.class),
                anchor,
                versionNumber,
                rows.getObject("reply_to", UUID.class),
                rows.getString("author"),
                rows.getString("author_role"),
                rows.getObject("written_at", OffsetDateTime.class).toInstant(),
                rows.getString("body"),
                resolution);
    }
}
