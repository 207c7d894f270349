package org.airisk.workbench.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.questionnaire.TemplateProblem;
import org.airisk.workbench.settings.Preferences;
import org.airisk.workbench.settings.WindowPlacement;
import org.airisk.workbench.questionnaire.Questionnaires;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.Theme;
import org.airisk.workbench.ui.library.LibraryView;
import org.airisk.workbench.ui.library.LibraryViewModel;
import org.airisk.workbench.ui.risks.RiskLibraryView;
import org.airisk.workbench.ui.risks.RiskLibraryViewModel;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalog.AtlasImport;
import org.airisk.workbench.ui.questionnaire.QuestionnaireView;
import org.airisk.workbench.ui.questionnaire.AnswerSearch;
import org.airisk.workbench.ui.questionnaire.AnswerSearchDialog;
import org.airisk.workbench.ui.questionnaire.QuestionnaireViewModel;
import org.airisk.workbench.ui.register.ScoringSession;
import org.airisk.workbench.portfolio.PortfolioQueries;
import org.airisk.workbench.exchange.PackageExchange;
import org.airisk.workbench.report.ReportWriter;
import org.airisk.workbench.ui.portfolio.PortfolioView;
import org.airisk.workbench.ui.portfolio.PortfolioViewModel;
import org.airisk.workbench.scoring.RegisterRepository;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.scoring.StoredScoring;
import org.airisk.workbench.assessment.UnsavedChanges;
import org.airisk.workbench.format.UserFormats;
import javafx.beans.binding.Bindings;
import org.airisk.workbench.ui.Buttons;

/**
 * The main window: menus, the library, and the assessment being answered. Remembers its place, its theme and
 * the open assessment between runs.
 */
public final class WorkbenchWindow {
    public static final String PLACEMENT = org.airisk.workbench.settings.PreferenceKeys.PLACEMENT;
    public static final String LAST_ASSESSMENT = org.airisk.workbench.settings.PreferenceKeys.LAST_ASSESSMENT;
    public static final String SCORING_METHOD = org.airisk.workbench.settings.PreferenceKeys.SCORING_METHOD;

    /** What the window needs from the rest of the app, read before it is built. */
    public record Start(Theme theme, Optional<WindowPlacement> placement, Optional<UUID> lastAssessment,
                        org.airisk.workbench.review.LibraryPages.Page library, ScoringMethod scoringMethod, RecentAssessments recent) {
    }

    private final Stage stage;
    private final AssessmentRepository assessments;
    private final Questionnaires templates;
    private final org.airisk.workbench.questionnaire.QuestionnaireImport questionnaireFiles;
    private final Preferences preferences;
    private final BackgroundWork background;
    private final BorderPane root = new BorderPane();
    private final LibraryViewModel libraryModel;
    private final LibraryView libraryView;
    private final Label banner = new Label();
    private final Label saveNotice = new Label();
    private final javafx.animation.PauseTransition noticeShown =
            new javafx.animation.PauseTransition(javafx.util.Duration.seconds(4));
    private final FileFolders folders;
    private QuestionnaireViewModel openModel;
    private RecentAssessments recent = RecentAssessments.decode(Optional.empty());
    private final Menu recentMenu = new Menu("Recent assessments");
    private final AtlasImport atlasImporter;
    private final java.nio.file.Path dataFolder;
    private RiskCatalog catalog;
    private RiskLibraryView riskLibraryView;
    private AssessmentTabs assessmentTabs;
    private Theme theme;
    private final RegisterRepository registers;
    private final StoredScoring scoring;
    private final UnsavedChanges journal;
    /** Changes a previous run could not save, saved at this start: told once the window shows. */
    private final int restoredChanges;
    /** Assessments scored per piece of background work while catching up: short enough not to hold up a save. */
    private static final int CATCH_UP_BATCH = 10;
    private final PortfolioQueries portfolio;
    private final ExchangeActions exchange;
    private final CompareActions compare;
    private final ReportWriter reports;
    private final java.time.Clock clock;
    private final UserFormats formats;
    private Assessment openAssessment;
    private PortfolioView portfolioView;
    private RecoveryActions recovery;
    private ProtectionActions protection;
    private EvidenceActions evidence;
    private final javafx.beans.property.ObjectProperty<ScoringMethod> settingsMethod =
            new javafx.beans.property.SimpleObjectProperty<>(ScoringMethod.standard());

    private org.airisk.workbench.ui.workspace.WorkspaceActions workspaces;

    /** File › Connect to team server (and back to this computer's library); set before {@link #show}. */
    public void offerWorkspaces(org.airisk.workbench.ui.workspace.WorkspaceActions actions) {
        this.workspaces = actions;
    }

    /** File › Protect with a password (or Change password, Remove protection); set before {@link #show}. */
    public void offerProtection(ProtectionActions actions) {
        this.protection = actions;
    }

    /** Edit › Evidence: files kept with the open assessment; set before {@link #show}. */
    public void offerEvidence(org.airisk.workbench.evidence.EvidenceFiles files,
                              java.util.function.Supplier<String> user) {
        this.evidence = new EvidenceActions(files, background, user, formats, folders);
    }

    private YourDetails yourDetails;

    /** Your details, for actions that record who acted; null until offered. */
    public YourDetails yourDetails() {
        return yourDetails;
    }

    /** Edit › Your details (and the question before a name is first recorded); set before {@link #show}. */
    public YourDetails offerYourDetails(org.airisk.workbench.signing.SigningKeys keys) {
        yourDetails = new YourDetails(preferences, keys, background, folders);
        return yourDetails;
    }
    /** View › Audit trail for the open or selected assessment; set before {@link #show}. */
    public void offerAuditTrail(org.airisk.workbench.ui.audit.AuditTrailActions actions) {
        this.auditTrail = actions;
    }

    private org.airisk.workbench.ui.audit.AuditTrailActions auditTrail;

    private org.airisk.workbench.ui.comments.CommentsSidebar comments;

    /** The review comments beside an open assessment (View › Comments); set before {@link #show}. */
    public void offerComments(org.airisk.workbench.ui.comments.CommentsSidebar sidebar) {
        this.comments = sidebar;
    }

    /** The Review menu and banner (docs/review.md); set before {@link #show}. */
    public void offerReview(org.airisk.workbench.review.ReviewRepository reviews,
                            org.airisk.workbench.signing.SigningKeys keys) {
        this.review = new org.airisk.workbench.ui.review.ReviewActions(stage, new org.airisk.workbench.ui.review
                .ReviewViewModel(reviews, new org.airisk.workbench.review.SignOffSignatures(keys), background,
                () -> org.airisk.workbench.settings.UserIdentity.read(preferences), formats));
        review.askWhoBeforeRecording((owner, then) -> {
            if (yourDetails != null) {
                yourDetails.ensureKnown(owner, then);
            } else {
                then.accept(review.model().identityProperty().get());
            }
        });
        this.versions = new VersionsActions(reviews, reports, background, formats);
        this.reassess = new ReassessActions(new org.airisk.workbench.changes.StartReassessment(assessments, registers,
                templates::find, templates::newest, new org.airisk.workbench.changes.Reassessment(clock)), reviews,
                background, id -> {
                    libraryModel.refresh();
                    open(id, () -> { });
                });
    }

    private org.airisk.workbench.ui.review.ReviewActions review;
    private VersionsActions versions;
    private ReassessActions reassess;

    /** File › Restore from backup and Help › Open log folder; set before {@link #show}. */
    public void offerRecovery(RecoveryActions actions) {
        this.recovery = actions;
    }

    public WorkbenchWindow(Stage stage, AssessmentRepository assessments, RegisterRepository registers,
                           PortfolioQueries portfolio, PackageExchange packages, ReportWriter reports,
                           Questionnaires templates,
                           org.airisk.workbench.questionnaire.QuestionnaireImport questionnaireFiles,
                           RiskCatalog catalog, AtlasImport atlasImporter, Preferences preferences,
                           BackgroundWork background, java.nio.file.Path dataFolder, java.time.Clock clock,
                           UserFormats formats, FileFolders folders, StoredScoring scoring, UnsavedChanges journal,
                           int restoredChanges, org.airisk.workbench.review.LibraryPages libraryPages) {
        this.folders = folders;
        this.scoring = scoring;
        this.journal = journal;
        this.restoredChanges = restoredChanges;
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.formats = formats;
        this.portfolio = portfolio;
        this.registers = registers;
        this.stage = stage;
        this.assessments = assessments;
        this.templates = templates;
        this.questionnaireFiles = questionnaireFiles;
        this.preferences = preferences;
        this.background = background;
        this.libraryModel = new LibraryViewModel(assessments, libraryPages, templates, background, this::open);
        this.libraryView = new LibraryView(libraryModel, formats, this::showRiskLibrary, this::showPortfolio);
        this.catalog = catalog;
        this.atlasImporter = atlasImporter;
        this.exchange = new ExchangeActions(stage, background, packages, reports, this::today, this::currentAssessment, () -> {
            showLibrary();
            libraryModel.refresh();
            catchUpScoring();
        }, folders, formats);
        this.compare = new CompareActions(stage, background, packages, reports, folders, this::currentAssessment);
        this.reports = reports;
        // The risk library is built when first shown: it is not needed for the first frame.
    }

    private RiskLibraryView riskLibraryView() {
        if (riskLibraryView == null) {
            riskLibraryView = riskLibrary();
        }
        return riskLibraryView;
    }

    private RiskLibraryView riskLibrary() {
        return new RiskLibraryView(new RiskLibraryViewModel(catalog, templates.offered()), this::showLibrary);
    }

    /** Shows the window as it was left; {@code onLibraryShown} runs once the library's rows are on screen. */
    public void show(Start start, Runnable onLibraryShown) {
        theme = start.theme(); // applied by the caller before the window's first control was made
        settingsMethod.set(start.scoringMethod());
        recent = start.recent();
        root.setTop(new javafx.scene.layout.VBox(menuBar(), templateBanner(), saveNotice()));
        if (review != null) {
            ((javafx.scene.layout.VBox) root.getTop()).getChildren().add(review.banner());
        }
        root.setCenter(libraryView);
        Scene scene = new Scene(root, 1180, 760);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                    .anyMatch(f -> f.getName().endsWith(".json"))) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            var files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.<java.io.File>of();
            files.stream().filter(f -> f.getName().endsWith(".json")).forEach(f -> exchange.importPackage(f.toPath()));
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
        scene.getStylesheets().add(WorkbenchWindow.class.getResource("/ui/workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("AI Risk Workbench");
        stage.setMinWidth(WindowPlacement.MIN_WIDTH);
        stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        start.placement().filter(WorkbenchWindow::onSomeScreen).ifPresent(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
            stage.setMaximized(p.maximized());
        });
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
                return;
            }
            rememberPlacement();
        });
        libraryModel.show(start.library());
        stage.show();
        // The library was read while the toolkit started, so the first frame already has its rows.
        Platform.runLater(() -> {
            onLibraryShown.run();
            start.lastAssessment().ifPresentOrElse(this::open, libraryView::focusTable);
            catchUpScoring();
            if (restoredChanges > 0) {
                showNotice(restoredChanges + (restoredChanges == 1 ? " change" : " changes") + " that could not be "
                        + "saved last time (kept beside the library) " + (restoredChanges == 1 ? "was" : "were")
                        + " saved now.", false);
            }
        });
    }

    /**
     * Scores, a few at a time between saves, the assessments whose library row and portfolio results are out of
     * date (imported, or answered while not open), then shows the library's new figures.
     */
    private void catchUpScoring() {
        background.submit(() -> scoring.catchUp(CATCH_UP_BATCH), batch -> {
            if (batch.scored() > 0) {
                libraryModel.updateFigures();
            }
            if (batch.more()) {
                catchUpScoring();
            }
        }, this::showFailure);
    }

    private static boolean onSomeScreen(WindowPlacement p) {
        return !Screen.getScreensForRectangle(new Rectangle2D(p.x(), p.y(), p.width(), p.height())).isEmpty();
    }

    private Node templateBanner() {
        var problems = templates.problems();
        banner.setId("template-banner");
        banner.setWrapText(true);
        banner.setPadding(new Insets(6, 20, 6, 20));
        banner.getStyleClass().add("warning-banner");
        if (problems.isEmpty()) {
            banner.setVisible(false);
            banner.setManaged(false);
        } else {
            banner.setText(problems.size() == 1
                    ? "A questionnaire template could not be loaded: " + problems.get(0)
                    + ". The other questionnaires work. See Help \u203a Template problems."
                    : problems.size() + " problems kept questionnaire templates from loading; the others work. "
                    + "See Help \u203a Template problems.");
        }
        return new HBox(banner);
    }

    /** A line under the menus that says for a few seconds what Save came to. */
    private Node saveNotice() {
        saveNotice.setId("save-notice");
        saveNotice.setWrapText(true);
        saveNotice.setMaxWidth(Double.MAX_VALUE);
        saveNotice.setPadding(new Insets(6, 20, 6, 20));
        saveNotice.getStyleClass().add("info-banner");
        saveNotice.setVisible(false);
        saveNotice.managedProperty().bind(saveNotice.visibleProperty());
        noticeShown.setOnFinished(e -> saveNotice.setVisible(false));
        return saveNotice;
    }

    private void showNotice(String text, boolean problem) {
        saveNotice.setText(text);
        saveNotice.getStyleClass().removeAll("info-banner", "warning-banner");
        saveNotice.getStyleClass().add(problem ? "warning-banner" : "info-banner");
        saveNotice.setVisible(true);
        noticeShown.playFromStart();
    }

    /** Save (Ctrl+S): everything is saved as it changes; this says so, or saves again what failed. */
    void saveNow() {
        if (openModel != null && root.getCenter() == assessmentTabs) {
            openModel.saveNow();
        } else {
            showNotice(QuestionnaireViewModel.ALL_SAVED + ": the workbench saves every change as you make it.", false);
        }
    }

    private void titleForOpenAssessment() {
        if (openModel != null && openAssessment != null && root.getCenter() == assessmentTabs) {
            stage.setTitle(assessmentTitle(openAssessment.title(), openModel.unsavedProperty().get()));
        }
    }

    /** The window's title with an assessment open: marked while a change is not yet saved, or failed to save. */
    static String assessmentTitle(String assessment, boolean unsaved) {
        return (unsaved ? UNSAVED_MARK : "") + assessment + " \u2013 AI Risk Workbench";
    }

    /** Leads the window title while a change is unsaved. */
    static final String UNSAVED_MARK = "\u2022 ";

    private MenuBar menuBar() {
        MenuItem newAssessment = item("New assessment…", "Shortcut+N", () -> {
            showLibrary();
            libraryView.createNew();
        });
        MenuItem library = item("Assessment library", "Shortcut+L", this::showLibrary);
        MenuItem find = item("Search", "Shortcut+F", () -> {
            if (assessmentTabs != null && root.getCenter() == assessmentTabs) {
                if (assessmentTabs.focusRegisterSearch()) {
                    return;
                }
                if (assessmentTabs.isQuestionnaireShown()) {
                    findInAnswers();
                    return;
                }
            }
            if (riskLibraryView != null && root.getCenter() == riskLibraryView) {
                riskLibraryView.focusSearch();
            } else {
                showLibrary();
                libraryView.focusSearch();
            }
        });
        MenuItem quit = item("Quit", "Shortcut+Q", () -> {
            if (mayClose()) {
                rememberPlacement();
                stage.close();
            }
        });
        MenuItem save = item("Save", "Shortcut+S", this::saveNow);
        save.setId("menu-save");
        MenuItem risks = item("Risk library", "Shortcut+R", this::showRiskLibrary);
        MenuItem portfolioItem = item("Portfolio dashboard", "Shortcut+P", this::showPortfolio);
        MenuItem importAtlas = item("Import Risk Atlas file…", null, this::importAtlasFile);
        MenuItem importPackage = item("Import assessment package\u2026", "Shortcut+I", () -> exchange.importPackage());
        MenuItem exportPackage = item("Export assessment package\u2026", "Shortcut+E", () -> exchange.exportPackage());
        MenuItem exportReport = item("Export report (PDF, Word, spreadsheet, HTML, CSV)\u2026", "Shortcut+Shift+E", () -> exchange.exportReport());
        recentMenu.setId("menu-recent");
        showRecent();
        Menu file = new Menu("_File", null, newAssessment, recentMenu, library, portfolioItem, risks, find, new SeparatorMenuItem(),
                save, new SeparatorMenuItem(),
                importPackage, exportPackage, exportReport, importAtlas, new SeparatorMenuItem(), quit);
        file.getItems().add(file.getItems().indexOf(importAtlas) + 1,
                new QuestionnaireImportActions(stage, folders, dataFolder, templates, questionnaireFiles,
                        background).menuItem());
        file.getItems().add(file.getItems().indexOf(exportReport) + 1, compare.menuItem());
        if (recovery != null) {
            file.getItems().add(file.getItems().size() - 2, recovery.restoreItem(stage));
        }
        if (workspaces != null) {
            file.getItems().addAll(file.getItems().size() - 2, workspaces.items(stage));
        }
        if (protection != null) {
            file.getItems().addAll(file.getItems().size() - 2, protection.items(stage));
        }

        MenuItem rename = item("Rename…", "F2", libraryView::renameSelected);
        MenuItem duplicate = item("Duplicate", "Shortcut+D", libraryView::duplicateSelected);
        MenuItem delete = item("Delete…", null, libraryView::deleteSelected);
        for (MenuItem i : new MenuItem[] {rename, duplicate, delete}) {
            i.disableProperty().bind(libraryModel.selectedProperty().isNull()
                    .or(root.centerProperty().isNotEqualTo(libraryView)));
        }
        MenuItem undo = item("Undo delete", "Shortcut+Z", () -> {
            showLibrary();
            libraryView.undoDelete();
        });
        undo.disableProperty().bind(libraryModel.canUndoDeleteProperty().not());
        MenuItem method = item("Scoring method…", null, this::editScoringMethod);
        method.setId("menu-scoring-method");
        MenuItem findAnswers = item("Find in answers and notes…", "Shortcut+Shift+F", this::findInAnswers);
        findAnswers.setId("menu-find-answers");
        findAnswers.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !(root.getCenter() instanceof AssessmentTabs), root.centerProperty()));
        MenuItem reportSettings = item("Report settings\u2026", null, this::editReportSettings);
        reportSettings.setId("menu-report-settings");
        MenuItem evidenceItem = item("Evidence\u2026", "Shortcut+Shift+A", this::showEvidence);
        evidenceItem.setId("menu-evidence");
        evidenceItem.disableProperty().bind(findAnswers.disableProperty());
        Menu edit = new Menu("_Edit", null, undo, new SeparatorMenuItem(), rename, duplicate, delete,
                new SeparatorMenuItem(), findAnswers, evidenceItem, method, reportSettings);
        if (yourDetails != null) {
            edit.getItems().addAll(new SeparatorMenuItem(), yourDetails.menuItem(stage));
        }

        ToggleGroup themes = new ToggleGroup();
        Menu view = new Menu("_View");
        MenuItem showQuestionnaire = item("Questionnaire", "Shortcut+1", () -> tabs(AssessmentTabs::showQuestionnaire));
        MenuItem showRegister = item("Risk register", "Shortcut+2", () -> tabs(AssessmentTabs::showRegister));
        MenuItem showPlan = item("Mitigation plan", "Shortcut+3", () -> tabs(AssessmentTabs::showPlan));
        MenuItem showDashboard = item("Dashboard", "Shortcut+4", () -> tabs(AssessmentTabs::showDashboard));
        MenuItem showComments = item("Comments", org.airisk.workbench.ui.comments.CommentsSidebar.SHORTCUT, () -> {
            if (comments != null) {
                comments.toggle();
            }
        });
        for (MenuItem i : new MenuItem[] {showQuestionnaire, showRegister, showPlan, showDashboard, showComments}) {
            i.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> !(root.getCenter() instanceof AssessmentTabs), root.centerProperty()));
            view.getItems().add(i);
        }
        if (auditTrail != null) {
            view.getItems().add(auditTrail.item(stage, this::currentAssessment));
        }
        view.getItems().add(new SeparatorMenuItem());
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label() + " theme");
            item.setId("theme-" + t.name().toLowerCase());
            item.setToggleGroup(themes);
            item.setSelected(t == theme);
            item.setOnAction(e -> switchTheme(t));
            view.getItems().add(item);
        }

        MenuItem problems = item("Template problems", null, this::showTemplateProblems);
        problems.setDisable(templates.problems().isEmpty());
        MenuItem shortcuts = item("Keyboard shortcuts", "F1", this::showShortcuts);
        MenuItem about = item("About AI Risk Workbench", null, () -> AboutDialog.show(stage, dataFolder));
        Menu help = new Menu("_Help", null, shortcuts, problems, new SeparatorMenuItem(), about);
        if (recovery != null) {
            help.getItems().add(2, recovery.logFolderItem(stage));
        }
        MenuBar bar = new MenuBar(file, edit, view, help);
        if (review != null) {
            bar.getMenus().add(3, review.menu());
            review.menu().getItems().addAll(new SeparatorMenuItem(), versions.menuItem(stage,
                    this::currentAssessment), reassess.menuItem(stage, this::currentAssessment));
        }
        bar.getMenus().add(bar.getMenus().indexOf(help), new Menu("_Tools", null, new org.airisk.workbench.ui.templates
                .QuestionnairesWindow(stage, formats, () -> new org.airisk.workbench.ui.templates.QuestionnairesViewModel(
                        templates, questionnaireFiles, catalog, dataFolder, background)).menuItem()));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** File › Recent assessments as they are now. */
    private void showRecent() {
        recentMenu.getItems().clear();
        List<RecentAssessments.Entry> entries = recent.entries();
        for (int i = 0; i < entries.size(); i++) {
            RecentAssessments.Entry entry = entries.get(i);
            MenuItem open = item(entry.title(), null, () -> openRecent(entry));
            open.setMnemonicParsing(false);
            open.setId("recent-" + i);
            recentMenu.getItems().add(open);
        }
        if (entries.isEmpty()) {
            MenuItem none = new MenuItem("No assessment opened yet");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    private void openRecent(RecentAssessments.Entry entry) {
        open(entry.id(), () -> {
            if (recent.drop(entry.id())) {
                rememberRecent();
            }
            showError("\u201c" + entry.title() + "\u201d is no longer in the library", "It was deleted, or "
                    + "replaced when a package was imported. It has been taken off File \u203a Recent assessments.");
        });
    }

    private void rememberRecent() {
        showRecent();
        String encoded = recent.encode();
        background.submit(() -> preferences.put(RecentAssessments.PREFERENCE, encoded), () -> { }, this::showFailure);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void switchTheme(Theme chosen) {
        theme = chosen;
        chosen.apply();
        background.submit(() -> preferences.put(Theme.PREFERENCE, chosen.name()), () -> { }, this::showFailure);
    }

    /** Opens an assessment: reads it off the FX thread, then shows its questionnaire. */
    public void open(UUID id) {
        open(id, () -> { });
    }

    /** As {@link #open(UUID)}; {@code ifMissing} runs when the assessment is no longer in the library. */
    private void open(UUID id, Runnable ifMissing) {
        ScoringMethod forNew = settingsMethod.get();
        background.submit(() -> {
            Assessment assessment = assessments.find(id).orElse(null);
            if (assessment == null) {
                return new Loaded(null, Map.of(), null);
            }
            Map<String, RecordedAnswer> answers = assessments.answersToEdit(id);
            ScoringMethod method = registers.method(id).orElse(null);
            if (method == null) {
                // First scored now: the assessment keeps this method until the assessor rescores it.
                method = forNew;
                registers.saveMethod(id, method);
            }
            scoring.bringUpToDate(id); // the library shows its progress even if it was imported or never opened
            return new Loaded(assessment, answers, new ScoringSession.Records(method, registers.overridesToEdit(id),
                    registers.planToEdit(id)));
        }, loaded -> {
            if (loaded.assessment() == null) {
                forget();
                showLibrary();
                ifMissing.run();
                return;
            }
            Assessment a = loaded.assessment();
            var template = templates.find(a.templateId(), a.templateVersion());
            if (template.isEmpty()) {
                forget();
                showLibrary();
                showError("Cannot open \u201c" + a.title() + "\u201d", "It follows the questionnaire '"
                        + a.templateId() + "' version " + a.templateVersion() + ", which is not installed here. "
                        + "Put that template file in the data folder's templates folder and restart.");
                return;
            }
            QuestionnaireViewModel model = new QuestionnaireViewModel(a, template.get(), loaded.answers(),
                    assessments, background, journal);
            QuestionnaireView questionnaireView = new QuestionnaireView(model, formats, this::showLibrary,
                    () -> startAgentAssessment(a));
            ScoringSession session = new ScoringSession(a.id(), model.stateProperty(), loaded.records(), catalog,
                    registers, background, settingsMethod, this::today);
            assessmentTabs = new AssessmentTabs(questionnaireView, model, session, formats);
            org.airisk.workbench.ui.conflict.SaveConflictDialog.showWhenRefused(model.conflictProperty(), root);
            org.airisk.workbench.ui.conflict.SaveConflictDialog.showWhenRefused(session.conflictProperty(), root);
            if (review != null) {
                review.opened(a.id(), model, session, assessmentTabs::goToQuestion, assessmentTabs::openRisk);
            }
            openAssessment = a;
            openModel = model;
            model.unsavedProperty().addListener((obs, was, now) -> {
                if (model == openModel) {
                    titleForOpenAssessment();
                }
            });
            model.saveNoticeProperty().addListener((obs, was, notice) -> {
                if (model == openModel && !notice.isEmpty()) {
                    showNotice(notice, !QuestionnaireViewModel.ALL_SAVED.equals(notice));
                }
            });
            root.setCenter(assessmentTabs);
            if (comments != null) {
                comments.show(root, assessmentTabs, a.id(), new org.airisk.workbench.ui.comments.AnchorNames(
                        template.get(), r -> catalog.risk(r).map(org.airisk.workbench.catalog.Risk::name),
                        session::planItems), assessmentTabs::commentAnchor);
            }
            titleForOpenAssessment();
            recent.opened(a.id(), a.title());
            rememberRecent();
            background.submit(() -> preferences.put(LAST_ASSESSMENT, id.toString()), () -> { }, this::showFailure);
        }, this::showFailure);
    }

    /** A second assessment of the same system with the agent questionnaire, profile answers carried over. */
    private void startAgentAssessment(Assessment from) {
        var agent = templates.newest(QuestionnaireViewModel.AGENT_QUESTIONNAIRE);
        if (agent.isEmpty()) {
            showError("The AI agent risk assessment is not installed", "Its template could not be loaded; see "
                    + "Help \u203a Template problems.");
            return;
        }
        String title = from.title().length() > 180 ? from.title().substring(0, 180) : from.title();
        background.submit(() -> org.airisk.workbench.assessment.FollowUpAssessment.start(assessments, from,
                agent.get(), title + " \u2013 agents"), created -> open(created.id()), this::showFailure);
    }

    private record Loaded(Assessment assessment, Map<String, RecordedAnswer> answers,
                          ScoringSession.Records records) {
    }

    /** The open assessment, or the one selected in the library: what export acts on. */
    private Optional<Map.Entry<UUID, String>> currentAssessment() {
        Assessment current = assessmentTabs != null && root.getCenter() == assessmentTabs ? openAssessment : null;
        if (current != null) {
            return Optional.of(Map.entry(current.id(), current.title()));
        }
        var selected = libraryModel.selectedProperty().get();
        if (selected != null && root.getCenter() == libraryView) {
            return Optional.of(Map.entry(selected.id(), selected.title()));
        }
        return Optional.empty();
    }

    /** Imports a package file after checking it and asking (the desktop's "open with", a drop, the menu). */
    public void importPackage(java.nio.file.Path file) {
        exchange.importPackage(file);
    }

    /** Shows what changed from the version in this package to the open or selected assessment. */
    public void compareWith(java.nio.file.Path file) {
        compare.compareWith(file);
    }

    /** Writes one assessment's package in the background, protected with a password (asked for) on request. */
    public void exportPackage(UUID id, String title, java.nio.file.Path path, boolean protect) {
        exchange.exportPackage(id, title, path, protect);
    }

    /** Writes one assessment's report in the background, with progress and cancel. */
    public void exportReport(UUID id, String title, ReportWriter.Format format, java.nio.file.Path path) {
        exchange.exportReport(id, title, format, path, org.airisk.workbench.report.ReportKind.FULL);
    }

    private void tabs(java.util.function.Consumer<AssessmentTabs> action) {
        if (assessmentTabs != null && root.getCenter() == assessmentTabs) {
            action.accept(assessmentTabs);
        }
    }

    /** Settings for the risk matrix; saved for new assessments, and offered to open ones as a rescore. */
    private void editScoringMethod() {
        ScoringMethodDialog.edit(stage, settingsMethod.get()).ifPresent(chosen -> {
            settingsMethod.set(chosen);
            background.submit(() -> preferences.put(SCORING_METHOD, chosen.encode()), () -> { }, this::showFailure);
            if (assessmentTabs != null && root.getCenter() == assessmentTabs) {
                ScoringSession session = assessmentTabs.session();
                if (session.settingsDiffer()) {
                    Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "This assessment was scored with: "
                            + session.method().describe() + ".\n\nRescore it with the new method? Other saved "
                            + "assessments keep their method until you rescore them.",
                            Buttons.YES, Buttons.NO);
                    ask.initOwner(stage);
                    ask.setHeaderText("Rescore the open assessment?");
                    ask.showAndWait().filter(b -> b == Buttons.YES)
                            .ifPresent(b -> session.rescoreWithCurrentMethod());
                }
            }
        });
    }

    /** Asks for a Risk Atlas knowledge-graph YAML, shows what it would change, and imports it on consent. */
    public void importAtlasFile() {
        javafx.stage.FileChooser chooser = FileDialogs.chooser(folders, "Import a Risk Atlas knowledge-graph file");
        chooser.getExtensionFilters().addAll(
                new javafx.stage.FileChooser.ExtensionFilter("Risk Atlas YAML (*.yaml, *.yml)", "*.yaml", "*.yml"),
                new javafx.stage.FileChooser.ExtensionFilter("All files", "*.*"));
        java.io.File file = FileDialogs.open(chooser, stage, folders);
        if (file != null) {
            importAtlasFile(file.toPath());
        }
    }

    void importAtlasFile(java.nio.file.Path file) {
        RiskCatalog current = catalog;
        background.longWork().submit(() -> atlasImporter.preview(file, current), preview -> {
            if (!preview.ok()) {
                List<String> problems = preview.problems();
                String shown = String.join("\n", problems.subList(0, Math.min(10, problems.size())))
                        + (problems.size() > 10 ? "\n… and " + (problems.size() - 10) + " more." : "");
                showError("Nothing was imported from " + file.getFileName(), shown
                        + "\n\nThe catalog is unchanged. Check that this is a Risk Atlas knowledge-graph file "
                        + "(like risk_atlas_data.yaml) and that it is complete.");
                return;
            }
            var plan = preview.plan();
            if (plan.changesNothing()) {
                Alert same = new Alert(Alert.AlertType.INFORMATION, "All " + plan.unchanged() + " risks in "
                        + file.getFileName() + " are already in the catalog as the file states them.", Buttons.OK);
                same.initOwner(stage);
                same.setHeaderText("Nothing to change");
                same.showAndWait();
                return;
            }
            StringBuilder details = new StringBuilder();
            plan.added().forEach(r -> details.append("Added: ").append(r.name()).append(" (").append(r.id()).append(")\n"));
            plan.updated().forEach(c -> details.append("Updated: ").append(c.before().id()).append(": ")
                    .append(String.join("; ", c.differences())).append('\n'));
            TextArea area = new TextArea(details.toString());
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(10);
            Alert confirm = Buttons.alert(Alert.AlertType.CONFIRMATION);
            confirm.initOwner(stage);
            confirm.setTitle("Import Risk Atlas file");
            confirm.setHeaderText("Import " + file.getFileName() + "? " + plan.summary());
            confirm.getDialogPane().setContent(area);
            confirm.showAndWait().filter(b -> b == Buttons.OK).ifPresent(b ->
                    background.submit(() -> atlasImporter.apply(plan, current), updated -> {
                        catalog = updated;
                        boolean showing = riskLibraryView != null && root.getCenter() == riskLibraryView;
                        riskLibraryView = null;
                        if (showing) {
                            root.setCenter(riskLibraryView());
                        }
                        announce("Imported " + file.getFileName() + ": " + plan.summary());
                    }, this::showFailure));
        }, this::showFailure);
    }

    private void announce(String text) {
        Dialogs.info(stage, "Import finished", text);
    }

    public void showRiskLibrary() {
        if (riskLibraryView == null || root.getCenter() != riskLibraryView) {
            leaveAssessment();
            root.setCenter(riskLibraryView());
            stage.setTitle("Risk library \u2013 AI Risk Workbench");
        }
    }

    /** Today in the user's time zone, from the clock the composition root gave. */
    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** All saved assessments at a glance; read afresh each time it is shown. */
    public void showPortfolio() {
        if (portfolioView == null || root.getCenter() != portfolioView) {
            leaveAssessment();
            PortfolioViewModel model = new PortfolioViewModel(portfolio, catalog, background, settingsMethod::get,
                    this::today);
            portfolioView = new PortfolioView(model, formats, this::showLibrary, this::open);
            root.setCenter(portfolioView);
            stage.setTitle("Portfolio \u2013 AI Risk Workbench");
            model.refresh();
        }
    }

    public void showLibrary() {
        if (root.getCenter() != libraryView) {
            root.setCenter(libraryView);
            assessmentTabs = null;
            openAssessment = null;
            openModel = null;
            forget();
            stage.setTitle("AI Risk Workbench");
            libraryModel.refresh();
            libraryView.focusTable();
        }
    }

    /** Closes the open assessment's screens, if any; the next start then shows the library. */
    private void leaveAssessment() {
        if (assessmentTabs != null) {
            forget();
            assessmentTabs = null;
            openAssessment = null;
            openModel = null;
        }
    }

    private void forget() {
        if (review != null) {
            review.closed();
        }
        background.submit(() -> preferences.put(LAST_ASSESSMENT, ""), () -> { }, this::showFailure);
    }

    /** True when the window may close: nothing failed to save, or the assessor chose to quit anyway. */
    private boolean mayClose() {
        return QuitQuestions.mayQuit(stage, background, openModel == null ? Optional.empty()
                : openModel.quitWarning());
    }

    private void rememberPlacement() {
        WindowPlacement placement = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized());
        background.submit(() -> preferences.put(PLACEMENT, placement.encode()), () -> { },
                org.airisk.workbench.ui.UserMessages.logOnly("remember the window's place"));
    }

    private void showTemplateProblems() {
        StringBuilder text = new StringBuilder();
        for (TemplateProblem p : templates.problems()) {
            text.append(p).append('\n');
        }
        TextArea area = new TextArea(text.toString());
        area.setEditable(false);
        area.setWrapText(true);
        Alert alert = Buttons.alert(Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setTitle("Template problems");
        alert.setHeaderText("These questionnaire templates were left out. Fix the files and restart.");
        alert.getDialogPane().setContent(area);
        alert.showAndWait();
    }

    /** Edit › Find in answers and notes: over the open assessment, which it opens at the question found. */
    private void findInAnswers() {
        if (assessmentTabs != null && openModel != null) {
            root.setCenter(assessmentTabs);
            assessmentTabs.showQuestionnaire();
            AnswerSearchDialog.show(stage, new AnswerSearch(openModel));
        }
    }

    private java.util.function.Function<javafx.stage.Window, Optional<java.nio.file.Path>> logoPicker =
            ReportSettingsDialog.LOGO_CHOOSER;

    /** Where Edit › Report settings asks for the logo file: a file chooser, or what a test hands over. */
    public void useLogoPicker(java.util.function.Function<javafx.stage.Window, Optional<java.nio.file.Path>> picker) {
        logoPicker = picker;
    }

    /** Edit › Report settings: read and saved off the FX thread. */
    private void editReportSettings() {
        var logo = reports.logo();
        background.submit(() -> java.util.Map.entry(org.airisk.workbench.settings.ReportBranding.read(preferences),
                        logo.current()), current -> ReportSettingsDialog.edit(stage, current.getKey(), logo, current.getValue(),
                        background, logoPicker).ifPresent(chosen -> background.submit(() -> chosen.save(preferences, logo), () -> { },
                        this::showFailure)), this::showFailure);
    }

    private void showEvidence() {
        if (evidence != null && assessmentTabs != null && openAssessment != null) {
            evidence.show(stage, openAssessment.id(), openAssessment.title(), assessmentTabs.session());
        }
    }

    private void showShortcuts() {
        ShortcutsDialog.show(stage);
    }

    private void showFailure(Throwable failure) {
        Dialogs.failure(stage, failure);
    }

    private void showError(String header, String message) {
        Dialogs.error(stage, header, message);
    }
}
