package org.airisk.workbench.ui.questionnaire;

import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.conflict.SaveConflict;

/**
 * A save a colleague's newer one refused (team workspaces, ADR 0036), and the assessor's choice about it: keep what
 * is on screen over the colleague's, or take theirs and drop the refused change.
 */
final class SaveConflicts {
    private final ReadOnlyObjectWrapper<SaveConflict> conflict = new ReadOnlyObjectWrapper<>();
    private final QuestionnaireViewModel model;
    private final Autosaver autosaver;
    private final BackgroundWork background;
    private final AssessmentRepository repository;
    private final Consumer<Map<String, RecordedAnswer>> showStored;

    /** @param showStored puts the answers and notes read again on screen, without saving them again */
    SaveConflicts(
            QuestionnaireViewModel model,
            Autosaver autosaver,
            BackgroundWork background,
            AssessmentRepository repository,
            Consumer<Map<String, RecordedAnswer>> showStored) {
        this.model = model;
        this.autosaver = autosaver;
        this.background = background;
        this.repository = repository;
        this.showStored = showStored;
    }

    ReadOnlyObjectProperty<SaveConflict> conflict() {
        return conflict.getReadOnlyProperty();
    }

    void refused(Autosaver.Refusal refusal) {
        String question = model.template()
                .question(refusal.questionId())
                .map(Question::text)
                .orElse(refusal.questionId());
        String what = (refusal.note() ? "the note on \u201c" : "the answer to \u201c") + question + "\u201d";
        conflict.set(
                new SaveConflict(what, refusal.mine(), refusal.refused(), () -> keepMine(refusal), this::keepTheirs));
    }

    /** Writes what is on screen for the refused question over the colleague's save; the trail records it. */
    private void keepMine(Autosaver.Refusal refusal) {
        conflict.set(null);
        autosaver.acknowledgeFailure();
        String id = refusal.questionId();
        if (refusal.note()) {
            autosaver.overwriteNote(id, model.noteProperty(id).get());
        } else {
            autosaver.overwriteAnswer(id, model.answerProperty(id).get());
        }
    }

    /** Reads every answer and note again and shows what is stored; the refused change is dropped. */
    private void keepTheirs() {
        conflict.set(null);
        background.submit(
                () -> repository.answersToEdit(model.assessment().id()),
                stored -> {
                    showStored.accept(stored);
                    autosaver.acknowledgeFailure();
                },
                failure -> autosaver.acknowledgeFailure());
    }
}
