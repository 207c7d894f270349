package org.airisk.workbench.questionnaire;

/**
 * One line of the completeness summary: a shown required question still without an answer, or a question answered
 * "Not applicable" whose note does not yet say why.
 */
public record MissingAnswer(Section section, Question question, boolean needsReason) {

    public MissingAnswer(Section section, Question question) {
        this(section, question, false);
    }

    /** What is missing, in the assessor's words. */
    public String what() {
        return needsReason ? "say why it does not apply" : "unanswered";
    }
}
