package org.airisk.workbench.review;

/**
 * Where an assessment stands in its review by an ethics board (docs/review.md). The author works on a draft and
 * submits it; a reviewer starts the review and decides; after a decision the author re-opens it as a new draft.
 * While submitted or in review the assessment is read-only, so the reviewer sees exactly the frozen version.
 */
public enum ReviewStage {
    DRAFT("Draft"),
    SUBMITTED("Submitted for review"),
    IN_REVIEW("In review"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved"),
    APPROVED_WITH_CONDITIONS("Approved with conditions"),
    REJECTED("Rejected");

    /** Said whenever a change is refused because a reviewer has the assessment. */
    public static final String READ_ONLY = "This assessment is submitted for review and read-only until the "
            + "reviewer decides; then its author can re-open it as a new draft.";

    private final String label;

    ReviewStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True while a reviewer has the assessment: answers, notes, overrides and plan cannot be changed. */
    public boolean isReadOnly() {
        return this == SUBMITTED || this == IN_REVIEW;
    }

    /** True once a reviewer has decided on the latest version. */
    public boolean isDecided() {
        return this == CHANGES_REQUESTED || this == APPROVED || this == APPROVED_WITH_CONDITIONS || this == REJECTED;
    }

    /** Whether this action may be taken now: empty when it may, else one sentence saying why not and what to do. */
    public String refusal(ReviewAction action) {
        boolean allowed = switch (action) {
            case SUBMIT -> this == DRAFT;
            case START_REVIEW -> this == SUBMITTED;
            // A reviewer may decide on a submitted version at once: deciding starts and ends the review.
            case DECIDE -> this == SUBMITTED || this == IN_REVIEW;
            case REOPEN -> isDecided();
        };
        if (allowed) {
            return "";
        }
        return switch (this) {
            case DRAFT ->
                action == ReviewAction.REOPEN
                        ? "This assessment is already a draft; change it, then " + "submit it for review."
                        : "This assessment is a draft; its author submits it for review first.";
            case SUBMITTED ->
                action == ReviewAction.SUBMIT
                        ? "This assessment is already submitted for review; "
                                + "a reviewer starts the review and decides."
                        : "This assessment is submitted for review; "
                                + "a reviewer decides on it before it can be re-opened.";
            case IN_REVIEW ->
                action == ReviewAction.START_REVIEW
                        ? "This assessment is already in review; the " + "reviewer decides on it."
                        : "This assessment is in review; the reviewer decides on it " + "before it can be changed.";
            case CHANGES_REQUESTED -> "The reviewer asked for changes; re-open it as a new draft to make them.";
            case APPROVED, APPROVED_WITH_CONDITIONS ->
                "This assessment is already approved; re-open it as a new " + "version to change it.";
            case REJECTED -> "This assessment was rejected; re-open it as a new draft to work on it again.";
        };
    }

    /** The stage after this action, with the decision when the action is {@link ReviewAction#DECIDE}. */
    public ReviewStage after(ReviewAction action, Decision decision) {
        String refusal = refusal(action);
        if (!refusal.isEmpty()) {
            throw new ReviewRefused(refusal);
        }
        return switch (action) {
            case SUBMIT -> SUBMITTED;
            case START_REVIEW -> IN_REVIEW;
            case DECIDE -> decision.stage();
            case REOPEN -> DRAFT;
        };
    }
}
