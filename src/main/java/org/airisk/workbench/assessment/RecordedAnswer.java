package org.airisk.workbench.assessment;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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

    /** The answers given, by question: what scoring counts (a recorded note alone is no answer). */
    public static Map<String, Answer> given(Map<String, RecordedAnswer> recorded) {
        Map<String, Answer> given = new HashMap<>();
        recorded.forEach((q, r) -> {
            if (r.answer() != null) {
                given.put(q, r.answer());
            }
        });
        return given;
    }
}
