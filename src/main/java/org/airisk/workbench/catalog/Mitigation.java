package org.airisk.workbench.catalog;

import java.util.List;
import java.util.Objects;

/** A measure that lowers the likelihood and/or impact of the risks it addresses, with the steps to take. */
public record Mitigation(
        String id,
        String title,
        String summary,
        List<String> steps,
        Type type,
        Stage stage,
        Effort effort,
        int reducesLikelihood,
        int reducesImpact,
        List<String> risks,
        List<String> nistActions) {

    public static final int MAX_STRENGTH = 3;

    public enum Type {
        TECHNICAL,
        PROCESS,
        GOVERNANCE,
        LEGAL
    }

    public enum Stage {
        DATA,
        TRAINING,
        EVALUATION,
        DEPLOYMENT,
        OPERATION
    }

    public enum Effort {
        S,
        M,
        L
    }

    public Mitigation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        summary = summary == null ? "" : summary;
        steps = steps == null ? List.of() : List.copyOf(steps);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(effort, "effort");
        if (reducesLikelihood < 0
                || reducesLikelihood > MAX_STRENGTH
                || reducesImpact < 0
                || reducesImpact > MAX_STRENGTH
                || reducesLikelihood + reducesImpact == 0) {
            throw new IllegalArgumentException("mitigation " + id + " must lower likelihood or impact by 1-3");
        }
        risks = risks == null ? List.of() : List.copyOf(risks);
        nistActions = nistActions == null ? List.of() : List.copyOf(nistActions);
    }
}
