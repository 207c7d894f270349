package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.audit.AuditEvent;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.exchangedata.ContentHash;
import org.airisk.workbench.exchangedata.PackageFormat;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.review.ReviewAction;
import org.airisk.workbench.review.ReviewRefused;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.review.ReviewVersion;
import org.airisk.workbench.review.SignOff;
import org.airisk.workbench.scoring.ScoringMethod;

/**
 * Review stages, versions and decisions in the H2 tables (V7; the signer's public key V11). A version's snapshot is stored as the text of a
 * one-assessment package and never rewritten, so it reads back byte for byte as it was frozen.
 */
public final class JdbcReviewRepository implements ReviewRepository {
    private final WorkbenchDatabase database;
    private final Transactions transactions;
    private final JdbcPackageStore packages;
    private final Clock clock;
    private final Supplier<ScoringMethod> appMethod;
    private final JdbcAuditTrail audit;
    private final PackageFormat format = new PackageFormat();

    /** @param appMethod the method set in the app, for an assessment that was never scored (docs/hash.md) */
    public JdbcReviewRepository(WorkbenchDatabase database, Clock clock, Supplier<ScoringMethod> appMethod) {
        this(database, clock, appMethod, new JdbcPackageStore(database, clock));
    }

    /** Reading assessments through this package store (one that reads reviews through this repository). */
    JdbcReviewRepository(
            WorkbenchDatabase database, Clock clock, Supplier<ScoringMethod> appMethod, JdbcPackageStore packages) {
        this.database = database;
        this.transactions = new Transactions(database);
        this.packages = packages;
        this.clock = clock;
        this.appMethod = appMethod;
        this.audit = new JdbcAuditTrail(database, clock, JdbcAuditTrail.savedUser(database));
    }

    @Override
    public boolean accountMayChangeAnswers() {
        return new AnswerRights(database).mayChangeAnswers();
    }

    @Override
    public ReviewStage stage(UUID assessment) {
        return transactions.run("read the review stage", c -> ReviewLock.stage(c, assessment));
    }

    @Override
    public Map<UUID, ReviewStage> stages() {
        return transactions.run("read the review stages", c -> {
            Map<UUID, ReviewStage> result = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                            "SELECT id, review_stage FROM assessment " + "WHERE deleted_at IS NULL");
                    ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getObject(1, UUID.class), ReviewStage.valueOf(rows.getString(2)));
                }
            }
            return result;
        });
    }

    @Override
    public ReviewVersion submit(UUID assessment, String submittedBy) {
        // One lock around reading and writing: nothing can change the assessment between its freezing and the
        // stage that makes it read-only (every transaction takes this lock).
        synchronized (database) {
            ReviewStage stage = stage(assessment);
            stage.after(ReviewAction.SUBMIT, null);
            PackagedAssessment now = packages.read(List.of(assessment)).get(0);
            ScoringMethod method = now.method() != null ? now.method() : appMethod.get();
            PackagedAssessment frozen =
                    new PackagedAssessment(now.assessment(), method, now.answers(), now.overrides(), now.plan());
            Instant at = now();
            String by = submittedBy == null ? "" : submittedBy.strip();
            String text = format.write(List.of(frozen), at, by);
            String hash = ContentHash.of(frozen, method);
            return transactions.run("submit the assessment for review", c -> {
                int number = nextNumber(c, assessment);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO review_version (assessment_id, number, "
                        + "stage_at_submission, submitted_at, submitted_by, content_hash, snapshot) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    s.setObject(1, assessment);
                    s.setInt(2, number);
                    s.setString(3, stage.name());
                    s.setObject(4, timestamp(at));
                    s.setString(5, by);
                    s.setString(6, hash);
                    s.setString(7, text);
                    s.executeUpdate();
                }
                if (now.method() == null) {
                    // The assessment keeps the method it was submitted with, so its hash stays the version's.
                    try (PreparedStatement s =
                            c.prepareStatement("UPDATE assessment SET scoring_method = ? " + "WHERE id = ?")) {
                        s.setString(1, method.encode());
                        s.setObject(2, assessment);
                        s.executeUpdate();
                    }
                }
                setStage(c, assessment, ReviewStage.SUBMITTED);
                return new ReviewVersion(assessment, number, stage, at, by, hash, frozen);
            });
        }
    }

    @Override
    public void startReview(UUID assessment) {
        transactions.run("start the review", c -> {
            setStage(c, assessment, ReviewLock.stage(c, assessment).after(ReviewAction.START_REVIEW, null));
            return null;
        });
    }

    @Override
    public SignOff draftDecision(
            UUID assessment,
            Decision decision,
            List<String> conditions,
            String comment,
            String reviewerName,
            String reviewerRole) {
        return transactions.run("prepare the decision", c -> {
            ReviewLock.stage(c, assessment).after(ReviewAction.DECIDE, decision);
            SignOff signOff = latestVersion(c, assessment, decision, conditions, comment, reviewerName, reviewerRole);
            if (!signOff.problem().isEmpty()) {
                throw new UserFacingProblem(signOff.problem());
            }
            return signOff;
        });
    }

    @Override
    public SignOff record(SignOff signOff) {
        if (!signOff.problem().isEmpty()) {
            throw new UserFacingProblem(signOff.problem());
        }
        UUID assessment = signOff.assessmentId();
        return transactions.run("record the decision", c -> {
            ReviewStage next = ReviewLock.stage(c, assessment).after(ReviewAction.DECIDE, signOff.decision());
            SignOff latest = latestVersion(c, assessment, signOff.decision(), List.of(), "", "", "");
            if (latest.versionNumber() != signOff.versionNumber()
                    || !latest.contentHash().equals(signOff.contentHash())) {
                throw new ReviewRefused("A newer version was submitted while this decision was being made; "
                        + "decide again on version " + latest.versionNumber() + ".");
            }
            DecisionRows.insert(c, signOff);
            audit.append(
                    c,
                    new AuditEvent(
                            assessment,
                            AuditKind.DECISION,
                            "version " + signOff.versionNumber(),
                            null,
                            signOff.decision().label() + " by " + signOff.reviewerName()
                                    + (signOff.reviewerRole().isBlank() ? "" : ", " + signOff.reviewerRole())
                                    + (signOff.conditions().isEmpty()
                                            ? ""
                                            : "; conditions: " + String.join("; ", signOff.conditions()))
                                    + (signOff.signature() == null
                                                    || signOff.signature().isBlank()
                                            ? ""
                                            : "; signed with key " + signOff.signerFingerprint())));
            setStage(c, assessment, next);
            return signOff;
        });
    }

    @Override
    public void saveSignature(SignOff signed) {
        if (!signed.isSigned()) {
            throw new UserFacingProblem("This sign-off carries no signature to keep.");
        }
        transactions.run("keep the signature", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE review_decision SET signature_algorithm = ?, "
                    + "signer_fingerprint = ?, signature = ?, signer_public_key = ? WHERE assessment_id = ? "
                    + "AND version_number = ? AND content_hash = ? AND signature IS NULL")) {
                s.setString(1, signed.signatureAlgorithm());
                s.setString(2, signed.signerFingerprint());
                s.setString(3, signed.signature());
                s.setString(4, signed.signerPublicKey());
                s.setObject(5, signed.assessmentId());
                s.setInt(6, signed.versionNumber());
                s.setString(7, signed.contentHash());
                if (s.executeUpdate() != 1) {
                    throw new ReviewRefused("This sign-off is already signed, or was never recorded; a signature "
                            + "is kept once, on the decision it was made over.");
                }
            }
            return null;
        });
    }

    @Override
    public void reopen(UUID assessment) {
        transactions.run("re-open the assessment", c -> {
            setStage(c, assessment, ReviewLock.stage(c, assessment).after(ReviewAction.REOPEN, null));
            return null;
        });
    }

    @Override
    public List<ReviewVersion> versions(UUID assessment) {
        return transactions.run("read the versions", c -> versions(c, assessment));
    }

    /** The stored snapshot text of one version, exactly as it was written when it was frozen. */
    public String snapshotText(UUID assessment, int number) {
        return transactions.run("read the version", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT snapshot FROM review_version " + "WHERE assessment_id = ? AND number = ?")) {
                s.setObject(1, assessment);
                s.setInt(2, number);
                try (ResultSet rows = s.executeQuery()) {
                    if (!rows.next()) {
                        throw new UserFacingProblem("This assessment has no version " + number + ".");
                    }
                    return rows.getString(1);
                }
            }
        });
    }

    /** An unsigned sign-off of the latest version, bound to its number and content hash. */
    private SignOff latestVersion(
            Connection c,
            UUID assessment,
            Decision decision,
            List<String> conditions,
            String comment,
            String reviewerName,
            String reviewerRole)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT number, content_hash FROM review_version "
                + "WHERE assessment_id = ? ORDER BY number DESC LIMIT 1")) {
            s.setObject(1, assessment);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    throw new ReviewRefused("This assessment has no submitted version to decide on.");
                }
                return new SignOff(
                        assessment,
                        rows.getInt(1),
                        rows.getString(2),
                        decision,
                        conditions,
                        comment,
                        reviewerName,
                        reviewerRole,
                        now(),
                        null,
                        null,
                        null);
            }
        }
    }

    private List<ReviewVersion> versions(Connection c, UUID assessment) throws SQLException {
        List<ReviewVersion> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT number, stage_at_submission, submitted_at, "
                + "submitted_by, content_hash, snapshot FROM review_version WHERE assessment_id = ? ORDER BY number")) {
            s.setObject(1, assessment);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    result.add(new ReviewVersion(
                            assessment,
                            rows.getInt(1),
                            ReviewStage.valueOf(rows.getString(2)),
                            rows.getObject(3, OffsetDateTime.class).toInstant(),
                            rows.getString(4),
                            rows.getString(5),
                            snapshot(rows.getString(6))));
                }
            }
        }
        return result;
    }

    private PackagedAssessment snapshot(String text) {
        PackageFormat.Read read = format.read(text);
        if (!read.ok()) {
            throw new IllegalStateException("a stored version no longer reads as a package: " + read.problems());
        }
        return read.assessments().get(0);
    }

    @Override
    public List<SignOff> decisions(UUID assessment) {
        return transactions.run("read the decisions", c -> {
            Map<Integer, List<String>> conditions = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT version_number, text FROM review_condition "
                    + "WHERE assessment_id = ? ORDER BY version_number, position")) {
                s.setObject(1, assessment);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        conditions
                                .computeIfAbsent(rows.getInt(1), k -> new ArrayList<>())
                                .add(rows.getString(2));
                    }
                }
            }
            List<SignOff> result = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT version_number, content_hash, decision, comment, "
                    + "reviewer_name, reviewer_role, decided_at, signature_algorithm, signer_fingerprint, signature, "
                    + "signer_public_key FROM review_decision WHERE assessment_id = ? ORDER BY version_number")) {
                s.setObject(1, assessment);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        int number = rows.getInt(1);
                        result.add(new SignOff(
                                assessment,
                                number,
                                rows.getString(2),
                                Decision.valueOf(rows.getString(3)),
                                conditions.getOrDefault(number, List.of()),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6),
                                rows.getObject(7, OffsetDateTime.class).toInstant(),
                                rows.getString(8),
                                rows.getString(9),
                                rows.getString(10),
                                rows.getString(11)));
                    }
                }
            }
            return result;
        });
    }

    @Override
    public String currentHash(UUID assessment) {
        return ContentHash.of(packages.read(List.of(assessment)).get(0), appMethod.get());
    }

    private static int nextNumber(Connection c, UUID assessment) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM review_version " + "WHERE assessment_id = ?")) {
            s.setObject(1, assessment);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void setStage(Connection c, UUID assessment, ReviewStage stage) throws SQLException {
        ReviewStage before = ReviewLock.stage(c, assessment);
        try (PreparedStatement s =
                c.prepareStatement("UPDATE assessment SET review_stage = ? WHERE id = ? " + "AND deleted_at IS NULL")) {
            s.setString(1, stage.name());
            s.setObject(2, assessment);
            if (s.executeUpdate() != 1) {
                throw new JdbcAssessmentRepository.MissingAssessment(assessment);
            }
        }
        audit.append(c, new AuditEvent(assessment, AuditKind.STATUS, "review stage", before.label(), stage.label()));
    }

    /** To the microsecond, as the store keeps it (H2 would round the rest, the records cut it). */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
