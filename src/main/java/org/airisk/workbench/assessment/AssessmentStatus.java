package org.airisk.workbench.assessment;

import org.airisk.workbench.questionnaire.Progress;

/** Where an assessment stands; derived from its progress until review and sign-off arrive. */
public enum AssessmentStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETE("Complete");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AssessmentStatus of(Progress progress) {
        if (progress.isComplete()) {
            return COMPLETE;
        }
        return progress.answered() == 0 ? NOT_STARTED : IN_PROGRESS;
    }
}
