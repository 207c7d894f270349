package org.airisk.workbench.ui.shell;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.stage.Stage;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.FollowUpAssessment;
import org.airisk.workbench.assessment.NotAllowed;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.UnsavedChanges;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Questionnaires;
import org.airisk.workbench.scoring.RegisterRepository;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.scoring.StoredScoring;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.comments.AnchorNames;
import org.airisk.workbench.ui.conflict.SaveConflictDialog;
import org.airisk.workbench.ui.questionnaire.QuestionnaireView;
import org.airisk.workbench.ui.questionnaire.QuestionnaireViewModel;
import org.airisk.workbench.ui.register.ScoringSession;

/**
 * Opens an assessment: reads its answers and scoring records off the FX thread, then shows its tabs (with review
 * and comments when offered) and remembers it as the last and a recent one.
 */
final class AssessmentOpener {
    /** Where the opener reads and keeps an assessment's answers and scoring. */
    record Stores(
            AssessmentRepository assessments,
            RegisterRepository registers,
            StoredScoring scoring,
            Questionnaires templates,
            UnsavedChanges journal) {}

    private record Loaded(Assessment assessment, Map<String, RecordedAnswer> answers, ScoringSession.Records records) {}

    private final Stage stage;
    private final Stores stores;
    private final BackgroundWork background;
    private final UserFormats formats;
    private final Supplier<RiskCatalog> catalog;
    private final ObjectProperty<ScoringMethod> methodForNew;
    private final Supplier<LocalDate> today;
    private final Screens screens;
    private final OfferedActions offered;
    private final RecentMenu recent;
    /** Remembers the assessment shown, to open it again at the next start. */
    private final Consumer<UUID> remember;

    AssessmentOpener(
            Stage stage,
            Stores stores,
            BackgroundWork background,
            UserFormats formats,
            Supplier<RiskCatalog> catalog,
            ObjectProperty<ScoringMethod> methodForNew,
            Supplier<LocalDate> today,
            Screens screens,
            OfferedActions offered,
            RecentMenu recent,
            Consumer<UUID> remember) {
        this.stage = stage;
        this.stores = stores;
        this.background = background;
        this.formats = formats;
        this.catalog = catalog;
        this.methodForNew = methodForNew;
        this.today = today;
        this.screens = screens;
        this.offered = offered;
        this.recent = recent;
        this.remember = remember;
    }

    /** Opens an assessment; {@code ifMissing} runs when it is no longer in the library. */
    void open(UUID id, Runnable ifMissing) {
        ScoringMethod forNew = methodForNew.get();
        background.submit(
                () -> load(id, forNew),
                loaded -> {
                    if (loaded.assessment() == null) {
                        screens.closeToLibrary();
                        ifMissing.run();
                    } else {
                        show(loaded);
                    }
                },
                this::showFailure);
    }

    private Loaded load(UUID id, ScoringMethod forNew) {
        Assessment assessment = stores.assessments().find(id).orElse(null);
        if (assessment == null) {
            return new Loaded(null, Map.of(), null);
        }
        Map<String, RecordedAnswer> answers = stores.assessments().answersToEdit(id);
        ScoringMethod method = stores.registers().methodToEdit(id).orElse(null);
        if (method == null) {
            // First scored now: the assessment keeps this method until the assessor rescores it.
            method = forNew;
            try {
                stores.registers().saveMethod(id, method);
            } catch (NotAllowed reviewersAccount) {
                // A reviewer's account may not record it (ADR 0040): scored with it on screen, saved by an assessor.
            }
        }
        stores.scoring().bringUpToDate(id); // the library shows its progress even if it was imported or never opened
        return new Loaded(
                assessment,
                answers,
                new ScoringSession.Records(
                        method,
                        stores.registers().overridesToEdit(id),
                        stores.registers().planToEdit(id)));
    }

    private void show(Loaded loaded) {
        Assessment a = loaded.assessment();
        var template = stores.templates().find(a.templateId(), a.templateVersion());
        if (template.isEmpty()) {
            screens.closeToLibrary();
            Dialogs.error(
                    stage,
                    "Cannot open \u201c" + a.title() + "\u201d",
                    "It follows the questionnaire '"
                            + a.templateId() + "' version " + a.templateVersion() + ", which is not installed here. "
                            + "Put that template file in the data folder's templates folder and restart.");
            return;
        }
        QuestionnaireViewModel model = new QuestionnaireViewModel(
                a, template.get(), loaded.answers(), stores.assessments(), background, stores.journal());
        QuestionnaireView questionnaireView =
                new QuestionnaireView(model, formats, screens::showLibrary, () -> startAgentAssessment(a));
        ScoringSession session = new ScoringSession(
                a.id(),
                model.stateProperty(),
                loaded.records(),
                catalog.get(),
                stores.registers(),
                background,
                methodForNew,
                today);
        AssessmentTabs tabs = new AssessmentTabs(questionnaireView, model, session, formats);
        SaveConflictDialog.showWhenRefused(model.conflictProperty(), screens.root(), formats.zone());
        SaveConflictDialog.showWhenRefused(session.conflictProperty(), screens.root(), formats.zone());
        if (offered.review != null) {
            offered.review.opened(a.id(), model, session, tabs::goToQuestion, tabs::openRisk);
        }
        screens.showAssessment(a, model, tabs);
        if (offered.comments != null) {
            offered.comments.show(
                    screens.root(), tabs, a.id(), anchorNames(template.get(), session), tabs::commentAnchor);
        }
        screens.titleForOpenAssessment();
        recent.opened(a.id(), a.title());
        remember.accept(a.id());
    }

    private AnchorNames anchorNames(QuestionnaireTemplate template, ScoringSession session) {
        return new AnchorNames(template, r -> catalog.get().risk(r).map(Risk::name), session::planItems);
    }

    /** A second assessment of the same system with the agent questionnaire, profile answers carried over. */
    private void startAgentAssessment(Assessment from) {
        var agent = stores.templates().newest(QuestionnaireViewModel.AGENT_QUESTIONNAIRE);
        if (agent.isEmpty()) {
            Dialogs.error(
                    stage,
                    "The AI agent risk assessment is not installed",
                    "Its template could not be " + "loaded; see Help \u203a Template problems.");
            return;
        }
        String title = from.title().length() > 180 ? from.title().substring(0, 180) : from.title();
        background.submit(
                () -> FollowUpAssessment.start(stores.assessments(), from, agent.get(), title + " \u2013 agents"),
                created -> open(created.id(), () -> {}),
                this::showFailure);
    }

    private void showFailure(Throwable failure) {
        Dialogs.failure(stage, failure);
    }
}
