package org.airisk.workbench.ui.shell;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.airisk.workbench.assessment.ChangesElsewhere;
import org.airisk.workbench.ui.library.LibraryViewModel;
import org.airisk.workbench.ui.portfolio.PortfolioViewModel;
import org.airisk.workbench.ui.questionnaire.ColleagueEdits;
import org.airisk.workbench.ui.questionnaire.QuestionnaireViewModel;

/**
 * Brings what the window shows up to date when colleagues change assessments on the team workspace (ADR 0042): the
 * library's rows read so far, or the portfolio, are read again; the open assessment, when it is one of those
 * changed, takes in their changes as {@link ColleagueEdits} says.
 */
final class ColleagueChangesShown {
    /** What is on screen now; each empty when not shown. */
    record Shown(
            Supplier<Optional<LibraryViewModel>> library,
            Supplier<Optional<PortfolioViewModel>> portfolio,
            Supplier<Optional<QuestionnaireViewModel>> assessment) {}

    private final Shown shown;
    private final ColleagueEdits edits;
    private final Consumer<String> notice;

    ColleagueChangesShown(Shown shown, ColleagueEdits edits, Consumer<String> notice) {
        this.shown = shown;
        this.edits = edits;
        this.notice = notice;
    }

    /** Takes in every burst of {@code changes} on {@code fxThread}. */
    void follow(ChangesElsewhere changes, Executor fxThread) {
        changes.subscribe(changed -> fxThread.execute(() -> show(changed)));
    }

    /** On the FX thread: {@code changed} as {@link ChangesElsewhere#subscribe} tells it. */
    void show(Map<UUID, String> changed) {
        shown.library().get().ifPresent(LibraryViewModel::refresh);
        shown.portfolio().get().ifPresent(PortfolioViewModel::refresh);
        shown.assessment()
                .get()
                .filter(model -> changed.containsKey(model.assessment().id()))
                .ifPresent(model ->
                        edits.changed(model, changed.get(model.assessment().id()), notice));
    }
}
