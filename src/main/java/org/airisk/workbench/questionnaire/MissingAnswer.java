package org.airisk.workbench.questionnaire;

/** A shown required question still without an answer: one line of the completeness summary. */
public record MissingAnswer(Section section, Question question) {
}
