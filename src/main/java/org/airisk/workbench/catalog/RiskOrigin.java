package org.airisk.workbench.catalog;

import java.util.Arrays;
import java.util.Optional;

/** Whether a risk is an old one of AI, made worse by generative or agentic AI, or new with them. */
public enum RiskOrigin {
    TRADITIONAL("traditional", "Traditional AI risk"),
    AMPLIFIED_BY_GENERATIVE_AI("amplified-by-generative-ai", "Amplified by generative AI"),
    SPECIFIC_TO_GENERATIVE_AI("specific-to-generative-ai", "Specific to generative AI"),
    AMPLIFIED_BY_AGENTIC_AI("amplified-by-agentic-ai", "Amplified by agentic AI"),
    SPECIFIC_TO_AGENTIC_AI("specific-to-agentic-ai", "Specific to agentic AI");

    private final String id;
    private final String label;

    RiskOrigin(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<RiskOrigin> fromId(String id) {
        return Arrays.stream(values()).filter(o -> o.id.equalsIgnoreCase(id)).findFirst();
    }
}
