package org.airisk.workbench.assessment;

import java.util.List;
import java.util.UUID;
import org.airisk.workbench.questionnaire.Answer;

/**
 * Changes whose save failed (a full disk, a library that stopped answering), kept beside the library so that
 * neither quitting nor a crash loses them; the next start saves them. Written from the save's own background work.
 */
public interface UnsavedChanges {

    /** One question's answer (null clears it) or note, as it was on screen when its save failed. */
    record Change(UUID assessment, String questionId, boolean isNote, Answer answer, String note) {
        public static Change answer(UUID assessment, String questionId, Answer answer) {
            return new Change(assessment, questionId, false, answer, null);
        }

        public static Change note(UUID assessment, String questionId, String note) {
            return new Change(assessment, questionId, true, null, note == null ? "" : note);
        }
    }

    /** Keeps these as the unsaved changes of one assessment, in place of what was kept for it (none: clears it). */
    void keep(UUID assessment, List<Change> changes);

    /** Everything kept, oldest assessment first; empty when nothing is (or the journal cannot be read). */
    List<Change> read();

    /** Nothing is kept: for tests and tools that do not journal. */
    UnsavedChanges NONE = new UnsavedChanges() {
        @Override
        public void keep(UUID assessment, List<Change> changes) {}

        @Override
        public List<Change> read() {
            return List.of();
        }
    };
}
