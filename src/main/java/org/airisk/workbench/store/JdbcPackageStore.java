package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.airisk.workbench.audit.AuditEvent;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.comments.CommentMerge;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;

/** Whole assessments out of and into the H2 tables; a package is written in one transaction, all or nothing. */
public final class JdbcPackageStore implements PackageStore {
    private final Transactions transactions;
    private final JdbcAssessmentRepository assessments;
    private final JdbcRegisterRepository registers;
    private final JdbcAuditTrail audit;
    private final JdbcCommentRepository comments;

    /** Records imports under the name the library's preferences hold (Edit › Your details). */
    public JdbcPackageStore(WorkbenchDatabase database, Clock clock) {
        this(database, clock, JdbcAuditTrail.savedUser(database));
    }

    /** @param user who is working, asked at each import for its audit entry */
    public JdbcPackageStore(WorkbenchDatabase database, Clock clock, Supplier<UserIdentity> user) {
        this.transactions = new Transactions(database);
        this.assessments = new JdbcAssessmentRepository(database, clock, user);
        this.registers = new JdbcRegisterRepository(database, clock, user);
        this.audit = new JdbcAuditTrail(database, clock, user);
        this.comments = new JdbcCommentRepository(database, clock);
    }

    @Override
    public List<PackagedAssessment> read(List<UUID> ids) {
        List<PackagedAssessment> result = new ArrayList<>();
        for (UUID id : ids) {
            Assessment a = assessments.find(id).orElseThrow(() -> new IllegalArgumentException(
                    "No assessment " + id + " in this library."));
            result.add(new PackagedAssessment(a, registers.method(id).orElse(null), assessments.answers(id),
                    registers.overrides(id), registers.plan(id), comments.comments(id)));
        }
        return result;
    }

    @Override
    public List<UUID> existing(List<UUID> ids) {
        return transactions.run("look for existing assessments", c -> {
            List<UUID> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM assessment WHERE id = ?")) {
                for (UUID id : ids) {
                    s.setObject(1, id);
                    try (ResultSet rows = s.executeQuery()) {
                        rows.next();
                        if (rows.getInt(1) > 0) {
                            found.add(id);
                        }
                    }
                }
            }
            return found;
        });
    }

    /**
     * @throws IllegalArgumentException before anything is written, when a plan holds one item id twice: one of the
     *                                  two would silently replace the other. (A package's reader names them first.)
     */
    @Override
    public List<UUID> write(List<PackagedAssessment> packaged, Conflict conflict) {
        for (PackagedAssessment p : packaged) {
            Set<UUID> ids = new HashSet<>();
            for (PlanItem item : p.plan().items()) {
                if (!ids.add(item.id())) {
                    throw new IllegalArgumentException("The plan of \u201c" + p.assessment().title() + "\u201d holds "
                            + "the item id " + item.id() + " twice; nothing was imported.");
                }
            }
        }
        return transactions.run("import the assessments", c -> {
            List<UUID> written = new ArrayList<>();
            for (PackagedAssessment p : packaged) {
                UUID id = p.assessment().id();
                String how = "from a package";
                List<Comment> kept = List.of();
                if (exists(c, id)) {
                    how = conflict == Conflict.REPLACE ? "from a package, replacing the copy kept here (whose trail "
                            + "went with it)" : "from a package, as a copy beside the one kept here";
                    if (conflict == Conflict.REPLACE) {
                        // The library's comments stay: a package coming back from a review adds its own to them.
                        kept = JdbcCommentRepository.of(c, id);
                        try (PreparedStatement s = c.prepareStatement("DELETE FROM assessment WHERE id = ?")) {
                            s.setObject(1, id);
                            s.executeUpdate();
                        }
                    } else {
                        id = UUID.randomUUID();
                    }
                }
                insert(c, id, p, kept, conflict == Conflict.KEEP_BOTH && !id.equals(p.assessment().id()));
                // The trail here starts with the import; a package does not carry the trail yet (docs/audit.md).
                audit.append(c, new AuditEvent(id, AuditKind.IMPORTED, how, null,
                        JdbcAssessmentRepository.title(c, id)));
                written.add(id);
            }
            return written;
        });
    }

    private static boolean exists(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM assessment WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    private static void insert(Connection c, UUID id, PackagedAssessment p, List<Comment> kept, boolean copy)
            throws SQLException {
        Assessment a = p.assessment();
        String title = copy ? (a.title().length() > 185 ? a.title().substring(0, 185) : a.title()) + " (imported)"
                : a.title();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO assessment (id, title, system_name, owner, "
                + "template_id, template_version, status, progress_percent, created_at, updated_at, scoring_method) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, title);
            s.setString(3, a.systemName());
            s.setString(4, a.owner());
            s.setString(5, a.templateId());
            s.setInt(6, a.templateVersion());
            s.setString(7, a.status().name());
            s.setInt(8, a.progressPercent());
            s.setObject(9, a.createdAt().atOffset(ZoneOffset.UTC));
            s.setObject(10, a.updatedAt().atOffset(ZoneOffset.UTC));
            s.setString(11, p.method() == null ? null : p.method().encode());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO answer (kind, text_value, number_value, "
                + "date_value, note, updated_at, assessment_id, question_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RecordedAnswer r : p.answers().values()) {
                StoredAnswer.bind(s, 1, r.answer());
                s.setString(5, r.note());
                s.setObject(6, r.updatedAt().atOffset(ZoneOffset.UTC));
                s.setObject(7, id);
                s.setString(8, r.questionId());
                s.addBatch();
            }
            s.executeBatch();
        }
        for (RatingOverride o : p.overrides().values()) {
            JdbcRegisterRepository.saveOverride(c, id, o, a.updatedAt().atOffset(ZoneOffset.UTC));
        }
        Map<String, String> newItemIds = new HashMap<>();
        for (PlanItem item : p.plan().items()) {
            // A kept-both copy gets its own item ids too, though plan rows are keyed per assessment anyway.
            PlanItem own = copy ? new PlanItem(UUID.randomUUID(), item.mitigationId(), item.title(), item.risks(),
                    item.reducesLikelihood(), item.reducesImpact(), item.effort(), item.decision(), item.reason(),
                    item.owner(), item.due(), item.priority(), item.status(), item.notes()) : item;
            newItemIds.put(item.id().toString(), own.id().toString());
            JdbcRegisterRepository.savePlanItem(c, id, own, a.updatedAt().atOffset(ZoneOffset.UTC));
        }
        List<Comment> incoming = copy ? copies(p.comments(), id, newItemIds) : p.comments();
        JdbcCommentRepository.save(c, CommentMerge.of(kept, incoming));
    }

    /**
     * A kept-both copy's comments, with ids of their own (so a comment id names one comment in the library) and
     * anchored to the copy's plan item ids.
     */
    private static List<Comment> copies(List<Comment> comments, UUID assessment, Map<String, String> newItemIds) {
        Map<UUID, UUID> newIds = new HashMap<>();
        comments.forEach(c -> newIds.put(c.id(), UUID.randomUUID()));
        List<Comment> copies = new ArrayList<>();
        for (Comment c : comments) {
            CommentAnchor anchor = c.anchor().kind() == CommentAnchor.Kind.PLAN_ITEM
                    ? new CommentAnchor(CommentAnchor.Kind.PLAN_ITEM, newItemIds.getOrDefault(c.anchor().target(),
                    c.anchor().target())) : c.anchor();
            copies.add(new Comment(newIds.get(c.id()), assessment, anchor, c.version(),
                    c.replyTo() == null ? null : newIds.getOrDefault(c.replyTo(), c.replyTo()), c.author(),
                    c.authorRole(), c.writtenAt(), c.text(), c.resolution()));
        }
        return copies;
    }
}
