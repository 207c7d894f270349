package org.airisk.workbench.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The trust pillars a risk touches; governance and security sit beside the five Atlas pillars. */
public enum Pillar {
    EXPLAINABILITY("Explainability"),
    FAIRNESS("Fairness"),
    ROBUSTNESS("Robustness"),
    TRANSPARENCY("Transparency"),
    PRIVACY("Privacy"),
    GOVERNANCE("Governance"),
    SECURITY("Security");

    private final String label;

    Pillar(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Pillar> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equalsIgnoreCase(id)).findFirst();
    }
}
