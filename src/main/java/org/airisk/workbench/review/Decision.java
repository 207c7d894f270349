package org.airisk.workbench.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.airisk.workbench.assessment.UserFacingProblem;

/** A reviewer's decision on one submitted version. */
public enum Decision {
    APPROVED("Approved", ReviewStage.APPROVED),
    APPROVED_WITH_CONDITIONS("Approved with conditions", ReviewStage.APPROVED_WITH_CONDITIONS),
    CHANGES_REQUESTED("Changes requested", ReviewStage.CHANGES_REQUESTED),
    REJECTED("Rejected", ReviewStage.REJECTED);

    private final String label;
    private final ReviewStage stage;

    Decision(String label, ReviewStage stage) {
        this.label = label;
        this.stage = stage;
    }

    public String label() {
        return label;
    }

    public ReviewStage stage() {
        return stage;
    }

    /** Approved, with or without conditions. */
    public boolean isApproval() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
    }

    /** The name on the command line: approved, approved-with-conditions, changes-requested, rejected. */
    public String commandName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the accepted names when the text is none of them */
    public static Decision ofCommandName(String text) {
        for (Decision d : values()) {
            if (d.commandName().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new UserFacingProblem("\u201c" + text + "\u201d is not a decision; give one of "
                + Arrays.stream(values()).map(Decision::commandName).collect(Collectors.joining(", ")) + ".");
    }
}
