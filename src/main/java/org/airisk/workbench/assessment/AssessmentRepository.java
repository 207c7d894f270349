package org.airisk.workbench.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnaire.VersionMove;

/**
 * Where assessments and their answers are kept. Every method is one transaction: when it returns, the change is
 * saved; when it throws {@link StorageException}, nothing of it is.
 */
public interface AssessmentRepository {

    Assessment create(NewAssessment request);

    List<AssessmentSummary> list();

    Optional<Assessment> find(UUID id);

    void rename(UUID id, String newTitle);

    /**
     * The title as read to be renamed: from now on a rename based on an older title, one a colleague has replaced
     * since this read, is refused ({@link ChangedElsewhere}, ADR 0040). Empty when the assessment is gone.
     */
    default String titleToEdit(UUID id) {
        return find(id).map(Assessment::title).orElse("");
    }

    /** A copy with every answer and note, titled as given; returns the copy. */
    Assessment duplicate(UUID id, String newTitle);

    /**
     * Removes an assessment from the library; it can be put back with {@link #restore(UUID)} until the next delete
     * or the next start.
     */
    void delete(UUID id);

    /** Puts back the latest deleted assessment exactly as it was, with everything recorded for it (undo). */
    void restore(UUID id);

    Map<String, RecordedAnswer> answers(UUID id);

    /**
     * The answers as read into an editor: from now on, a save of an answer someone else saved since this read is
     * refused (ADR 0023). Every other read (scoring, checks, follow-ups) leaves that record alone, so a background
     * read never makes a stale screen look current.
     */
    default Map<String, RecordedAnswer> answersToEdit(UUID id) {
        return answers(id);
    }

    /** Saves one answer (null clears it) and the assessment's new progress, together. */
    void saveAnswer(UUID id, String questionId, Answer answer, Progress progress);

    /**
     * Saves one answer over a colleague's newer save the assessor has seen and chose to replace ("keep mine" in the
     * conflict, ADR 0036): never refused as changed elsewhere, and recorded in the audit trail as written over.
     */
    default void overwriteAnswer(UUID id, String questionId, Answer answer, Progress progress) {
        saveAnswer(id, questionId, answer, progress);
    }

    /** Keeps progress and status recomputed from the answers as they are (after an import, or a new questionnaire). */
    void saveProgress(UUID id, Progress progress);

    void saveNote(UUID id, String questionId, String note);

    /** As {@link #overwriteAnswer}, for the note on a question. */
    default void overwriteNote(UUID id, String questionId, String note) {
        saveNote(id, questionId, note);
    }

    /**
     * Moves the assessment to the newer questionnaire version {@code move} was worked out for, with its answers:
     * the ones left behind are cleared and recorded in the audit trail, and each answer to review says so in its
     * note. Refused when the assessment is no longer on the older version, or an answer it changes was saved
     * elsewhere since it was read for editing.
     */
    void moveToVersion(UUID id, VersionMove move);

    int count();
}
