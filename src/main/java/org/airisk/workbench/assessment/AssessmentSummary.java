package org.airisk.workbench.assessment;

import java.time.Instant;
import java.util.UUID;

/** One row of the assessment library: what the table shows, without the answers. */
public record AssessmentSummary(
        UUID id,
        String title,
        String systemName,
        String owner,
        String templateId,
        int templateVersion,
        AssessmentStatus status,
        int progressPercent,
        Instant updatedAt) {}
