package org.airisk.workbench.ui.shell;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.ui.library.LibraryView;
import org.airisk.workbench.ui.library.LibraryViewModel;
import org.airisk.workbench.ui.portfolio.PortfolioView;
import org.airisk.workbench.ui.portfolio.PortfolioViewModel;
import org.airisk.workbench.ui.questionnaire.AnswerSearch;
import org.airisk.workbench.ui.questionnaire.AnswerSearchDialog;
import org.airisk.workbench.ui.questionnaire.QuestionnaireViewModel;
import org.airisk.workbench.ui.register.ScoringSession;
import org.airisk.workbench.ui.risks.RiskLibraryView;

/**
 * What fills the window under the menus: the assessment library, the risk library, the portfolio, or the open
 * assessment's tabs; and the window's title to match.
 */
final class Screens {
    /** Leads the window title while a change is unsaved. */
    static final String UNSAVED_MARK = "\u2022 ";

    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final LibraryViewModel libraryModel;
    private final LibraryView libraryView;
    private final Supplier<RiskLibraryView> riskLibraries;
    private final Supplier<PortfolioViewModel> portfolios;
    private final UserFormats formats;
    private final Consumer<UUID> open;
    private final StatusLines status;
    /** Runs when the open assessment is closed: the next start then shows the library. */
    private final Runnable forget;

    private RiskLibraryView riskLibraryView;
    private PortfolioView portfolioView;
    private PortfolioViewModel portfolioModel;
    private AssessmentTabs assessmentTabs;
    private Assessment openAssessment;
    private QuestionnaireViewModel openModel;

    Screens(
            Stage stage,
            LibraryViewModel libraryModel,
            UserFormats formats,
            Supplier<RiskLibraryView> riskLibraries,
            Supplier<PortfolioViewModel> portfolios,
            Consumer<UUID> open,
            StatusLines status,
            Runnable forget) {
        this.stage = stage;
        this.libraryModel = libraryModel;
        this.libraryView = new LibraryView(libraryModel, formats, this::showRiskLibrary, this::showPortfolio);
        this.riskLibraries = riskLibraries;
        this.portfolios = portfolios;
        this.formats = formats;
        this.open = open;
        this.status = status;
        this.forget = forget;
    }

    /** The window's title with an assessment open: marked while a change is not yet saved, or failed to save. */
    static String assessmentTitle(String assessment, boolean unsaved) {
        return (unsaved ? UNSAVED_MARK : "") + assessment + " \u2013 AI Risk Workbench";
    }

    BorderPane root() {
        return root;
    }

    LibraryView libraryView() {
        return libraryView;
    }

    LibraryViewModel libraryModel() {
        return libraryModel;
    }

    void showLibrary() {
        if (root.getCenter() != libraryView) {
            root.setCenter(libraryView);
            assessmentTabs = null;
            openAssessment = null;
            openModel = null;
            forget.run();
            stage.setTitle("AI Risk Workbench");
            libraryModel.refresh();
            libraryView.focusTable();
        }
    }

    /** Forgets the open assessment even if the library already shows, then shows the library. */
    void closeToLibrary() {
        forget.run();
        showLibrary();
    }

    void showRiskLibrary() {
        if (riskLibraryView == null || root.getCenter() != riskLibraryView) {
            leaveAssessment();
            root.setCenter(riskLibraryView());
            stage.setTitle("Risk library \u2013 AI Risk Workbench");
        }
    }

    /** All saved assessments at a glance; read afresh each time it is shown. */
    void showPortfolio() {
        if (portfolioView == null || root.getCenter() != portfolioView) {
            leaveAssessment();
            PortfolioViewModel model = portfolios.get();
            portfolioView = new PortfolioView(model, formats, this::showLibrary, open);
            portfolioModel = model;
            root.setCenter(portfolioView);
            stage.setTitle("Portfolio \u2013 AI Risk Workbench");
            model.refresh();
        }
    }

    /** Shows an assessment just opened, its title marked while a change is unsaved. */
    void showAssessment(Assessment assessment, QuestionnaireViewModel model, AssessmentTabs tabs) {
        assessmentTabs = tabs;
        openAssessment = assessment;
        openModel = model;
        model.unsavedProperty().addListener((obs, was, now) -> {
            if (model == openModel) {
                titleForOpenAssessment();
            }
        });
        model.saveNoticeProperty().addListener((obs, was, notice) -> {
            if (model == openModel && !notice.isEmpty()) {
                status.showNotice(notice, !QuestionnaireViewModel.ALL_SAVED.equals(notice));
            }
        });
        root.setCenter(assessmentTabs);
    }

    /** The risk library is built again when next shown: the catalog behind it changed. */
    void catalogChanged() {
        boolean showing = riskLibraryShown();
        riskLibraryView = null;
        if (showing) {
            root.setCenter(riskLibraryView());
        }
    }

    void titleForOpenAssessment() {
        if (openModel != null && openAssessment != null && root.getCenter() == assessmentTabs) {
            stage.setTitle(assessmentTitle(
                    openAssessment.title(), openModel.unsavedProperty().get()));
        }
    }

    /** Closes the open assessment's screens, if any; the next start then shows the library. */
    private void leaveAssessment() {
        if (assessmentTabs != null) {
            forget.run();
            assessmentTabs = null;
            openAssessment = null;
            openModel = null;
        }
    }

    private RiskLibraryView riskLibraryView() {
        if (riskLibraryView == null) {
            riskLibraryView = riskLibraries.get();
        }
        return riskLibraryView;
    }

    private boolean riskLibraryShown() {
        return riskLibraryView != null && root.getCenter() == riskLibraryView;
    }

    private boolean tabsShown() {
        return assessmentTabs != null && root.getCenter() == assessmentTabs;
    }

    /** True while no assessment's tabs are shown: what disables the menu items that act on one. */
    BooleanBinding noAssessmentShown() {
        return Bindings.createBooleanBinding(
                () -> !(root.getCenter() instanceof AssessmentTabs), root.centerProperty());
    }

    /** Runs an action on the open assessment's tabs, if they are shown. */
    void tabs(Consumer<AssessmentTabs> action) {
        if (tabsShown()) {
            action.accept(assessmentTabs);
        }
    }

    /** The open assessment's scoring, if its tabs are shown. */
    Optional<ScoringSession> openSession() {
        return tabsShown() ? Optional.of(assessmentTabs.session()) : Optional.empty();
    }

    /** The open assessment (tabs kept even when another screen shows), for Edit › Evidence. */
    Optional<Assessment> openAssessment() {
        return assessmentTabs != null ? Optional.ofNullable(openAssessment) : Optional.empty();
    }

    Optional<AssessmentTabs> openTabs() {
        return Optional.ofNullable(assessmentTabs);
    }

    Optional<QuestionnaireViewModel> openModel() {
        return Optional.ofNullable(openModel);
    }

    /** What is on screen now, for {@link ColleagueChangesShown}; the side panels as {@code offered}. */
    ColleagueChangesShown.Shown shown(OfferedActions offered) {
        return new ColleagueChangesShown.Shown(
                () -> Optional.of(libraryModel).filter(m -> root.getCenter() == libraryView),
                () -> Optional.ofNullable(portfolioModel).filter(m -> root.getCenter() == portfolioView),
                () -> openModel().filter(m -> tabsShown()),
                this::openSession,
                () -> {
                    if (offered.comments != null && offered.comments.model() != null) {
                        offered.comments.model().refresh();
                    }
                    if (offered.review != null) {
                        offered.review.model().refresh();
                    }
                });
    }

    /** The open assessment, or the one selected in the library: what export acts on. */
    Optional<Map.Entry<UUID, String>> currentAssessment() {
        Assessment current = tabsShown() ? openAssessment : null;
        if (current != null) {
            return Optional.of(Map.entry(current.id(), current.title()));
        }
        var selected = libraryModel.selectedProperty().get();
        if (selected != null && root.getCenter() == libraryView) {
            return Optional.of(Map.entry(selected.id(), selected.title()));
        }
        return Optional.empty();
    }

    /** File › Search: the register's or questionnaire's search, the risk library's, or the library's. */
    void search() {
        if (tabsShown()) {
            if (assessmentTabs.focusRegisterSearch()) {
                return;
            }
            if (assessmentTabs.isQuestionnaireShown()) {
                findInAnswers();
                return;
            }
        }
        if (riskLibraryShown()) {
            riskLibraryView.focusSearch();
        } else {
            showLibrary();
            libraryView.focusSearch();
        }
    }

    /** Edit › Find in answers and notes: over the open assessment, which it opens at the question found. */
    void findInAnswers() {
        if (assessmentTabs != null && openModel != null) {
            root.setCenter(assessmentTabs);
            assessmentTabs.showQuestionnaire();
            AnswerSearchDialog.show(stage, new AnswerSearch(openModel));
        }
    }

    /** Save (Ctrl+S): everything is saved as it changes; this says so, or saves again what failed. */
    void saveNow() {
        if (openModel != null && root.getCenter() == assessmentTabs) {
            openModel.saveNow();
        } else {
            status.showNotice(
                    QuestionnaireViewModel.ALL_SAVED + ": the workbench saves every change as you make it.", false);
        }
    }
}
