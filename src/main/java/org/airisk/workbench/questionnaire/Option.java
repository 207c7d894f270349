package org.airisk.workbench.questionnaire;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One answer a choice question offers: a stable id stored with answers, the label the assessor reads, and,
 * for questionnaires that total points per answer (as surveys imported from SurveyJS do), its score; null when
 * the option carries none.
 */
public record Option(String id, String label, BigDecimal score) {
    public Option {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }

    /** An option without a score: every questionnaire written before scores existed. */
    public Option(String id, String label) {
        this(id, label, null);
    }

    public boolean hasScore() {
        return score != null;
    }
}
