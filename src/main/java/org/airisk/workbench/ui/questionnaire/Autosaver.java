package org.airisk.workbench.ui.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.ChangedElsewhere;
import org.airisk.workbench.assessment.NotAllowed;
import org.airisk.workbench.assessment.UnsavedChanges;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;

/**
 * Saves every answer and note as soon as it changes, in the background and in order. Changes that arrive while
 * a save of the same question is still queued are folded into it, so fast typing does not queue a write per key.
 */
final class Autosaver {
    enum State {
        SAVED,
        SAVING,
        FAILED
    }

    private final UUID assessment;
    private final AssessmentRepository repository;
    private final BackgroundWork background;
    private final Supplier<Progress> currentProgress;

    /** The newest unsaved value per question; Optional.empty() clears the answer. Shared with the worker. */
    private final Map<String, Optional<Answer>> latestAnswers = new ConcurrentHashMap<>();

    private final Map<String, String> latestNotes = new ConcurrentHashMap<>();
    private final Set<String> queuedAnswers = ConcurrentHashMap.newKeySet();
    private final Set<String> queuedNotes = ConcurrentHashMap.newKeySet();

    /** Changes whose last save failed, by question and kind; kept in the journal until saved. Worker thread. */
    private final Map<String, UnsavedChanges.Change> failed = new LinkedHashMap<>();

    private final UnsavedChanges journal;

    /** A save refused because a colleague saved the same question first: which, whether the note, and the value. */
    record Refusal(String questionId, boolean note, Object mine, ChangedElsewhere refused) {}

    /** Carries a refusal from the worker to the FX thread. */
    private static final class Refused extends RuntimeException {
        private final transient Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.refused().getMessage(), refusal.refused());
            this.refusal = refusal;
        }
    }

    // FX thread only
    private Consumer<Refusal> onRefused = r -> {};
    private int outstanding;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.SAVED);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    Autosaver(
            UUID assessment,
            AssessmentRepository repository,
            BackgroundWork background,
            Supplier<Progress> currentProgress,
            UnsavedChanges journal) {
        this.journal = journal;
        this.assessment = assessment;
        this.repository = repository;
        this.background = background;
        this.currentProgress = currentProgress;
    }

    ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void answerChanged(String questionId, Answer answer) {
        latestAnswers.put(questionId, Optional.ofNullable(answer));
        if (queuedAnswers.add(questionId)) {
            schedule(() -> {
                queuedAnswers.remove(questionId);
                Optional<Answer> value = latestAnswers.remove(questionId);
                if (value != null) {
                    try {
                        journaled(
                                "answer:" + questionId,
                                UnsavedChanges.Change.answer(assessment, questionId, value.orElse(null)),
                                () -> repository.saveAnswer(
                                        assessment, questionId, value.orElse(null), currentProgress.get()));
                    } catch (ChangedElsewhere e) {
                        throw new Refused(new Refusal(questionId, false, value.orElse(null), e));
                    }
                }
            });
        }
    }

    void noteChanged(String questionId, String note) {
        latestNotes.put(questionId, note);
        if (queuedNotes.add(questionId)) {
            schedule(() -> {
                queuedNotes.remove(questionId);
                String value = latestNotes.remove(questionId);
                if (value != null) {
                    try {
                        journaled(
                                "note:" + questionId,
                                UnsavedChanges.Change.note(assessment, questionId, value),
                                () -> repository.saveNote(assessment, questionId, value));
                    } catch (ChangedElsewhere e) {
                        throw new Refused(new Refusal(questionId, true, value, e));
                    }
                }
            });
        }
    }

    /**
     * Runs one save on the worker; when it fails, the change goes into the journal beside the library (so quitting
     * or a crash does not lose it); once a later save of it succeeds, it leaves the journal. A save refused
     * because someone else saved the answer ({@link ChangedElsewhere}) or refused to the account ({@link NotAllowed})
     * is never journaled.
     */
    private void journaled(String key, UnsavedChanges.Change change, Runnable save) {
        try {
            save.run();
        } catch (ChangedElsewhere | NotAllowed e) {
            // Not a storage failure to retry: replayed at the next start it would overwrite the other person's
            // answer unchecked, or be refused again. The assessor is told why.
            if (failed.remove(key) != null) {
                keepJournal();
            }
            throw e;
        } catch (RuntimeException e) {
            failed.put(key, change);
            keepJournal();
            throw e;
        }
        if (failed.remove(key) != null) {
            keepJournal();
        }
    }

    /** Called on the FX thread when a save is refused as changed elsewhere; the state is then FAILED. */
    void onRefused(Consumer<Refusal> handler) {
        this.onRefused = handler;
    }

    /** Saves the assessor's answer over a colleague's newer one they chose to replace ("keep mine"). */
    void overwriteAnswer(String questionId, Answer answer) {
        schedule(() -> repository.overwriteAnswer(assessment, questionId, answer, currentProgress.get()));
    }

    /** As {@link #overwriteAnswer}, for the note. */
    void overwriteNote(String questionId, String note) {
        schedule(() -> repository.overwriteNote(assessment, questionId, note));
    }

    private void keepJournal() {
        try {
            journal.keep(assessment, List.copyOf(failed.values()));
        } catch (RuntimeException e) {
            // The changes are still on screen and the save's own failure is what the assessor is told.
        }
    }

    private void schedule(Runnable save) {
        outstanding++;
        state.set(State.SAVING);
        background.submit(
                save,
                () -> {
                    outstanding--;
                    if (outstanding == 0 && state.get() != State.FAILED) {
                        state.set(State.SAVED);
                    }
                },
                failure -> {
                    outstanding--;
                    problem.set(UserMessages.describe(failure instanceof Refused ? failure.getCause() : failure));
                    state.set(State.FAILED);
                    if (failure instanceof Refused refused) {
                        onRefused.accept(refused.refusal);
                    }
                });
    }

    /** After a failure: the next successful change clears the failed state only once everything is saved. */
    void acknowledgeFailure() {
        problem.set("");
        state.set(outstanding == 0 ? State.SAVED : State.SAVING);
    }
}
