package org.airisk.workbench.ui.shell;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Questionnaires;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;
import org.airisk.workbench.ui.questionnaire.QuestionnaireViewModel;
import org.airisk.workbench.ui.templates.VersionMoveDialog;
import org.airisk.workbench.ui.templates.VersionMoveViewModel;

/**
 * Edit › Move to newer questionnaire version…: offered while an assessment is open whose questionnaire has a newer
 * version installed. Previews the move, saves it when confirmed, opens the assessment again on the newer version
 * and says in the status line how many answers need review.
 */
final class VersionMoveActions {
    private final Stage stage;
    private final Screens screens;
    private final Questionnaires templates;
    private final AssessmentRepository assessments;
    private final BackgroundWork background;
    private final StatusLines status;
    private final Consumer<UUID> reopen;

    VersionMoveActions(
            Stage stage,
            Screens screens,
            Questionnaires templates,
            AssessmentRepository assessments,
            BackgroundWork background,
            StatusLines status,
            Consumer<UUID> reopen) {
        this.stage = stage;
        this.screens = screens;
        this.templates = templates;
        this.assessments = assessments;
        this.background = background;
        this.status = status;
        this.reopen = reopen;
    }

    MenuItem menuItem() {
        MenuItem item = WorkbenchMenus.item("Move to newer questionnaire version\u2026", null, this::start);
        item.setId("menu-move-version");
        item.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> shown().flatMap(this::newer).isEmpty(),
                        screens.root().centerProperty()));
        return item;
    }

    /** The assessment whose tabs are shown, if any. */
    private Optional<Assessment> shown() {
        return screens.noAssessmentShown().get() ? Optional.empty() : screens.openAssessment();
    }

    private Optional<QuestionnaireTemplate> newer(Assessment a) {
        return templates.newest(a.templateId()).filter(t -> t.version() > a.templateVersion());
    }

    private void start() {
        Optional<Assessment> open = shown();
        Optional<QuestionnaireTemplate> from = open.flatMap(a -> templates.find(a.templateId(), a.templateVersion()));
        Optional<QuestionnaireTemplate> to = open.flatMap(this::newer);
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        Optional<String> unsaved = screens.openModel().flatMap(QuestionnaireViewModel::quitWarning);
        if (unsaved.isPresent()) {
            Dialogs.error(stage, "Save your changes first", unsaved.get());
            return;
        }
        Assessment a = open.get();
        VersionMoveDialog.show(
                stage,
                a.title(),
                new VersionMoveViewModel(a.id(), from.get(), to.get(), assessments, background),
                move -> {
                    reopen.accept(a.id());
                    status.showNotice(VersionMoveViewModel.outcome(move), false);
                },
                failure -> Dialogs.error(stage, "The assessment was not moved", UserMessages.describe(failure)));
    }
}
