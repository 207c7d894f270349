package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.audit.AuditEvent;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.comments.CommentMerge;
import org.airisk.workbench.exchange.BoardRecords;
import org.airisk.workbench.exchange.ContentDifferences;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.exchangedata.ContentHash;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.settings.UserIdentity;

/** Whole assessments out of and into the H2 tables; a package is written in one transaction, all or nothing. */
public final class JdbcPackageStore implements PackageStore {
    private final Transactions transactions;
    private final JdbcAssessmentRepository assessments;
    private final JdbcRegisterRepository registers;
    private final JdbcAuditTrail audit;
    private final JdbcCommentRepository comments;
    private final JdbcBoardRecords records;

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
        this.records = new JdbcBoardRecords(new JdbcReviewRepository(database, clock, () -> null, this));
    }

    @Override
    public List<PackagedAssessment> read(List<UUID> ids) {
        List<PackagedAssessment> result = new ArrayList<>();
        for (UUID id : ids) {
            Assessment a = assessments
                    .find(id)
                    .orElseThrow(() -> new UserFacingProblem("No assessment " + id + " in this library."));
            result.add(new PackagedAssessment(
                    a,
                    registers.method(id).orElse(null),
                    assessments.answers(id),
                    registers.overrides(id),
                    registers.plan(id),
                    comments.comments(id)));
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

    @Override
    public List<PackagedAssessment> readWhole(List<UUID> ids) {
        return transactions.run("read the assessments", c -> {
            List<PackagedAssessment> whole = new ArrayList<>();
            for (PackagedAssessment p : read(ids)) {
                whole.add(p.withBoard(records.read(c, p.assessment().id())));
            }
            return whole;
        });
    }

    /**
     * @throws IllegalArgumentException before anything is written, when a plan holds one item id twice: one of the
     *                                  two would silently replace the other. (A package's reader names them first.)
     */
    @Override
    public Imported importAll(List<PackagedAssessment> packaged, Conflict conflict) {
        for (PackagedAssessment p : packaged) {
            Set<UUID> ids = new HashSet<>();
            for (PlanItem item : p.plan().items()) {
                if (!ids.add(item.id())) {
                    throw new UserFacingProblem(
                            "The plan of \u201c" + p.assessment().title() + "\u201d holds " + "the item id " + item.id()
                                    + " twice; nothing was imported.");
                }
            }
        }
        return transactions.run("import the assessments", c -> {
            List<UUID> written = new ArrayList<>();
            List<String> conflicts = new ArrayList<>();
            for (PackagedAssessment p : packaged) {
                UUID id = p.assessment().id();
                String how = "from a package";
                List<String> notes = new ArrayList<>();
                if (!exists(c, id)) {
                    dropLeftOverReview(c, id);
                    Map<String, String> itemIds = insert(c, id, p, false);
                    JdbcAuditTrail.adopt(c, id, p.board().trail());
                    records.mergeReview(c, id, p.board(), false, notes);
                    JdbcBoardRecords.mergeEvidence(c, id, p.board().evidence(), itemIds);
                } else if (conflict == Conflict.KEEP_BOTH) {
                    // A copy is a new assessment: its trail and files come along, its review starts afresh, since
                    // versions and sign-offs name the original (docs/board-round-trip.md).
                    how = "from a package, as a copy beside the one kept here";
                    id = UUID.randomUUID();
                    Map<String, String> itemIds = insert(c, id, p, true);
                    JdbcAuditTrail.adopt(c, id, p.board().trail());
                    JdbcBoardRecords.mergeEvidence(c, id, p.board().evidence(), itemIds);
                } else {
                    how = "from a package, merged into the one kept here";
                    merge(c, id, p, notes);
                }
                notes.forEach(n -> conflicts.add("\u201c" + p.assessment().title() + "\u201d: " + n));
                if (!notes.isEmpty()) {
                    how += " (" + notes.size() + " thing" + (notes.size() == 1 ? "" : "s") + " kept as it was here)";
                }
                audit.append(
                        c, new AuditEvent(id, AuditKind.IMPORTED, how, null, JdbcAssessmentRepository.title(c, id)));
                written.add(id);
            }
            return new Imported(written, conflicts);
        });
    }

    /** The round trip's merge (docs/board-round-trip.md, ADR 0021); notes what was kept as it is here. */
    private void merge(Connection c, UUID id, PackagedAssessment p, List<String> notes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE assessment SET deleted_at = NULL WHERE id = ?")) {
            // imported on purpose: an assessment in the bin comes back, as it did when Replace re-inserted it
            s.setObject(1, id);
            s.executeUpdate();
        }
        PackagedAssessment here = read(List.of(id)).get(0);
        ContentDifferences differences = ContentDifferences.between(here, p);
        boolean keep = !differences.none() && changedHere(c, here, p);
        if (keep) {
            notes.add("changed here since the version the package carries: kept this library's "
                    + differences.describe() + " (the package has other values).");
        } else if (!differences.none()) {
            replaceContent(c, id, p);
        }
        JdbcCommentRepository.save(c, CommentMerge.of(JdbcCommentRepository.of(c, id), p.comments()));
        records.mergeReview(c, id, p.board(), keep, notes);
        String trail = JdbcAuditTrail.merge(c, id, p.board().trail());
        if (!trail.isEmpty()) {
            notes.add(trail);
        }
        JdbcBoardRecords.mergeEvidence(c, id, p.board().evidence(), Map.of());
    }

    /**
     * Whether the content here changed since the version both copies share (the newest number with the same hash
     * on both sides). A package without versions replaces the content as it always did, unless a reviewer has the
     * assessment here; one whose versions share none with this library's cannot tell, so the content here is kept.
     */
    private boolean changedHere(Connection c, PackagedAssessment here, PackagedAssessment p) throws SQLException {
        if (p.board().versions().isEmpty()) {
            return ReviewLock.stage(c, here.assessment().id()).isReadOnly();
        }
        Map<Integer, String> hashes = new HashMap<>();
        records.versions(here.assessment().id()).forEach(v -> hashes.put(v.number(), v.contentHash()));
        String shared = p.board().versions().stream()
                .filter(v -> v.contentHash().equals(hashes.get(v.number())))
                .max(Comparator.comparingInt(BoardRecords.Version::number))
                .map(BoardRecords.Version::contentHash)
                .orElse(null);
        return shared == null
                || !shared.equals(ContentHash.of(here, here.method() != null ? here.method() : p.method()));
    }

    /**
     * The review tables name an assessment without a foreign key (V7), so an assessment deleted for good leaves its
     * versions and decisions behind; the same assessment imported again starts from the package's, not from those.
     */
    private static void dropLeftOverReview(Connection c, UUID id) throws SQLException {
        deleteRows(c, id, "review_condition", "review_decision", "review_version");
    }

    private static void deleteRows(Connection c, UUID id, String... tables) throws SQLException {
        for (String table : tables) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE assessment_id = ?")) {
                s.setObject(1, id);
                s.executeUpdate();
            }
        }
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

    /** @return the plan item ids the copy gives each of the package's (the same ones unless it is a copy) */
    private static Map<String, String> insert(Connection c, UUID id, PackagedAssessment p, boolean copy)
            throws SQLException {
        Assessment a = p.assessment();
        String title =
                copy ? (a.title().length() > 185 ? a.title().substring(0, 185) : a.title()) + " (imported)" : a.title();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO assessment (id, title, system_name, owner, "
                + "template_id, template_version, status, progress_percent, created_at, updated_at, scoring_method) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, title);
            details(s, 3, p);
            s.executeUpdate();
        }
        Map<String, String> newItemIds = insertContent(c, id, p, copy, Map.of());
        List<Comment> incoming = copy ? copies(p.comments(), id, newItemIds) : p.comments();
        JdbcCommentRepository.save(c, CommentMerge.of(List.of(), incoming));
        return newItemIds;
    }

    /** From system name to scoring method, as the INSERT and the UPDATE both list them. */
    private static void details(PreparedStatement s, int from, PackagedAssessment p) throws SQLException {
        Assessment a = p.assessment();
        s.setString(from, a.systemName());
        s.setString(from + 1, a.owner());
        s.setString(from + 2, a.templateId());
        s.setInt(from + 3, a.templateVersion());
        s.setString(from + 4, a.status().name());
        s.setInt(from + 5, a.progressPercent());
        s.setObject(from + 6, a.createdAt().atOffset(ZoneOffset.UTC));
        s.setObject(from + 7, a.updatedAt().atOffset(ZoneOffset.UTC));
        s.setString(from + 8, p.method() == null ? null : p.method().encode());
    }

    /** The package's content in place of the one here; its review, trail, comments and evidence stay. */
    static void replaceContent(Connection c, UUID id, PackagedAssessment p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE assessment SET title = ?, system_name = ?, owner = ?, "
                + "template_id = ?, template_version = ?, status = ?, progress_percent = ?, created_at = ?, "
                + "updated_at = ?, scoring_method = ?, results_current = FALSE, deleted_at = NULL WHERE id = ?")) {
            s.setString(1, p.assessment().title());
            details(s, 2, p);
            s.setObject(11, id);
            s.executeUpdate();
        }
        Map<String, Long> versions = versions(c, id, "answer", "question_id");
        versions.putAll(versions(c, id, "risk_override", "'risk:' || risk_id"));
        versions.putAll(versions(c, id, "plan_item", "'plan:' || CAST(id AS VARCHAR)"));
        deleteRows(c, id, "answer", "risk_override", "plan_item");
        insertContent(c, id, p, false, versions);
    }

    /**
     * Each row's version before an import replaces it, by {@code key}: the import writes one more (ADR 0023), so
     * an editor open on the assessment counts the import as someone else's save.
     */
    static Map<String, Long> versions(Connection c, UUID id, String table, String key) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (PreparedStatement s =
                c.prepareStatement("SELECT " + key + ", row_version FROM " + table + " WHERE assessment_id = ?")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return versions;
    }

    /**
     * @param versions each answer's version before, when replacing: written one higher, so that an editor open on
     *                 the assessment counts the import as someone else's save instead of overwriting it unseen
     */
    private static Map<String, String> insertContent(
            Connection c, UUID id, PackagedAssessment p, boolean copy, Map<String, Long> versions) throws SQLException {
        Assessment a = p.assessment();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO answer (kind, text_value, number_value, "
                + "date_value, note, updated_at, assessment_id, question_id, row_version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RecordedAnswer r : p.answers().values()) {
                StoredAnswer.bind(s, 1, r.answer());
                s.setString(5, r.note());
                s.setObject(6, r.updatedAt().atOffset(ZoneOffset.UTC));
                s.setObject(7, id);
                s.setString(8, r.questionId());
                s.setLong(9, versions.getOrDefault(r.questionId(), 0L) + 1);
                s.addBatch();
            }
            s.executeBatch();
        }
        for (RatingOverride o : p.overrides().values()) {
            OverrideRows.save(
                    c,
                    id,
                    o,
                    a.updatedAt().atOffset(ZoneOffset.UTC),
                    versions.getOrDefault("risk:" + o.riskId(), 0L) + 1,
                    "");
        }
        Map<String, String> newItemIds = new HashMap<>();
        for (PlanItem item : p.plan().items()) {
            // A kept-both copy gets its own item ids too, though plan rows are keyed per assessment anyway.
            PlanItem own = copy
                    ? new PlanItem(
                            UUID.randomUUID(),
                            item.mitigationId(),
                            item.title(),
                            item.risks(),
                            item.reducesLikelihood(),
                            item.reducesImpact(),
                            item.effort(),
                            item.decision(),
                            item.reason(),
                            item.owner(),
                            item.due(),
                            item.priority(),
                            item.status(),
                            item.notes())
                    : item;
            newItemIds.put(item.id().toString(), own.id().toString());
            PlanItemRows.save(
                    c,
                    id,
                    own,
                    a.updatedAt().atOffset(ZoneOffset.UTC),
                    versions.getOrDefault("plan:" + own.id(), 0L) + 1,
                    "");
        }
        return newItemIds;
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
                    ? new CommentAnchor(
                            CommentAnchor.Kind.PLAN_ITEM,
                            newItemIds.getOrDefault(
                                    c.anchor().target(), c.anchor().target()))
                    : c.anchor();
            copies.add(new Comment(
                    newIds.get(c.id()),
                    assessment,
                    anchor,
                    c.version(),
                    c.replyTo() == null ? null : newIds.getOrDefault(c.replyTo(), c.replyTo()),
                    c.author(),
                    c.authorRole(),
                    c.writtenAt(),
                    c.text(),
                    c.resolution()));
        }
        return copies;
    }
}
