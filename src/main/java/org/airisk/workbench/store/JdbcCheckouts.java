package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.audit.AuditEvent;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.exchange.Checkout;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.settings.UserIdentity;

/**
 * The checkout table (V18, ADR 0041) of one library or team workspace, and the check-in's write of a merged
 * assessment: in one transaction, refused when anything of the assessment was saved since it was read for the merge.
 */
public final class JdbcCheckouts {
    private static final String TITLE = "detail:" + DetailVersions.TITLE;

    private final Transactions transactions;
    private final JdbcAuditTrail audit;
    private final Clock clock;
    private final Supplier<UserIdentity> user;

    public JdbcCheckouts(WorkbenchDatabase database, Clock clock, Supplier<UserIdentity> user) {
        this.transactions = new Transactions(database);
        this.audit = new JdbcAuditTrail(database, clock, user);
        this.clock = clock;
        this.user = user;
    }

    public Optional<Checkout> find(UUID id) {
        return transactions.run("read the check-out", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT assessment_id, workspace, checked_out_by, "
                    + "checked_out_at FROM checkout WHERE assessment_id = ?")) {
                s.setObject(1, id);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.of(checkout(rows)) : Optional.empty();
                }
            }
        });
    }

    /** Every assessment checked out, oldest first. */
    public List<Checkout> all() {
        return transactions.run("read the check-outs", c -> {
            List<Checkout> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT assessment_id, workspace, checked_out_by, "
                            + "checked_out_at FROM checkout ORDER BY checked_out_at, assessment_id");
                    ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    all.add(checkout(rows));
                }
            }
            return all;
        });
    }

    /** Records the check-out, replacing an earlier one of the same assessment. */
    public void mark(Checkout checkout) {
        transactions.run("record the check-out", c -> {
            delete(c, checkout.assessment());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO checkout (assessment_id, workspace, "
                    + "checked_out_by, checked_out_at) VALUES (?, ?, ?, ?)")) {
                s.setObject(1, checkout.assessment());
                s.setString(2, checkout.workspace());
                s.setString(3, checkout.by());
                s.setObject(4, checkout.at().atOffset(ZoneOffset.UTC));
                s.executeUpdate();
            }
            return null;
        });
    }

    public void release(UUID id) {
        transactions.run("release the check-out", c -> {
            delete(c, id);
            return null;
        });
    }

    /**
     * Removes for good a copy of the assessment that is in the library's bin (an offline copy released by a
     * check-in), so that a new check-out brings it in afresh instead of merging into it.
     */
    public void forgetDeleted(UUID id) {
        transactions.run("remove the deleted copy", c -> {
            try (PreparedStatement s =
                    c.prepareStatement("DELETE FROM assessment WHERE id = ? AND deleted_at IS NOT NULL")) {
                s.setObject(1, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The version of each answer, override and plan item of the assessment, of its title (ADR 0040) and scoring
     * method, and the questionnaire version it follows: read before the copy the merge takes as
     * the workspace's, so that {@link #checkIn} refuses a save made since either read.
     */
    public Map<String, Long> versions(UUID id) {
        return transactions.run("read the versions", c -> versions(c, id));
    }

    /**
     * Writes the merged content over the assessment, records it in the audit trail and releases the check-out, all
     * in one transaction; nothing when a colleague saved anything of it since {@code versionsRead}.
     *
     * @throws UserFacingProblem when something was saved since: check in again to merge it too
     */
    public void checkIn(PackagedAssessment merged, Map<String, Long> versionsRead, String how) {
        UUID id = merged.assessment().id();
        transactions.run("check the assessment in", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM assessment WHERE id = ? FOR UPDATE")) {
                s.setObject(1, id);
                try (ResultSet rows = s.executeQuery()) {
                    if (!rows.next()) {
                        throw new UserFacingProblem("The team workspace no longer holds \u201c"
                                + merged.assessment().title() + "\u201d; nothing was checked in.");
                    }
                }
            }
            if (!versions(c, id).equals(versionsRead)) {
                throw new UserFacingProblem("A colleague saved a change to \u201c"
                        + merged.assessment().title()
                        + "\u201d while it was being checked in; nothing was written. Check it in again to merge "
                        + "their change too.");
            }
            String titleBefore = JdbcAssessmentRepository.title(c, id);
            JdbcPackageStore.replaceContent(c, id, merged);
            if (!titleBefore.equals(merged.assessment().title())) {
                // A colleague's window that read the old title must not rename over this one unseen.
                new DetailVersions(DetailVersions.TITLE)
                        .write(c, id, versionsRead.getOrDefault(TITLE, 0L) + 1, by(), clock.instant());
            }
            // The merge's comments as merged (a thread's state as settled); others written meanwhile stay.
            // Evidence written offline is only added.
            JdbcCommentRepository.save(c, merged.comments());
            JdbcBoardRecords.mergeEvidence(c, id, merged.board().evidence(), Map.of());
            delete(c, id);
            audit.append(
                    c,
                    new AuditEvent(
                            id,
                            AuditKind.IMPORTED,
                            how,
                            null,
                            merged.assessment().title()));
            return null;
        });
    }

    private static Map<String, Long> versions(Connection c, UUID id) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        versions.putAll(prefixed("answer:", JdbcPackageStore.versions(c, id, "answer", "question_id")));
        versions.putAll(JdbcPackageStore.versions(c, id, "risk_override", "'risk:' || risk_id"));
        versions.putAll(JdbcPackageStore.versions(c, id, "plan_item", "'plan:' || CAST(id AS VARCHAR)"));
        versions.putAll(prefixed("detail:", JdbcPackageStore.versions(c, id, "detail_version", "detail")));
        try (PreparedStatement s = c.prepareStatement("SELECT template_version FROM assessment WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                if (rows.next()) {
                    versions.put("questionnaire", rows.getLong(1));
                }
            }
        }
        return versions;
    }

    private String by() {
        return user.get().recordedName();
    }

    private static Map<String, Long> prefixed(String prefix, Map<String, Long> versions) {
        Map<String, Long> all = new HashMap<>();
        versions.forEach((k, v) -> all.put(prefix + k, v));
        return all;
    }

    private static void delete(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM checkout WHERE assessment_id = ?")) {
            s.setObject(1, id);
            s.executeUpdate();
        }
    }

    private static Checkout checkout(ResultSet rows) throws SQLException {
        return new Checkout(
                rows.getObject(1, UUID.class),
                rows.getString(2),
                rows.getString(3),
                rows.getObject(4, OffsetDateTime.class).toInstant());
    }
}
