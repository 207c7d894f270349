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
import org.airisk.workbench.ui.register.ColleagueScoringChanges;
import org.airisk.workbench.ui.register.ScoringSession;

/**
 * Brings what the window shows up to date when colleagues change assessments on the team workspace (ADR 0042): the
 * library's rows read so far, or the portfolio, are read again; the open assessment, when it is one of those
 * changed, takes in their answers as {@link ColleagueEdits} says and their ratings and plan as
 * {@link ColleagueScoringChanges} says, and reads its comments and review state again.
 */
final class ColleagueChangesShown {
    /**
     * What is on screen now; each empty when not shown.
     *
     * @param scoring the open assessment's register, plan and dashboard
     * @param sidePanels reads the open assessment's comments and review banner again
     */
    record Shown(
            Supplier<Optional<LibraryViewModel>> library,
            Supplier<Optional<PortfolioViewModel>> portfolio,
            Supplier<Optional<QuestionnaireViewModel>> assessment,
            Supplier<Optional<ScoringSession>> scoring,
            Runnable sidePanels) {}

    /** How the open assessment takes in a colleague's changes. */
    record Edits(ColleagueEdits answers, ColleagueScoringChanges scoring) {}

    private final Shown shown;
    private final Edits edits;
    private final Consumer<String> notice;

    ColleagueChangesShown(Shown shown, Edits edits, Consumer<String> notice) {
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
                .ifPresent(model -> {
                    String who = changed.get(model.assessment().id());
                    shown.sidePanels().run();
                    // the answers' sentence is said once the ratings and plan are in, unless they were kept off
                    edits.answers().changed(model, who, said -> scoring(model, who, said));
                });
    }

    private void scoring(QuestionnaireViewModel model, String who, String said) {
        Optional<ScoringSession> session = shown.scoring()
                .get()
                .filter(s -> s.assessment().equals(model.assessment().id()));
        if (session.isPresent()) {
            edits.scoring().changed(session.get(), who, () -> notice.accept(said), notice);
        } else {
            notice.accept(said);
        }
    }
}
