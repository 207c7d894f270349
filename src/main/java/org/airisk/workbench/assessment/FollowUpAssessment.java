package org.airisk.workbench.assessment;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;

/**
 * Starts a second assessment of the same system with another questionnaire, carrying over the answers and notes
 * to the questions both share (the system profile), so the assessor does not answer them twice.
 */
public final class FollowUpAssessment {
    private FollowUpAssessment() {}

    public static Assessment start(
            AssessmentRepository assessments, Assessment from, QuestionnaireTemplate target, String title) {
        Assessment created = assessments.create(
                new NewAssessment(title, from.systemName(), from.owner(), target.id(), target.version()));
        Map<String, RecordedAnswer> previous = assessments.answers(from.id());
        Map<String, Answer> carried = new HashMap<>();
        target.questions().forEach(q -> {
            RecordedAnswer r = previous.get(q.id());
            if (r != null && r.answer() != null) {
                carried.put(q.id(), r.answer());
            }
        });
        UUID id = created.id();
        Map<String, Answer> soFar = new HashMap<>();
        for (Map.Entry<String, Answer> e : carried.entrySet()) {
            soFar.put(e.getKey(), e.getValue());
            assessments.saveAnswer(id, e.getKey(), e.getValue(), new AnsweredQuestionnaire(target, soFar).progress());
        }
        target.questions().forEach(q -> {
            RecordedAnswer r = previous.get(q.id());
            if (r != null && !r.note().isBlank()) {
                assessments.saveNote(id, q.id(), r.note());
            }
        });
        return assessments.find(id).orElse(created);
    }
}
