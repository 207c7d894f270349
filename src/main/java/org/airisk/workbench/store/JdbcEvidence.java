package org.airisk.workbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.audit.AuditEvent;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.evidence.Evidence;
import org.airisk.workbench.evidence.EvidenceAnchor;
import org.airisk.workbench.evidence.EvidenceFiles;
import org.airisk.workbench.exchange.BoardRecords;
import org.airisk.workbench.importfiles.AtomicFile;
import org.airisk.workbench.settings.UserIdentity;

/** Evidence files kept in the library's database, with the SHA-256 they had when attached. */
public final class JdbcEvidence implements EvidenceFiles {
    private static final String COLUMNS =
            "id, assessment_id, anchor_kind, anchor_ref, file_name, size_bytes, sha256, " + "added_at, added_by";
    private final Transactions transactions;
    private final Clock clock;
    private final JdbcAuditTrail audit;

    /** Records changes in the audit trail under the name the library's preferences give. */
    public JdbcEvidence(WorkbenchDatabase database, Clock clock) {
        this(database, clock, JdbcAuditTrail.savedUser(database));
    }

    /** @param user who is working, asked at each change for its audit entry */
    public JdbcEvidence(WorkbenchDatabase database, Clock clock, Supplier<UserIdentity> user) {
        this.transactions = new Transactions(database);
        this.clock = clock;
        this.audit = new JdbcAuditTrail(database, clock, user);
    }

    /** How the audit trail names a file: enough to tell it from another of the same name. */
    private static String described(String name, long size, String sha256) {
        return name + " (" + size + " bytes, SHA-256 " + sha256 + ")";
    }

    /** Drops files removed before this start (their undo is over); call when the library opens, off the FX thread. */
    public void dropRemoved() {
        transactions.run("tidy up removed evidence", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM evidence WHERE removed_at IS NOT NULL")) {
                return s.executeUpdate();
            }
        });
    }

    @Override
    public Evidence attach(UUID assessment, EvidenceAnchor anchor, Path file, String addedBy) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        long size;
        String hash;
        try {
            size = Files.size(file);
            String problem = Evidence.problem(name, size);
            if (!problem.isEmpty()) {
                throw new StorageException(problem);
            }
            hash = sha256(file);
        } catch (IOException e) {
            throw new StorageException(
                    "Could not read \u201c" + name + "\u201d (" + e.getMessage() + "). Check that "
                            + "the file exists and that you may read it.",
                    e);
        }
        Evidence evidence =
                new Evidence(UUID.randomUUID(), assessment, anchor, name, size, hash, clock.instant(), addedBy);
        return transactions.run("attach \u201c" + name + "\u201d", c -> {
            // Evidence is part of what a reviewer sees: it changes only while the assessment is not under review.
            ReviewLock.refuseChanges(c, assessment);
            try (PreparedStatement s = c.prepareStatement(
                            "INSERT INTO evidence (" + COLUMNS + ", content) "
                                    + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM assessment WHERE id = ? AND deleted_at IS NULL");
                    DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
                s.setObject(1, evidence.id());
                s.setObject(2, assessment);
                s.setString(3, anchor.kind().code());
                s.setString(4, anchor.ref());
                s.setString(5, name);
                s.setLong(6, size);
                s.setString(7, hash);
                s.setTimestamp(8, Timestamp.from(evidence.addedAt()));
                s.setString(9, evidence.addedBy());
                s.setBinaryStream(10, in, size);
                s.setObject(11, assessment);
                if (s.executeUpdate() != 1) {
                    throw new JdbcAssessmentRepository.MissingAssessment(assessment);
                }
                if (!HexFormat.of().formatHex(in.getMessageDigest().digest()).equals(hash)) {
                    // rolled back by the transaction
                    throw new StorageException("\u201c" + name + "\u201d changed while it was being attached. Wait "
                            + "until whatever writes it has finished, then attach it again.");
                }
                audit.append(
                        c,
                        new AuditEvent(
                                assessment, AuditKind.EVIDENCE, anchor.encode(), null, described(name, size, hash)));
                return evidence;
            } catch (IOException e) {
                throw new StorageException(
                        "Could not read \u201c" + name + "\u201d (" + e.getMessage()
                                + "). Check that the file exists and that you may read it.",
                        e);
            }
        });
    }

    @Override
    public List<Evidence> list(UUID assessment) {
        return transactions.run("read the evidence", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM evidence WHERE assessment_id = ? " + "AND removed_at IS NULL ORDER BY seq")) {
                s.setObject(1, assessment);
                List<Evidence> found = new ArrayList<>();
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        found.add(evidence(rows));
                    }
                }
                return found;
            }
        });
    }

    /** The assessment's files with their bytes, for a package (ADR 0021). */
    static List<BoardRecords.File> withContent(Connection c, UUID assessment) throws SQLException {
        List<BoardRecords.File> files = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", content FROM evidence "
                + "WHERE assessment_id = ? AND removed_at IS NULL ORDER BY seq")) {
            s.setObject(1, assessment);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    files.add(new BoardRecords.File(evidence(rows), rows.getBytes(10)));
                }
            }
        }
        return files;
    }

    /** Keeps a file that came in a package (its size and SHA-256 already checked), under this assessment. */
    static void insert(Connection c, BoardRecords.File file) throws SQLException {
        Evidence e = file.evidence();
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO evidence (" + COLUMNS + ", content) " + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, e.id());
            s.setObject(2, e.assessmentId());
            s.setString(3, e.anchor().kind().code());
            s.setString(4, e.anchor().ref());
            s.setString(5, e.fileName());
            s.setLong(6, e.size());
            s.setString(7, e.sha256());
            s.setTimestamp(8, Timestamp.from(e.addedAt()));
            s.setString(9, e.addedBy());
            s.setBytes(10, file.content());
            s.executeUpdate();
        }
    }

    /** Whether this id names a file in the library already (of any assessment). */
    static boolean taken(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM evidence WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    private static Evidence evidence(ResultSet rows) throws SQLException {
        String kind = rows.getString(3);
        EvidenceAnchor anchor = EvidenceAnchor.decode(kind.equals("assessment") ? kind : kind + ":" + rows.getString(4))
                .orElse(EvidenceAnchor.WHOLE_ASSESSMENT);
        return new Evidence(
                rows.getObject(1, UUID.class),
                rows.getObject(2, UUID.class),
                anchor,
                rows.getString(5),
                rows.getLong(6),
                rows.getString(7),
                rows.getTimestamp(8).toInstant(),
                rows.getString(9));
    }

    @Override
    public void saveCopy(UUID evidence, Path target) {
        transactions.run("save a copy of the evidence", c -> {
            try (PreparedStatement s =
                    c.prepareStatement("SELECT file_name, sha256, content FROM evidence WHERE id = ?")) {
                s.setObject(1, evidence);
                try (ResultSet rows = s.executeQuery()) {
                    if (!rows.next()) {
                        throw new StorageException("That evidence file is no longer in the library.");
                    }
                    String name = rows.getString(1);
                    String expected = rows.getString(2);
                    AtomicFile.write(target, "\u201c" + name + "\u201d", temp -> {
                        try (InputStream in = new DigestInputStream(rows.getBinaryStream(3), digest());
                                OutputStream out = Files.newOutputStream(temp)) {
                            in.transferTo(out);
                            String actual = HexFormat.of()
                                    .formatHex(((DigestInputStream) in)
                                            .getMessageDigest()
                                            .digest());
                            if (!actual.equals(expected)) {
                                throw new StorageException(
                                        "The library's copy of \u201c" + name + "\u201d no longer "
                                                + "matches the SHA-256 it had when attached, so it was not saved. Restore the "
                                                + "library from a backup (File \u203a Restore from backup) or attach the file again.");
                            }
                        } catch (SQLException e) {
                            throw new IOException("the stored file could not be read", e);
                        }
                    });
                    return null;
                }
            }
        });
    }

    @Override
    public void remove(UUID evidence) {
        mark(evidence, Timestamp.from(clock.instant()), "remove the evidence");
    }

    @Override
    public void restore(UUID evidence) {
        mark(evidence, null, "put the evidence back");
    }

    private void mark(UUID evidence, Timestamp removedAt, String what) {
        transactions.run(what, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT assessment_id FROM evidence WHERE id = ?")) {
                s.setObject(1, evidence);
                try (ResultSet row = s.executeQuery()) {
                    if (row.next()) {
                        ReviewLock.refuseChanges(c, row.getObject(1, UUID.class));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE evidence SET removed_at = ? WHERE id = ?")) {
                s.setTimestamp(1, removedAt);
                s.setObject(2, evidence);
                if (s.executeUpdate() != 1) {
                    throw new StorageException("That evidence file is no longer in the library.");
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT assessment_id, anchor_kind, anchor_ref, file_name, "
                    + "size_bytes, sha256 FROM evidence WHERE id = ?")) {
                s.setObject(1, evidence);
                try (ResultSet row = s.executeQuery()) {
                    row.next();
                    String file = described(row.getString(4), row.getLong(5), row.getString(6));
                    String anchor = row.getString(2) + (row.getString(3).isEmpty() ? "" : ":" + row.getString(3));
                    audit.append(
                            c,
                            new AuditEvent(
                                    row.getObject(1, UUID.class),
                                    AuditKind.EVIDENCE,
                                    anchor,
                                    removedAt == null ? null : file,
                                    removedAt == null ? file : null));
                }
            }
            return null;
        });
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime lacks SHA-256", e);
        }
    }
}
