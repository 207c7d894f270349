package org.airisk.workbench.questionnaire;

import java.util.Objects;

/** One answer a choice question offers: a stable id stored with answers, and the label the assessor reads. */
public record Option(String id, String label) {
    public Option {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
