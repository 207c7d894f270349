package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.airisk.workbench.evidence.Evidence;
import org.airisk.workbench.evidence.EvidenceAnchor;
import org.airisk.workbench.exchange.BoardRecords;
import org.airisk.workbench.exchangedata.PackageFormat;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.review.ReviewVersion;
import org.airisk.workbench.review.SignOff;

/**
 * An assessment's review, trail and evidence read for a package, and a package's merged into the library's
 * (docs/board-round-trip.md): what is new is added, what is the same is left, and what differs is kept as it is here
 * and said in a note. Called inside the import's transaction.
 */
final class JdbcBoardRecords {
    private final PackageFormat format = new PackageFormat();
    private final JdbcReviewRepository review;

    JdbcBoardRecords(JdbcReviewRepository review) {
        this.review = review;
    }

    List<ReviewVersion> versions(UUID id) {
        return review.versions(id);
    }

    BoardRecords read(Connection c, UUID id) throws SQLException {
        List<BoardRecords.Version> versions = review.versions(id).stream()
                .map(v -> new BoardRecords.Version(
                        v.number(),
                        v.stageAtSubmission().name(),
                        v.submittedAt(),
                        v.submittedBy(),
                        v.contentHash(),
                        v.snapshot()))
                .toList();
        List<BoardRecords.Decision> decisions =
                review.decisions(id).stream().map(JdbcBoardRecords::decision).toList();
        return new BoardRecords(
                ReviewLock.stage(c, id).name(),
                versions,
                decisions,
                JdbcAuditTrail.read(c, id).entries(),
                JdbcEvidence.withContent(c, id));
    }

    private static BoardRecords.Decision decision(SignOff s) {
        return new BoardRecords.Decision(
                s.versionNumber(),
                s.contentHash(),
                s.decision().name(),
                s.conditions(),
                s.comment(),
                s.reviewerName(),
                s.reviewerRole(),
                s.decidedAt(),
                s.signatureAlgorithm(),
                s.signerFingerprint(),
                s.signature());
    }

    /**
     * Adds the package's versions and decisions that are new here, and takes its stage when it is further on.
     *
     * @param contentKept true when local changes were kept: the stage then never becomes a read-only one, which
     *                    would freeze content that is not the version's
     */
    void mergeReview(Connection c, UUID id, BoardRecords in, boolean contentKept, List<String> notes)
            throws SQLException {
        Map<Integer, String> here = new HashMap<>();
        review.versions(id).forEach(v -> here.put(v.number(), v.contentHash()));
        ReviewStage stageHere = ReviewLock.stage(c, id);
        int progressHere = progress(
                stageHere, here.keySet().stream().mapToInt(i -> i).max().orElse(0));
        Set<Integer> agreed = new HashSet<>();
        for (BoardRecords.Version v : in.versions()) {
            String hash = here.get(v.number());
            if (hash == null) {
                insert(c, id, v);
                agreed.add(v.number());
            } else if (hash.equals(v.contentHash())) {
                agreed.add(v.number());
            } else {
                notes.add("Version " + v.number() + " here is not the package's version " + v.number() + " (their "
                        + "content hashes differ); this library's was kept, with its decision.");
            }
        }
        Map<Integer, SignOff> decided = new HashMap<>();
        review.decisions(id).forEach(s -> decided.put(s.versionNumber(), s));
        for (BoardRecords.Decision d : in.decisions()) {
            SignOff local = decided.get(d.version());
            if (!agreed.contains(d.version())) {
                continue;
            }
            if (local == null) {
                insert(c, id, d);
            } else if (!local.decision().name().equals(d.decision())
                    || !local.decidedAt().equals(d.decidedAt())) {
                notes.add("Version " + d.version() + " was decided here already ("
                        + local.decision().label() + " by " + local.reviewerName()
                        + "); the package's other decision was not taken.");
            } else if (!local.isSigned() && d.signature() != null) {
                review.saveSignature(local.signed(d.signatureAlgorithm(), d.signerFingerprint(), d.signature()));
            }
        }
        ReviewStage stage = ReviewStage.valueOf(in.stage());
        int progress = progress(
                stage,
                in.versions().stream()
                        .mapToInt(BoardRecords.Version::number)
                        .max()
                        .orElse(0));
        if (progress > progressHere && in.versions().stream().allMatch(v -> agreed.contains(v.number()))) {
            if (contentKept && stage.isReadOnly()) {
                notes.add("The package has it " + stage.label().toLowerCase(Locale.ROOT) + "; it stays "
                        + stageHere.label().toLowerCase(Locale.ROOT) + " here, since the changes made "
                        + "here were kept.");
            } else {
                try (PreparedStatement s = c.prepareStatement("UPDATE assessment SET review_stage = ? WHERE id = ?")) {
                    s.setString(1, stage.name());
                    s.setObject(2, id);
                    s.executeUpdate();
                }
            }
        }
    }

    /**
     * How far a review has come, to tell which of two copies is further on: its newest version, then within it
     * submitted, in review, decided, re-opened (a draft with versions was re-opened after a decision).
     */
    private static int progress(ReviewStage stage, int newestVersion) {
        int phase = switch (stage) {
            case DRAFT -> newestVersion == 0 ? 0 : 4;
            case SUBMITTED -> 1;
            case IN_REVIEW -> 2;
            default -> 3;
        };
        return newestVersion * 10 + phase;
    }

    /** Stored as submitting stores it: the text of a one-assessment package. */
    private void insert(Connection c, UUID id, BoardRecords.Version v) throws SQLException {
        ReviewVersion checked = new ReviewVersion(
                id,
                v.number(),
                ReviewStage.valueOf(v.stageAtSubmission()),
                v.submittedAt(),
                v.submittedBy(),
                v.contentHash(),
                v.snapshot());
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO review_version (assessment_id, number, "
                        + "stage_at_submission, submitted_at, submitted_by, content_hash, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setInt(2, checked.number());
            s.setString(3, checked.stageAtSubmission().name());
            s.setObject(4, checked.submittedAt().atOffset(ZoneOffset.UTC));
            s.setString(5, checked.submittedBy());
            s.setString(6, checked.contentHash());
            s.setString(7, format.write(List.of(v.snapshot()), checked.submittedAt(), checked.submittedBy()));
            s.executeUpdate();
        }
    }

    private static void insert(Connection c, UUID id, BoardRecords.Decision d) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO review_decision (assessment_id, version_number, "
                + "content_hash, decision, comment, reviewer_name, reviewer_role, decided_at, signature_algorithm, "
                + "signer_fingerprint, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setInt(2, d.version());
            s.setString(3, d.contentHash());
            s.setString(4, d.decision());
            s.setString(5, d.comment());
            s.setString(6, d.reviewerName());
            s.setString(7, d.reviewerRole());
            s.setObject(8, d.decidedAt().atOffset(ZoneOffset.UTC));
            s.setString(9, d.signatureAlgorithm());
            s.setString(10, d.signerFingerprint());
            s.setString(11, d.signature());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO review_condition (assessment_id, version_number, "
                + "position, text) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < d.conditions().size(); i++) {
                s.setObject(1, id);
                s.setInt(2, d.version());
                s.setInt(3, i);
                s.setString(4, d.conditions().get(i));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Adds the package's files not here yet (the same name and SHA-256 is the same file); returns how many. */
    static int mergeEvidence(Connection c, UUID id, List<BoardRecords.File> in, Map<String, String> planItemIds)
            throws SQLException {
        Set<String> here = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT sha256, file_name FROM evidence WHERE assessment_id = ? " + "AND removed_at IS NULL")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    here.add(rows.getString(1) + "/" + rows.getString(2));
                }
            }
        }
        int added = 0;
        for (BoardRecords.File f : in) {
            if (!here.add(f.evidence().sha256() + "/" + f.evidence().fileName())) {
                continue;
            }
            UUID fileId = JdbcEvidence.taken(c, f.evidence().id())
                    ? UUID.randomUUID()
                    : f.evidence().id();
            Evidence e = f.evidence();
            EvidenceAnchor anchor = e.anchor().kind() == EvidenceAnchor.Kind.PLAN_ITEM
                    ? EvidenceAnchor.planItem(planItemIds.getOrDefault(
                            e.anchor().ref(), e.anchor().ref()))
                    : e.anchor();
            JdbcEvidence.insert(
                    c,
                    new BoardRecords.File(
                            new Evidence(
                                    fileId, id, anchor, e.fileName(), e.size(), e.sha256(), e.addedAt(), e.addedBy()),
                            f.content()));
            added++;
        }
        return added;
    }
}
