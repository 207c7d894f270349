package org.airisk.workbench.catalog;

import java.util.Arrays;
import java.util.Optional;

/** Where in a system's life a risk arises, as the AI Risk Atlas sorts them. */
public enum RiskCategory {
    TRAINING_DATA("training-data", "Training data"),
    INFERENCE("inference", "Inference"),
    OUTPUT("output", "Output"),
    NON_TECHNICAL("non-technical", "Non-technical"),
    AGENTIC("agentic", "Agentic");

    private final String id;
    private final String label;

    RiskCategory(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<RiskCategory> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equalsIgnoreCase(id)).findFirst();
    }
}
