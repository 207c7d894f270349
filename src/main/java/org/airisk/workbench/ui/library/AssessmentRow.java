package org.airisk.workbench.ui.library;

import java.time.Instant;
import java.util.UUID;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.review.ReviewStage;

/** One line of the library table, with the questionnaire's title and the review stage already looked up. */
public record AssessmentRow(AssessmentSummary summary, String questionnaire, ReviewStage stage) {

    public AssessmentRow {
        stage = stage == null ? ReviewStage.DRAFT : stage;
    }

    public AssessmentRow(AssessmentSummary summary, String questionnaire) {
        this(summary, questionnaire, ReviewStage.DRAFT);
    }

    /** Where its review stands: "Draft", "Submitted for review", "Approved"... */
    public String review() {
        return stage.label();
    }

    public UUID id() {
        return summary.id();
    }

    public String title() {
        return summary.title();
    }

    public String systemName() {
        return summary.systemName();
    }

    public String status() {
        return summary.status().label();
    }

    public int progressPercent() {
        return summary.progressPercent();
    }

    public Instant updatedAt() {
        return summary.updatedAt();
    }
}
