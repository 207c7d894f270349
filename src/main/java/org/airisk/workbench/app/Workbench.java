package org.airisk.workbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.ChangesElsewhere;
import org.airisk.workbench.assessment.UnsavedChanges;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalogdata.AtlasImporter;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.exchangedata.AssessmentPackages;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.reportdata.ReportFiles;
import org.airisk.workbench.review.LibraryPages;
import org.airisk.workbench.scoring.RegisterRepository;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.scoring.StoredScoring;
import org.airisk.workbench.settings.PreferenceKeys;
import org.airisk.workbench.settings.Preferences;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.settings.WindowPlacement;
import org.airisk.workbench.settings.Workspace;
import org.airisk.workbench.signingdata.KeyFiles;
import org.airisk.workbench.store.BackupFolder;
import org.airisk.workbench.store.DatabaseProtection;
import org.airisk.workbench.store.JdbcAssessmentPages;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcAuditTrail;
import org.airisk.workbench.store.JdbcCommentRepository;
import org.airisk.workbench.store.JdbcEvidence;
import org.airisk.workbench.store.JdbcPortfolioQueries;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.UnsavedChangesFile;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.ui.FxBackgroundWork;
import org.airisk.workbench.ui.Theme;
import org.airisk.workbench.ui.UserMessages;
import org.airisk.workbench.ui.audit.AuditTrailActions;
import org.airisk.workbench.ui.comments.CommentsSidebar;
import org.airisk.workbench.ui.library.LibraryViewModel;
import org.airisk.workbench.ui.shell.FileFolders;
import org.airisk.workbench.ui.shell.PasswordDialog;
import org.airisk.workbench.ui.shell.ProtectionActions;
import org.airisk.workbench.ui.shell.RecentAssessments;
import org.airisk.workbench.ui.shell.RecoveryActions;
import org.airisk.workbench.ui.shell.WindowPorts;
import org.airisk.workbench.ui.shell.WindowSurroundings;
import org.airisk.workbench.ui.shell.WorkbenchWindow;
import org.airisk.workbench.ui.workspace.CheckInActions;
import org.airisk.workbench.ui.workspace.WorkspaceActions;
import org.airisk.workbench.ui.workspace.WorkspaceChoice;

/**
 * The window's composition root: opens the data folder, has {@link WorkbenchServices} (the wiring it shares with the
 * command line) make the services, and hands the window the ports. Everything receives what it needs through its
 * constructor.
 */
public final class Workbench implements AutoCloseable {
    public static final String TEMPLATE_FOLDER = WorkbenchServices.TEMPLATE_FOLDER;

    private final WorkbenchDatabase database;
    private final AssessmentRepository assessments;
    private final RegisterRepository registers;
    private final Preferences preferences;
    private final TemplateLibrary templates;
    private final RiskCatalog catalog;
    private final AtlasImporter atlasImporter;
    private final WorkbenchServices services;
    private final JdbcReviewRepository reviews;
    private final ReportFiles reports;
    private final AssessmentPackages packages;
    private final FxBackgroundWork background = new FxBackgroundWork();
    private final WorkbenchWindow.Start start;
    /** The last folder a file dialog used, read with the other preferences off the FX thread. */
    private final Optional<String> lastFolder;

    private final Path documents;

    private final Clock clock;
    private final UserFormats formats;
    /** Where changes whose save failed are kept until saved; the changes a previous run left there are saved. */
    private final UnsavedChanges journal;

    private final StoredScoring scoring;
    private final JdbcEvidence evidence;
    /** The library's pages, read for the first frame here and by the window after. */
    private final JdbcAssessmentPages pages;

    private final int restoredChanges;
    /** Colleagues' changes on a team workspace, told to the window once shown (ADR 0042). */
    private ChangesElsewhere changesElsewhere = ChangesElsewhere.NONE;
    /** What File › Restore from backup does with the chosen backup's file: the session closes and restores. */
    private volatile Consumer<Path> restoreChosen = file -> {};
    /** What File › Protect with a password and its siblings do with the passwords typed: the session converts. */
    private volatile Consumer<PasswordDialog.Entered> protectionChosen = entered -> {};
    /** The password the library was opened with, for reading its backups; null when it is not protected. */
    private char[] password;
    /** The data folder: the library's, or for a team workspace the one of this computer's own files. */
    private final Path folder;
    /** What File › Connect to team server and File › Use this computer's library do with the choice. */
    private volatile Consumer<WorkspaceChoice> workspaceChosen = choice -> {};
    /** Where the portfolio shown lives. */
    private Workspace workspace = Workspace.THIS_COMPUTER;

    private Workbench(Path folder, WorkbenchDatabase database, Knowledge knowledge, Clock clock, UserFormats formats) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
        this.formats = formats;
        this.services = new WorkbenchServices(
                database, folder, clock, this::user, knowledge::templates, knowledge::builtInCatalog);
        this.preferences = services.preferences();
        JdbcAssessmentRepository library = services.assessments();
        if (!database.onServer()) {
            // Start-up housekeeping, here off the FX thread. Not on a team server: a colleague's deleted items are
            // still in their undo; tidying up the server is its administrator's.
            library.dropDeleted();
        }
        this.assessments = library;
        this.registers = services.registers();
        this.atlasImporter = services.atlasImport();
        this.catalog = services.catalog();
        this.templates = services.templates();
        this.journal = new UnsavedChangesFile(TeamJournal.folder(folder, database));
        this.evidence = services.evidence();
        if (!database.onServer()) {
            evidence.dropRemoved(); // as dropDeleted above
        }
        this.scoring = services.scoring();
        // the window's ports, made here off the FX thread (none reads the database when made)
        this.reviews = services.reviews();
        this.reports = services.reports(evidence);
        this.packages = services.packages();
        if (database.createdNow()) {
            // Scored now, on the first start only: the library's first frame shows its real figures.
            templates
                    .newest(SampleAssessment.TEMPLATE)
                    .ifPresent(t -> scoring.bringUpToDate(SampleAssessment.create(assessments, t)));
        }
        this.restoredChanges = scoring.restore(journal);
        this.pages = new JdbcAssessmentPages(database);
        this.start = new WorkbenchWindow.Start(
                Theme.fromPreference(preferences.get(Theme.PREFERENCE).orElse("")),
                WindowPlacement.decode(preferences.get(PreferenceKeys.PLACEMENT).orElse(null)),
                preferences
                        .get(PreferenceKeys.LAST_ASSESSMENT)
                        .filter(s -> !s.isBlank())
                        .flatMap(Workbench::uuid),
                // The first page only: the first frame takes as long with 100,000 assessments as with 100.
                pages.read(LibraryPages.Query.EVERYTHING, 0, LibraryViewModel.PAGE),
                settingsMethod(preferences),
                RecentAssessments.decode(preferences.get(RecentAssessments.PREFERENCE)));
        this.lastFolder = preferences.get(FileFolders.PREFERENCE);
        this.documents = documentsFolder();
    }

    /** Where file dialogs open the first time: the user's documents folder, else the home folder. */
    static Path documentsFolder() {
        return FileFolders.documentsIn(Path.of(System.getProperty("user.home")));
    }

    /**
     * Opens the data folder and reads what the window needs; call off the FX thread.
     *
     * @throws org.airisk.workbench.assessment.StorageException with a message for the assessor
     */
    public static Workbench open(Path dataFolder) {
        return open(dataFolder, null);
    }

    /** As {@link #open(Path)}, with the password of a protected library (null when there is none). */
    static Workbench open(Path dataFolder, char[] password) {
        return open(dataFolder, Clock.systemDefaultZone(), systemFormats(), password);
    }

    /** The user's own locale and time zone, as the operating system gives them: the only place that reads them. */
    static UserFormats systemFormats() {
        return new UserFormats(Locale.getDefault(Locale.Category.FORMAT), ZoneId.systemDefault());
    }

    /** As {@link #open(Path)}, on this clock (time and "today") and with these formats. */
    static Workbench open(Path dataFolder, Clock clock, UserFormats formats) {
        return open(dataFolder, clock, formats, null);
    }

    /** As {@link #open(Path, Clock, UserFormats)}, with the password of a protected library (or null). */
    static Workbench open(Path dataFolder, Clock clock, UserFormats formats, char[] password) {
        return open(dataFolder, clock, formats, () -> WorkbenchDatabase.open(dataFolder, clock, password), password);
    }

    /** Opens the team workspace chosen in File › Connect to team server, with this computer's data folder. */
    static Workbench openTeam(Path dataFolder, TeamServer team, char[] password) {
        return openTeam(dataFolder, team, password, Clock.systemDefaultZone(), systemFormats());
    }

    /** As {@link #openTeam(Path, org.airisk.workbench.settings.TeamServer, char[])}, on this clock and formats. */
    static Workbench openTeam(Path dataFolder, TeamServer team, char[] password, Clock clock, UserFormats formats) {
        Workbench workbench =
                open(dataFolder, clock, formats, () -> WorkbenchDatabase.openServer(team, password), null);
        workbench.workspace = team;
        return workbench;
    }

    private static Workbench open(
            Path dataFolder, Clock clock, UserFormats formats, Supplier<WorkbenchDatabase> opener, char[] password) {
        // The questionnaires and the built-in risk catalog need no database: they are read on a second thread while
        // the database opens, which at start-up takes about as long.
        CompletableFuture<Knowledge> knowledge =
                CompletableFuture.supplyAsync(() -> Knowledge.read(dataFolder), task -> {
                    Thread reader = new Thread(task, "workbench-knowledge");
                    reader.setDaemon(true);
                    reader.start();
                });
        WorkbenchDatabase database = opener.get();
        try {
            Workbench workbench = new Workbench(dataFolder, database, knowledge.join(), clock, formats);
            workbench.password = password == null ? null : password.clone();
            return workbench;
        } catch (CompletionException e) {
            database.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** What the workbench knows before any assessment: the questionnaires and the built-in risk catalog. */
    private record Knowledge(TemplateLibrary templates, RiskCatalog builtInCatalog) {
        static Knowledge read(Path dataFolder) {
            return new Knowledge(WorkbenchServices.readTemplates(dataFolder), new CatalogReader().readBuiltIn());
        }
    }

    /**
     * The scoring method of Edit › Scoring method, read when asked: an assessment never scored is reported with the
     * method in force now, also when Settings changed it after start-up or when the command line writes the report.
     */
    static ScoringMethod settingsMethod(Preferences preferences) {
        return WorkbenchServices.settingsMethod(preferences);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Builds and shows the main window on the FX thread. */
    public WorkbenchWindow show(Stage stage, Runnable onLibraryShown) {
        // The theme goes first: the first control created otherwise loads JavaFX's default stylesheet for nothing.
        start.theme().apply();
        WorkbenchWindow window = new WorkbenchWindow(
                stage,
                new WindowPorts(
                        assessments,
                        registers,
                        new JdbcPortfolioQueries(database),
                        packages,
                        reports,
                        templates,
                        services.questionnaireFiles(),
                        catalog,
                        atlasImporter,
                        preferences,
                        scoring,
                        journal,
                        pages),
                new WindowSurroundings(
                        background,
                        folder,
                        clock,
                        formats,
                        new FileFolders(
                                documents,
                                lastFolder,
                                folder -> background.submit(
                                        () -> preferences.put(FileFolders.PREFERENCE, folder),
                                        () -> {},
                                        UserMessages.logOnly("remember the last folder"))),
                        restoredChanges));
        window.offerReview(reviews, new KeyFiles(folder));
        window.offerWorkspaces(new WorkspaceActions(
                workspace, new TeamConnections(folder), background, choice -> workspaceChosen.accept(choice)));
        window.offerCheckIns(new CheckInActions(
                workspace, new WindowOfflineWork(services, workspace, folder, clock), background, formats));
        window.offerEvidence(evidence, () -> UserIdentity.read(preferences).recordedName());
        window.offerYourDetails(new KeyFiles(folder));
        if (!database.onServer()) { // a team server's data is the administrator's to protect and back up
            window.offerProtection(new ProtectionActions(
                    DatabaseProtection.isProtected(folder),
                    DatabaseProtection.MIN_LENGTH,
                    entered -> protectionChosen.accept(entered)));
            window.offerRecovery(new RecoveryActions(
                    new BackupFolder(folder, clock, password),
                    folder.resolve(AppLogging.FOLDER),
                    backup -> restoreChosen(backup.file()),
                    background,
                    formats));
        } else {
            window.offerRecovery(RecoveryActions.logFolderOnly(folder.resolve(AppLogging.FOLDER), background));
        }
        window.offerAuditTrail(
                new AuditTrailActions(new JdbcAuditTrail(database, clock, this::user), background, formats));
        window.offerComments(new CommentsSidebar(
                new org.airisk.workbench.comments.CommentBook(new JdbcCommentRepository(database, clock), clock),
                () -> UserIdentity.read(preferences),
                background,
                formats));
        changesElsewhere = services.changesElsewhere();
        window.offerChangesElsewhere(changesElsewhere);
        window.show(start, onLibraryShown);
        return window;
    }

    /** Who is working, as Edit › Your details says now: read at each change, so a new name counts at once. */
    private UserIdentity user() {
        return UserIdentity.read(preferences);
    }

    /** Scores assessments nobody opened (imports, older data) with the method of Edit › Scoring method. */
    static StoredScoring storedScoring(
            AssessmentRepository assessments,
            RegisterRepository registers,
            TemplateLibrary templates,
            RiskCatalog catalog,
            Preferences preferences) {
        return new StoredScoring(assessments, registers, templates::find, catalog, () -> settingsMethod(preferences));
    }

    /** The assessor confirmed this backup in File › Restore from backup. */
    void restoreChosen(Path backup) {
        restoreChosen.accept(backup);
    }

    /** Sets what happens when the assessor confirms a backup to restore (the library must close first). */
    void whenRestoreChosen(Consumer<Path> action) {
        this.restoreChosen = action;
    }

    /** Sets what happens when the assessor chooses another workspace (the library must close first). */
    void whenWorkspaceChosen(Consumer<WorkspaceChoice> action) {
        this.workspaceChosen = action;
    }

    /** Sets what happens when the assessor asks to protect, change or unprotect (the library must close first). */
    void whenProtectionChosen(Consumer<PasswordDialog.Entered> action) {
        this.protectionChosen = action;
    }

    /** How many changes a previous run left unsaved were saved at this opening. */
    int restoredChanges() {
        return restoredChanges;
    }

    public Path dataFolder() {
        return folder;
    }

    /** The open library, for tests that play a second person writing to it (team conflicts). */
    WorkbenchDatabase database() {
        return database;
    }

    /** Lets queued saves finish, then closes the database. */
    @Override
    public void close() {
        closeAfterSaves();
    }

    /**
     * Stops long work, lets queued saves finish (waiting {@link FxBackgroundWork#SAVES_WAIT} at most), then closes
     * the database; true when every save ran.
     */
    boolean closeAfterSaves() {
        boolean saved = background.close(FxBackgroundWork.SAVES_WAIT);
        changesElsewhere.close();
        database.close();
        return saved;
    }
}
