package org.airisk.workbench.assessment;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One assessment of one AI system, following one version of one questionnaire. */
public record Assessment(
        UUID id,
        String title,
        String systemName,
        String owner,
        String templateId,
        int templateVersion,
        AssessmentStatus status,
        int progressPercent,
        Instant createdAt,
        Instant updatedAt) {

    public Assessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(templateId, "templateId");
        systemName = systemName == null ? "" : systemName;
        owner = owner == null ? "" : owner;
        Objects.requireNonNull(status, "status");
    }
}
