package org.airisk.workbench.review;

/**
 * One thing to settle before an assessment can be submitted for review, with where to settle it: the question to
 * jump to, or the risk in the register.
 */
public record SubmissionGap(Kind kind, String targetId, String text) {
    public enum Kind {
        /** A shown required question without an answer; {@code targetId} is the question id. */
        UNANSWERED_QUESTION,
        /** A risk above the appetite on which the plan takes no decision; {@code targetId} is the risk id. */
        RISK_WITHOUT_PLAN_DECISION
    }
}
