package org.airisk.workbench.catalog;

import java.util.List;
import java.util.Locale;

/** One risk as a Risk Atlas Nexus knowledge-graph file states it: the facts an import can add or update. */
public record AtlasEntry(
        String id, String name, RiskCategory category, String group, List<String> descriptors, String description) {
    public AtlasEntry {
        descriptors = descriptors == null ? List.of() : List.copyOf(descriptors);
        description = description == null ? "" : description;
    }

    /** True when the file's descriptors support this origin, so an import need not change it. */
    public boolean supports(RiskOrigin origin) {
        return descriptors.stream().anyMatch(d -> originOf(d) == origin);
    }

    private static RiskOrigin originOf(String descriptor) {
        return switch (descriptor.toLowerCase(Locale.ROOT)) {
            case "traditional risk of ai" -> RiskOrigin.TRADITIONAL;
            case "amplified by generative ai", "amplified by synthetic data" -> RiskOrigin.AMPLIFIED_BY_GENERATIVE_AI;
            case "specific to generative ai", "specific to synthetic data" -> RiskOrigin.SPECIFIC_TO_GENERATIVE_AI;
            case "amplified by agentic ai" -> RiskOrigin.AMPLIFIED_BY_AGENTIC_AI;
            case "specific to agentic ai" -> RiskOrigin.SPECIFIC_TO_AGENTIC_AI;
            default -> null;
        };
    }

    /** The origin the descriptors imply; synthetic-data descriptors alone count as amplified/specific to GenAI. */
    public RiskOrigin origin() {
        RiskOrigin best = null;
        for (String d : descriptors) {
            RiskOrigin o = originOf(d);
            if (o != null && (best == null || !d.toLowerCase(Locale.ROOT).contains("synthetic"))) {
                best = o;
            }
        }
        return best == null
                ? (category == RiskCategory.AGENTIC
                        ? RiskOrigin.AMPLIFIED_BY_AGENTIC_AI
                        : RiskOrigin.AMPLIFIED_BY_GENERATIVE_AI)
                : best;
    }
}
