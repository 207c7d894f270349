package org.airisk.workbench.assessment;

import java.time.Instant;
import java.util.Optional;
import org.airisk.workbench.questionnaire.Answer;

/** What is saved for one question: the answer (if any) and the assessor's note (possibly empty). */
public record RecordedAnswer(String questionId, Answer answer, String note, Instant updatedAt) {
    public RecordedAnswer {
        note = note == null ? "" : note;
    }

    public Optional<Answer> givenAnswer() {
        return Optional.ofNullable(answer);
    }
}
