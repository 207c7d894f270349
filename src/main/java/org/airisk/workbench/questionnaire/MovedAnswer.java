package org.airisk.workbench.questionnaire;

import java.util.Objects;

/**
 * What becomes of one answer when its assessment moves to a newer version of its questionnaire.
 *
 * @param question the question as the older version asks it
 * @param kept     true when the newer version keeps the answer: always when carried, never when dropped, and when
 *                 needing review only if the changed question still takes it
 * @param reason   why it is dropped or needs review, in the assessor's words; empty when carried
 */
public record MovedAnswer(Question question, Answer answer, Fate fate, boolean kept, String reason) {
    /** Carried as it is; to be looked at again; or left behind with the older version. */
    public enum Fate {
        CARRIED,
        NEEDS_REVIEW,
        DROPPED
    }

    public MovedAnswer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(fate, "fate");
        reason = reason == null ? "" : reason;
    }

    /** "Is there a human in the loop?: Yes". */
    public String describe() {
        return question.text() + ": " + question.describe(answer);
    }
}
