package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.airisk.workbench.audit.AuditEntry;
import org.airisk.workbench.audit.AuditEvent;
import org.airisk.workbench.audit.AuditHead;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.audit.AuditTrail;
import org.airisk.workbench.audit.StoredTrail;
import org.airisk.workbench.settings.UserIdentity;

/**
 * The audit trail in the audit_entry table, with each assessment's head on its row. Entries are only ever inserted;
 * the repositories append theirs inside the transaction of the change ({@link #append}), so a change is never saved
 * without its entry, nor an entry without its change.
 */
public final class JdbcAuditTrail implements AuditTrail {
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<UserIdentity> user;

    /** @param user who is working now, asked at each change so that a new name in Edit › Your details counts at once */
    public JdbcAuditTrail(WorkbenchDatabase database, Clock clock, Supplier<UserIdentity> user) {
        this.transactions = new Transactions(database);
        this.clock = clock;
        this.user = user;
    }

    /** Who the library's own preferences say is working: what the command line and tests record. */
    static Supplier<UserIdentity> savedUser(WorkbenchDatabase database) {
        JdbcPreferences preferences = new JdbcPreferences(database);
        return () -> UserIdentity.read(preferences);
    }

    @Override
    public void record(AuditEvent event) {
        transactions.run("record the change in the audit trail", c -> {
            append(c, event);
            return null;
        });
    }

    /** Appends the event's entry inside the caller's transaction; an event that changes nothing is skipped. */
    void append(Connection c, AuditEvent event) throws SQLException {
        if (event.changesNothing() && !recordedWithoutValues(event.kind())) {
            return;
        }
        AuditHead head = head(c, event.assessment());
        AuditEntry entry =
                AuditEntry.next(head, event, clock.instant(), user.get().recordedName());
        insert(c, entry);
        setHead(c, entry.assessment(), head.next(entry));
    }

    private static void setHead(Connection c, UUID assessment, AuditHead head) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("UPDATE assessment SET audit_entries = ?, audit_head = ? " + "WHERE id = ?")) {
            s.setInt(1, head.entries());
            s.setString(2, head.hash());
            s.setObject(3, assessment);
            s.executeUpdate();
        }
    }

    /** Deleting and restoring carry no value: they are recorded as they happen. */
    private static boolean recordedWithoutValues(AuditKind kind) {
        return kind == AuditKind.DELETED || kind == AuditKind.RESTORED;
    }

    @Override
    public StoredTrail read(UUID assessment) {
        return transactions.run("read the audit trail", c -> read(c, assessment));
    }

    static StoredTrail read(Connection c, UUID assessment) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement("SELECT * FROM audit_entry WHERE assessment_id = ? " + "ORDER BY sequence")) {
            s.setObject(1, assessment);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    entries.add(entry(rows));
                }
            }
        }
        return new StoredTrail(entries, head(c, assessment));
    }

    /**
     * Writes entries exactly as they were recorded elsewhere (a package's trail, ADR 0021) under this assessment,
     * and makes the last one its head; the chain checks as before, since the assessment id is not part of the hash. Call inside the import's transaction, before its own entry.
     */
    static void adopt(Connection c, UUID assessment, List<AuditEntry> entries) throws SQLException {
        AuditHead head = AuditHead.EMPTY;
        for (AuditEntry e : entries) {
            AuditEntry own = new AuditEntry(
                    assessment,
                    e.sequence(),
                    e.time(),
                    e.user(),
                    e.kind(),
                    e.subject(),
                    e.before(),
                    e.after(),
                    e.previous(),
                    e.hash());
            insert(c, own);
            head = head.next(own);
        }
        setHead(c, assessment, head);
    }

    /**
     * Adds a package's trail to this library's (ADR 0021): the entries after the part both share are appended with
     * their own hashes when this library's trail is that shared part, so the chain still checks across both; when
     * both went on after it, the package's later entries are appended re-chained after this library's (their time,
     * user and values kept, their hashes new, since they now follow other entries). Returns a sentence saying the
     * second, else empty.
     */
    static String merge(Connection c, UUID assessment, List<AuditEntry> incoming) throws SQLException {
        List<AuditEntry> here = read(c, assessment).entries();
        int shared = 0;
        while (shared < here.size()
                && shared < incoming.size()
                && here.get(shared).hash().equals(incoming.get(shared).hash())) {
            shared++;
        }
        List<AuditEntry> later = incoming.subList(shared, incoming.size());
        if (later.isEmpty()) {
            return "";
        }
        AuditHead head = head(c, assessment);
        boolean follows = shared == here.size();
        for (AuditEntry e : later) {
            AuditEntry own = follows
                    ? new AuditEntry(
                            assessment,
                            e.sequence(),
                            e.time(),
                            e.user(),
                            e.kind(),
                            e.subject(),
                            e.before(),
                            e.after(),
                            e.previous(),
                            e.hash())
                    : AuditEntry.next(
                            head,
                            new AuditEvent(assessment, e.kind(), e.subject(), e.before(), e.after()),
                            e.time(),
                            e.user());
            insert(c, own);
            head = head.next(own);
        }
        setHead(c, assessment, head);
        return follows
                ? ""
                : "Its audit trail and this library's went apart after entry " + shared + ": the "
                        + later.size() + " later entr" + (later.size() == 1 ? "y" : "ies")
                        + " from the package were added "
                        + "after this library's, chained anew.";
    }

    private static AuditHead head(Connection c, UUID assessment) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT audit_entries, audit_head FROM assessment WHERE id = ?")) {
            s.setObject(1, assessment);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    throw new JdbcAssessmentRepository.MissingAssessment(assessment);
                }
                return new AuditHead(rows.getInt(1), rows.getString(2));
            }
        }
    }

    private static void insert(Connection c, AuditEntry e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_entry (assessment_id, sequence, recorded_at, "
                + "user_name, kind, subject, before_value, after_value, previous_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, e.assessment());
            s.setInt(2, e.sequence());
            s.setObject(3, e.time().atOffset(ZoneOffset.UTC));
            s.setString(4, e.user());
            s.setString(5, e.kind().name());
            s.setString(6, e.subject());
            s.setString(7, e.before());
            s.setString(8, e.after());
            s.setString(9, e.previous());
            s.setString(10, e.hash());
            s.executeUpdate();
        }
    }

    private static AuditEntry entry(ResultSet rows) throws SQLException {
        return new AuditEntry(
                rows.getObject("assessment_id", UUID.class),
                rows.getInt("sequence"),
                rows.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rows.getString("user_name"),
                AuditKind.valueOf(rows.getString("kind")),
                rows.getString("subject"),
                rows.getString("before_value"),
                rows.getString("after_value"),
                rows.getString("previous_hash"),
                rows.getString("hash"),
                rows.getString("database_user"));
    }
}
