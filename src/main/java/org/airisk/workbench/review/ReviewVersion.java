package org.airisk.workbench.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.airisk.workbench.exchange.PackagedAssessment;

/**
 * One frozen, numbered version of an assessment, as it was submitted for review: never changed afterwards. The
 * content hash is that of the snapshot (docs/hash.md), which keeps the scoring method it was submitted with.
 *
 * @param stageAtSubmission the stage the assessment left when it was submitted (a draft, as the lifecycle stands)
 */
public record ReviewVersion(
        UUID assessmentId,
        int number,
        ReviewStage stageAtSubmission,
        Instant submittedAt,
        String submittedBy,
        String contentHash,
        PackagedAssessment snapshot) {
    public ReviewVersion {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(stageAtSubmission, "stageAtSubmission");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(snapshot, "snapshot");
        if (number < 1) {
            throw new IllegalArgumentException("Versions are numbered from 1.");
        }
        // The store keeps microseconds; so does the version, so it reads back equal.
        submittedAt = submittedAt.truncatedTo(ChronoUnit.MICROS);
        submittedBy = submittedBy == null ? "" : submittedBy;
    }
}
