package org.airisk.workbench.ui.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.airisk.workbench.assessment.ChangesElsewhere;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.evidence.EvidenceFiles;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.report.ReportKind;
import org.airisk.workbench.report.ReportWriter;
import org.airisk.workbench.review.LibraryPages;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.PreferenceKeys;
import org.airisk.workbench.settings.Preferences;
import org.airisk.workbench.settings.WindowPlacement;
import org.airisk.workbench.signing.SigningKeys;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.Theme;
import org.airisk.workbench.ui.audit.AuditTrailActions;
import org.airisk.workbench.ui.comments.CommentsSidebar;
import org.airisk.workbench.ui.library.LibraryViewModel;
import org.airisk.workbench.ui.portfolio.PortfolioViewModel;
import org.airisk.workbench.ui.questionnaire.ColleagueEdits;
import org.airisk.workbench.ui.questionnaire.QuestionnaireViewModel;
import org.airisk.workbench.ui.register.ColleagueScoringChanges;
import org.airisk.workbench.ui.risks.RiskLibraryView;
import org.airisk.workbench.ui.risks.RiskLibraryViewModel;
import org.airisk.workbench.ui.templates.QuestionnairesViewModel;
import org.airisk.workbench.ui.templates.QuestionnairesWindow;
import org.airisk.workbench.ui.workspace.CheckInActions;
import org.airisk.workbench.ui.workspace.WorkspaceActions;

/**
 * The main window: menus, the library, and the assessment being answered. Remembers its place, its theme and
 * the open assessment between runs. A page composing named parts: {@link WorkbenchMenus}, {@link Screens},
 * {@link AssessmentOpener}, {@link StatusLines}, {@link RecentMenu}, {@link SettingsActions}, and the actions
 * behind the menus.
 */
public final class WorkbenchWindow {
    public static final String LAST_ASSESSMENT = PreferenceKeys.LAST_ASSESSMENT;
    /** Assessments scored per piece of background work while catching up: short enough not to hold up a save. */
    private static final int CATCH_UP_BATCH = 10;

    /** What the window needs from the rest of the app, read before it is built. */
    public record Start(
            Theme theme,
            Optional<WindowPlacement> placement,
            Optional<UUID> lastAssessment,
            LibraryPages.Page library,
            ScoringMethod scoringMethod,
            RecentAssessments recent) {}

    private final Stage stage;
    private final WindowPorts ports;
    private final WindowSurroundings around;
    private final BackgroundWork background;
    private final Preferences preferences;
    private final UserFormats formats;

    private final OfferedActions offered = new OfferedActions();
    private final StatusLines status;
    private final SettingsActions settings;
    private final Screens screens;
    private final RecentMenu recent;
    private final AssessmentOpener opener;
    private final ExchangeActions exchange;
    private final CompareActions compare;
    private final AtlasImportActions atlas;
    private final WindowStage windowStage;
    private RiskCatalog catalog;

    public WorkbenchWindow(Stage stage, WindowPorts ports, WindowSurroundings around) {
        this.stage = stage;
        this.ports = ports;
        this.around = around;
        this.background = around.background();
        this.preferences = ports.preferences();
        this.formats = around.formats();
        this.catalog = ports.catalog();
        this.windowStage = new WindowStage(stage, background, preferences);
        this.status = new StatusLines(ports.templates().problems());
        this.settings = new SettingsActions(
                stage, background, preferences, ports.reports(), () -> screens().openSession());
        this.screens = screens(ports);
        this.recent = new RecentMenu(stage, background, preferences, this::open);
        this.opener = opener(ports);
        this.exchange = new ExchangeActions(
                stage,
                background,
                ports.packages(),
                ports.reports(),
                this::today,
                screens::currentAssessment,
                () -> {
                    screens.showLibrary();
                    screens.libraryModel().refresh();
                    catchUpScoring();
                },
                around.folders(),
                formats);
        this.compare = new CompareActions(
                stage, background, ports.packages(), ports.reports(), around.folders(), screens::currentAssessment);
        this.atlas = new AtlasImportActions(
                stage, around.folders(), background, ports.atlasImporter(), () -> this.catalog, updated -> {
                    this.catalog = updated;
                    screens.catalogChanged();
                });
    }

    private Screens screens(WindowPorts ports) {
        Supplier<PortfolioViewModel> portfolios = () -> new PortfolioViewModel(
                ports.portfolio(), this.catalog, background, settings.method()::get, this::today);
        // The risk library is built when first shown: it is not needed for the first frame.
        Supplier<RiskLibraryView> riskLibraries = () -> new RiskLibraryView(
                new RiskLibraryViewModel(this.catalog, ports.templates().offered()),
                () -> screens().showLibrary());
        return new Screens(
                stage,
                new LibraryViewModel(
                        ports.assessments(), ports.libraryPages(), ports.templates(), background, this::open),
                formats,
                riskLibraries,
                portfolios,
                this::open,
                status,
                this::forget);
    }

    private AssessmentOpener opener(WindowPorts ports) {
        return new AssessmentOpener(
                stage,
                new AssessmentOpener.Stores(
                        ports.assessments(), ports.registers(), ports.scoring(), ports.templates(), ports.journal()),
                background,
                formats,
                () -> this.catalog,
                settings.method(),
                this::today,
                screens,
                offered,
                recent,
                id -> background.submit(
                        () -> preferences.put(LAST_ASSESSMENT, id.toString()), () -> {}, this::showFailure));
    }

    /** Colleagues' changes on a team workspace, taken into what the window shows (ADR 0042). */
    public void offerChangesElsewhere(ChangesElsewhere changes) {
        new ColleagueChangesShown(
                        screens.shown(offered),
                        new ColleagueChangesShown.Edits(
                                new ColleagueEdits(ports.assessments(), background),
                                new ColleagueScoringChanges(ports.registers(), background)),
                        text -> status.showNotice(text, false))
                .follow(changes, Platform::runLater);
    }

    /** File › Connect to team server (and back to this computer's library); set before {@link #show}. */
    public void offerWorkspaces(WorkspaceActions actions) {
        offered.workspaces = actions;
    }

    /** File › Check out to this computer, Check in and Checked out (ADR 0044); set before {@link #show}. */
    public void offerCheckIns(CheckInActions actions) {
        offered.checkIns = actions;
    }

    /** File › Protect with a password (or Change password, Remove protection); set before {@link #show}. */
    public void offerProtection(ProtectionActions actions) {
        offered.protection = actions;
    }

    /** Edit › Evidence: files kept with the open assessment; set before {@link #show}. */
    public void offerEvidence(EvidenceFiles files, Supplier<String> user) {
        offered.evidence = new EvidenceActions(files, background, user, formats, around.folders());
    }

    /** Your details, for actions that record who acted; null until offered. */
    public YourDetails yourDetails() {
        return offered.yourDetails;
    }

    /** Edit › Your details (and the question before a name is first recorded); set before {@link #show}. */
    public YourDetails offerYourDetails(SigningKeys keys) {
        offered.yourDetails = new YourDetails(preferences, keys, background, around.folders());
        return offered.yourDetails;
    }

    /** View › Audit trail for the open or selected assessment; set before {@link #show}. */
    public void offerAuditTrail(AuditTrailActions actions) {
        offered.auditTrail = actions;
    }

    /** The review comments beside an open assessment (View › Comments); set before {@link #show}. */
    public void offerComments(CommentsSidebar sidebar) {
        offered.comments = sidebar;
    }

    /** The Review menu and banner (docs/review.md); set before {@link #show}. */
    public void offerReview(ReviewRepository reviews, SigningKeys keys) {
        new ReviewOffer(stage, ports, around, offered).offer(reviews, keys, id -> {
            screens.libraryModel().refresh();
            opener.open(id, () -> {});
        });
    }

    /** File › Restore from backup and Help › Open log folder; set before {@link #show}. */
    public void offerRecovery(RecoveryActions actions) {
        offered.recovery = actions;
    }

    /** Where Edit › Report settings asks for the logo file: a file chooser, or what a test hands over. */
    public void useLogoPicker(Function<Window, Optional<Path>> picker) {
        settings.useLogoPicker(picker);
    }

    /** Shows the window as it was left; {@code onLibraryShown} runs once the library's rows are on screen. */
    public void show(Start start, Runnable onLibraryShown) {
        settings.start(start.theme(), start.scoringMethod()); // the theme was applied before the first control
        recent.start(start.recent());
        BorderPane root = screens.root();
        VBox top = new VBox(menus().bar(), status.templateBanner(), status.saveNotice());
        if (offered.review != null) {
            top.getChildren().add(offered.review.banner());
        }
        root.setTop(top);
        root.setCenter(screens.libraryView());
        windowStage.setUp(root, start.placement(), exchange::importPackage);
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
                return;
            }
            windowStage.rememberPlacement();
        });
        screens.libraryModel().show(start.library());
        stage.show();
        // The library was read while the toolkit started, so the first frame already has its rows.
        Platform.runLater(() -> {
            onLibraryShown.run();
            start.lastAssessment().ifPresentOrElse(this::open, screens.libraryView()::focusTable);
            catchUpScoring();
            status.showRestored(around.restoredChanges());
        });
    }

    private WorkbenchMenus menus() {
        MenuItem importQuestionnaire = new QuestionnaireImportActions(
                        stage,
                        around.folders(),
                        around.dataFolder(),
                        ports.templates(),
                        ports.questionnaireFiles(),
                        background)
                .menuItem();
        MenuItem questionnaires = new QuestionnairesWindow(
                        stage,
                        formats,
                        () -> new QuestionnairesViewModel(
                                ports.templates(),
                                ports.questionnaireFiles(),
                                catalog,
                                around.dataFolder(),
                                background))
                .menuItem();
        return new WorkbenchMenus(
                stage,
                screens,
                offered,
                exchange,
                compare,
                atlas,
                settings,
                recent,
                status,
                this::quit,
                importQuestionnaire,
                questionnaires,
                new VersionMoveActions(
                                stage, screens, ports.templates(), ports.assessments(), background, status, this::open)
                        .menuItem(),
                around.dataFolder());
    }

    /**
     * Scores, a few at a time between saves, the assessments whose library row and portfolio results are out of
     * date (imported, or answered while not open), then shows the library's new figures.
     */
    private void catchUpScoring() {
        background.submit(
                () -> ports.scoring().catchUp(CATCH_UP_BATCH),
                batch -> {
                    if (batch.scored() > 0) {
                        screens.libraryModel().updateFigures();
                    }
                    if (batch.more()) {
                        catchUpScoring();
                    }
                },
                this::showFailure);
    }

    /** Opens an assessment: reads it off the FX thread, then shows its questionnaire. */
    public void open(UUID id) {
        opener.open(id, () -> {});
    }

    private void open(UUID id, Runnable ifMissing) {
        opener.open(id, ifMissing);
    }

    /** Imports a package file after checking it and asking (the desktop's "open with", a drop, the menu). */
    public void importPackage(Path file) {
        exchange.importPackage(file);
    }

    /** Shows what changed from the version in this package to the open or selected assessment. */
    public void compareWith(Path file) {
        compare.compareWith(file);
    }

    /** Writes one assessment's package in the background, protected with a password (asked for) on request. */
    public void exportPackage(UUID id, String title, Path path, boolean protect) {
        exchange.exportPackage(id, title, path, protect);
    }

    /** Writes one assessment's report in the background, with progress and cancel. */
    public void exportReport(UUID id, String title, ReportWriter.Format format, Path path) {
        exchange.exportReport(id, title, format, path, ReportKind.FULL);
    }

    /** The screens, for the parts built before them. */
    private Screens screens() {
        return screens;
    }

    /** Today in the user's time zone, from the clock the composition root gave. */
    private LocalDate today() {
        return LocalDate.now(around.clock());
    }

    /** The next start shows the library: no assessment open, and the review (if offered) told so. */
    private void forget() {
        if (offered.review != null) {
            offered.review.closed();
        }
        background.submit(() -> preferences.put(LAST_ASSESSMENT, ""), () -> {}, this::showFailure);
    }

    private void quit() {
        if (mayClose()) {
            windowStage.rememberPlacement();
            stage.close();
        }
    }

    /** True when the window may close: nothing failed to save, or the assessor chose to quit anyway. */
    private boolean mayClose() {
        return QuitQuestions.mayQuit(
                stage, background, screens.openModel().flatMap(QuestionnaireViewModel::quitWarning));
    }

    private void showFailure(Throwable failure) {
        Dialogs.failure(stage, failure);
    }
}
