package org.airisk.workbench.ui.review;

/**
 * The line over an assessment opened by an account that may review but not change answers (a team server's
 * reviewer, ADR 0040), put before what the review's stage says.
 */
final class ReviewingOnly {
    static final String SENTENCE = "You are reviewing: your account on this team workspace can comment, move the "
            + "review on and record decisions, but cannot change answers, overrides or the plan.";

    private ReviewingOnly() {}

    /** The banner: the stage's text alone for an account that may change answers, else the sentence first. */
    static String banner(boolean reviewingOnly, String stageText) {
        if (!reviewingOnly) {
            return stageText;
        }
        return stageText.isEmpty() ? SENTENCE : SENTENCE + " " + stageText;
    }
}
