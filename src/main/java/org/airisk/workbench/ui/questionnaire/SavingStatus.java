package org.airisk.workbench.ui.questionnaire;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.airisk.workbench.ui.BackgroundWork;

/**
 * How the saving of a questionnaire's answers stands, in the assessor's words: "Saved", "Saving…" or "Not saved"
 * beside the questionnaire, the outcome of Save (Ctrl+S), and the warning before quitting with a failed save.
 */
final class SavingStatus {
    private final Autosaver autosaver;
    private final BackgroundWork background;
    private final ReadOnlyStringWrapper saveNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveText = new ReadOnlyStringWrapper("Saved");
    /** Ctrl+S was pressed and its outcome is not told yet. */
    private boolean confirmWhenSettled;

    SavingStatus(Autosaver autosaver, BackgroundWork background) {
        this.autosaver = autosaver;
        this.background = background;
        autosaver.stateProperty().addListener((obs, old, s) -> {
            saveText.set(
                    switch (s) {
                        case SAVED -> "Saved";
                        case SAVING -> "Saving…";
                        case FAILED -> "Not saved";
                    });
            unsaved.set(s != Autosaver.State.SAVED);
            tellIfSettled();
        });
    }

    ReadOnlyStringProperty saveText() {
        return saveText.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty unsaved() {
        return unsaved.getReadOnlyProperty();
    }

    ReadOnlyStringProperty saveNotice() {
        return saveNotice.getReadOnlyProperty();
    }

    /** Tells the outcome once everything queued before now has been written. */
    void confirmWhenSettled() {
        confirmWhenSettled = true;
        saveNotice.set("");
        // The background runs in order: once this has run, everything queued before it has been written.
        background.submit(() -> {}, this::tellIfSettled, failure -> tellIfSettled());
    }

    private void tellIfSettled() {
        if (!confirmWhenSettled) {
            return;
        }
        switch (autosaver.stateProperty().get()) {
            case SAVED -> {
                confirmWhenSettled = false;
                saveText.set(QuestionnaireViewModel.ALL_SAVED);
                saveNotice.set(QuestionnaireViewModel.ALL_SAVED);
            }
            case FAILED -> {
                confirmWhenSettled = false;
                String problem = autosaver.problemProperty().get();
                saveNotice.set("Not saved" + (problem.isBlank() ? "." : ": " + problem)
                        + " Press Ctrl+S or Retry to try again.");
            }
            case SAVING -> {
                // told when the state changes
            }
        }
    }

    /** As {@link QuestionnaireViewModel#quitWarning()}, for the assessment of this title. */
    Optional<String> quitWarning(String title) {
        if (autosaver.stateProperty().get() != Autosaver.State.FAILED) {
            return Optional.empty();
        }
        String problem = autosaver.problemProperty().get();
        return Optional.of("Some changes to \u201c" + title + "\u201d could not be saved"
                + (problem.isBlank() ? "." : ": " + problem) + " They are still on screen. Keep working, fix the "
                + "cause and press Retry (or Ctrl+S) to save them now. If you quit, they stay in a journal beside "
                + "the library and are saved at the next start, as long as the journal itself could be written.");
    }
}
