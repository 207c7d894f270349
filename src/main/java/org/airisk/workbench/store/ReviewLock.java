package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.airisk.workbench.assessment.AssessmentUnderReview;
import org.airisk.workbench.review.ReviewStage;

/**
 * Keeps an assessment read-only while a reviewer has it (submitted or in review), whoever tries to change it: the
 * window, the command line or a saved change replayed at start-up. Called inside the change's own transaction.
 */
final class ReviewLock {
    static final String READ_ONLY = ReviewStage.READ_ONLY;

    private ReviewLock() {}

    static void refuseChanges(Connection c, UUID assessment) throws SQLException {
        if (stage(c, assessment).isReadOnly()) {
            throw new AssessmentUnderReview(READ_ONLY);
        }
    }

    /** DRAFT for an assessment that is not there: the change itself then reports it missing. */
    static ReviewStage stage(Connection c, UUID assessment) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT review_stage FROM assessment WHERE id = ?")) {
            s.setObject(1, assessment);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? ReviewStage.valueOf(rows.getString(1)) : ReviewStage.DRAFT;
            }
        }
    }
}
