package org.airisk.workbench.ui.register;

import java.util.UUID;
import java.util.function.Consumer;
import org.airisk.workbench.scoring.RegisterRepository;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.ui.BackgroundWork;

/**
 * What the open assessment's register, plan and dashboard do when a colleague changed it on the team workspace (ADR
 * 0042). With no override or plan change of the assessor's pending, the scoring method, overrides and plan are read
 * again and every tab shows them. With one pending (typed in a form, still being saved, or a conflict not yet
 * settled), nothing on screen is replaced and the assessor is told; a save of something they both changed is then
 * refused and shown side by side as usual (ADR 0036).
 */
public final class ColleagueScoringChanges {
    private final RegisterRepository repository;
    private final BackgroundWork background;

    public ColleagueScoringChanges(RegisterRepository repository, BackgroundWork background) {
        this.repository = repository;
        this.background = background;
    }

    /**
     * On the FX thread: {@code who} (possibly "") changed the assessment {@code session} scores.
     *
     * @param shown runs once their changes are on screen
     * @param kept told the sentence for the status line when the assessor's pending change kept them off it
     */
    public void changed(ScoringSession session, String who, Runnable shown, Consumer<String> kept) {
        String name = who == null || who.isBlank() ? "A colleague" : who.strip();
        if (session.hasUnsavedEdit()) {
            kept.accept(whileUnsaved(name));
            return;
        }
        UUID id = session.assessment();
        ScoringMethod method = session.method();
        background.submit(
                () -> new ScoringSession.Records(
                        repository.methodToEdit(id).orElse(method),
                        repository.overridesToEdit(id),
                        repository.planToEdit(id)),
                stored -> {
                    // the assessor may have started a change while it was read: theirs stays on screen
                    if (session.hasUnsavedEdit()) {
                        kept.accept(whileUnsaved(name));
                    } else {
                        session.showStored(stored);
                        shown.run();
                    }
                },
                failure -> kept.accept(name + " changed this assessment, but their ratings and plan could not be "
                        + "read now. Open it again to see them."));
    }

    static String whileUnsaved(String name) {
        return name + " changed this assessment while a change of yours to a rating or the plan was not yet saved. "
                + "Yours stays on screen; if you both changed the same one, saving it shows both versions to choose "
                + "from.";
    }
}
