package org.airisk.workbench.catalog;

import java.util.Objects;

/**
 * A risk's own starting point on the 5-point scales, before anything about the system is known: how likely it is
 * to materialise in a typical generative-AI system where it is relevant, without specific safeguards, and how
 * severe the harm typically is. The reason says why, in one line, for the register's explanation.
 */
public record Baseline(int likelihood, int impact, String reason) {
    /** For risks that have no rating of their own (imported from a newer Atlas): the middle of both scales. */
    public static final Baseline UNRATED = new Baseline(3, 3, "No rating of its own yet: the middle of both scales.");

    public Baseline {
        if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
            throw new IllegalArgumentException(
                    "a baseline likelihood and impact are between 1 and 5, not " + likelihood + " and " + impact);
        }
        reason = Objects.requireNonNullElse(reason, "").strip();
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("a baseline needs a one-line reason");
        }
    }
}
