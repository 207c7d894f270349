package org.airisk.workbench.ui.questionnaire;

import java.util.UUID;
import java.util.function.Consumer;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.ui.BackgroundWork;

/**
 * What the open questionnaire does when a colleague changed its assessment on the team workspace (ADR 0042). With
 * everything on screen saved, it shows what is stored now, on the same section, and says whose changes came in.
 * With a change of the assessor's not yet saved, nothing on screen is replaced: the notice says a colleague changed
 * it, and a save of an answer they both changed is refused and shown side by side as usual (ADR 0036).
 */
public final class ColleagueEdits {
    private final AssessmentRepository repository;
    private final BackgroundWork background;

    public ColleagueEdits(AssessmentRepository repository, BackgroundWork background) {
        this.repository = repository;
        this.background = background;
    }

    /**
     * On the FX thread: {@code who} (possibly "") changed the assessment {@code model} shows.
     *
     * @param notice told the sentence for the status line
     */
    public void changed(QuestionnaireViewModel model, String who, Consumer<String> notice) {
        if (model.isPreview()) {
            return;
        }
        String name = who == null || who.isBlank() ? "" : who.strip();
        if (model.unsavedProperty().get()) {
            notice.accept(whileUnsaved(name));
            return;
        }
        UUID id = model.assessment().id();
        background.submit(
                () -> repository.answersToEdit(id),
                stored -> {
                    // the assessor may have changed something while it was read: theirs stays on screen
                    if (model.unsavedProperty().get()) {
                        notice.accept(whileUnsaved(name));
                    } else {
                        model.showStored(stored);
                        notice.accept(updated(name));
                    }
                },
                failure -> notice.accept((name.isEmpty() ? "A colleague" : name) + " changed this assessment, but "
                        + "their changes could not be read now. Open it again to see them."));
    }

    static String updated(String name) {
        return "Updated with " + (name.isEmpty() ? "a colleague's" : name + "\u2019s") + " changes.";
    }

    static String whileUnsaved(String name) {
        return (name.isEmpty() ? "A colleague" : name) + " changed this assessment while a change of yours was "
                + "not yet saved. Yours stays on screen; if you both changed the same answer, saving it shows both "
                + "versions to choose from.";
    }
}
