package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import org.airisk.workbench.review.SignOff;

/** The rows of a reviewer's decision: review_decision and its conditions, written inside the caller's transaction. */
final class DecisionRows {
    private DecisionRows() {}

    /** Keeps the decision and its conditions in their order. */
    static void insert(Connection c, SignOff signOff) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO review_decision (assessment_id, "
                + "version_number, content_hash, decision, comment, reviewer_name, reviewer_role, decided_at, "
                + "signature_algorithm, signer_fingerprint, signature, signer_public_key) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, signOff.assessmentId());
            s.setInt(2, signOff.versionNumber());
            s.setString(3, signOff.contentHash());
            s.setString(4, signOff.decision().name());
            s.setString(5, signOff.comment());
            s.setString(6, signOff.reviewerName());
            s.setString(7, signOff.reviewerRole());
            s.setObject(8, signOff.decidedAt().atOffset(ZoneOffset.UTC));
            s.setString(9, signOff.signatureAlgorithm());
            s.setString(10, signOff.signerFingerprint());
            s.setString(11, signOff.signature());
            s.setString(12, signOff.signerPublicKey());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO review_condition (assessment_id, "
                + "version_number, position, text) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < signOff.conditions().size(); i++) {
                s.setObject(1, signOff.assessmentId());
                s.setInt(2, signOff.versionNumber());
                s.setInt(3, i);
                s.setString(4, signOff.conditions().get(i));
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
