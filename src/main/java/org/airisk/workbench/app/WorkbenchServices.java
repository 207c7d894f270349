package org.airisk.workbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.airisk.workbench.assessment.ChangesElsewhere;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalogdata.AtlasImporter;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.exchangedata.AssessmentPackages;
import org.airisk.workbench.exchangedata.ImportValidator;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.questionnairedata.surveyjs.QuestionnaireFiles;
import org.airisk.workbench.reportdata.ReportFiles;
import org.airisk.workbench.reportdata.ReportLogo;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.scoring.StoredScoring;
import org.airisk.workbench.settings.PreferenceKeys;
import org.airisk.workbench.settings.Preferences;
import org.airisk.workbench.settings.ReportBranding;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.ChangeNotices;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcEvidence;
import org.airisk.workbench.store.JdbcImportedRisks;
import org.airisk.workbench.store.JdbcPackageStore;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;

/**
 * The one wiring of an open data folder's services: the window ({@link Workbench}) and the command line
 * ({@link CommandLine}) both build their repositories, report writer, package exchange, Atlas import and
 * questionnaires here, so both work the same way. Made off the FX thread; each method makes its service when asked
 * and none reads the database (the questionnaires and catalog are read once, on first use).
 */
final class WorkbenchServices {
    /** The data folder's folder of the assessor's own questionnaires. */
    static final String TEMPLATE_FOLDER = QuestionnaireFiles.FOLDER;

    private final WorkbenchDatabase database;
    private final Path folder;
    private final Clock clock;
    private final Supplier<UserIdentity> user;
    private final Preferences preferences;
    private final Supplier<TemplateLibrary> unchecked;
    private final Supplier<RiskCatalog> builtIn;
    private RiskCatalog catalog;
    private TemplateLibrary templates;

    /**
     * @param folder     this computer's data folder (its questionnaires, logo, keys): the library's own folder, or
     *                   for a team workspace the folder of this computer's files
     * @param user       who is working, read at each change
     * @param templates  the questionnaires as read from the data folder, not yet checked against the catalog
     * @param builtIn    the built-in risk catalog, without the Risk Atlas risks imported into this library
     */
    WorkbenchServices(
            WorkbenchDatabase database,
            Path folder,
            Clock clock,
            Supplier<UserIdentity> user,
            Supplier<TemplateLibrary> templates,
            Supplier<RiskCatalog> builtIn) {
        this.database = database;
        this.folder = folder;
        this.clock = clock;
        this.user = user;
        this.preferences = PersonalPreferences.of(database, folder);
        this.unchecked = templates;
        this.builtIn = builtIn;
    }

    /**
     * The services of the data folder's library, its questionnaires and catalog read when first needed; changes are
     * recorded under the name the library's preferences hold (Edit › Your details; on a team workspace, this
     * computer's, see {@link PersonalPreferences}).
     */
    static WorkbenchServices of(WorkbenchDatabase database, Path folder, Clock clock) {
        Preferences saved = PersonalPreferences.of(database, folder);
        return new WorkbenchServices(
                database,
                folder,
                clock,
                () -> UserIdentity.read(saved),
                () -> readTemplates(folder),
                () -> new CatalogReader().readBuiltIn());
    }

    static TemplateLibrary readTemplates(Path dataFolder) {
        return TemplateLibrary.load(dataFolder.resolve(TEMPLATE_FOLDER));
    }

    WorkbenchDatabase database() {
        return database;
    }

    Clock clock() {
        return clock;
    }

    /** Who is working, read at each change. */
    Supplier<UserIdentity> user() {
        return user;
    }

    Preferences preferences() {
        return preferences;
    }

    /**
     * The scoring method of Edit › Scoring method, read when asked: an assessment never scored is reported with the
     * method in force now, also when Settings changed it after start-up or when the command line writes the report.
     */
    ScoringMethod settingsMethod() {
        return settingsMethod(preferences);
    }

    static ScoringMethod settingsMethod(Preferences preferences) {
        // Settings choose the matrix, levels and appetite; new scoring always uses the current model
        return preferences
                .get(PreferenceKeys.SCORING_METHOD)
                .flatMap(ScoringMethod::decode)
                .map(m -> m.withVersion(ScoringMethod.CURRENT))
                .orElse(ScoringMethod.standard());
    }

    /** The built-in risk catalog with the Risk Atlas risks imported into this library (one query, once). */
    synchronized RiskCatalog catalog() {
        if (catalog == null) {
            catalog = builtIn.get().withImported(importedRisks().all());
        }
        return catalog;
    }

    /** The questionnaires offered: without those naming risks or mitigations the catalog lacks. */
    synchronized TemplateLibrary templates() {
        if (templates == null) {
            RiskCatalog known = catalog();
            TemplateLibrary read = unchecked.get();
            read.checkReferences(known::hasRisk, id -> known.mitigation(id).isPresent());
            templates = read;
        }
        return templates;
    }

    JdbcAssessmentRepository assessments() {
        return new JdbcAssessmentRepository(database, clock, user);
    }

    JdbcRegisterRepository registers() {
        return new JdbcRegisterRepository(database, clock, user);
    }

    JdbcImportedRisks importedRisks() {
        return new JdbcImportedRisks(database, clock);
    }

    JdbcEvidence evidence() {
        return new JdbcEvidence(database, clock, user);
    }

    JdbcPackageStore packageStore() {
        return new JdbcPackageStore(database, clock, user);
    }

    JdbcReviewRepository reviews() {
        return new JdbcReviewRepository(database, clock, this::settingsMethod);
    }

    /** Scores assessments nobody opened (imports, older data) with the method of Edit › Scoring method. */
    StoredScoring scoring() {
        return new StoredScoring(assessments(), registers(), templates()::find, catalog(), this::settingsMethod);
    }

    AssessmentPackages packages() {
        return new AssessmentPackages(packageStore(), templates(), clock, folder.resolve(TEMPLATE_FOLDER));
    }

    /** Reports with the organisation, marking and logo of Edit › Report settings. */
    ReportFiles reports() {
        return reports(evidence());
    }

    ReportFiles reports(JdbcEvidence evidence) {
        return new ReportFiles(
                        packageStore(),
                        templates(),
                        catalog(),
                        this::settingsMethod,
                        AppVersion.get(),
                        evidence,
                        reviews())
                .withBranding(() -> ReportBranding.read(preferences))
                .withLogo(new ReportLogo(folder));
    }

    AtlasImporter atlasImport() {
        return new AtlasImporter(importedRisks());
    }

    QuestionnaireFiles questionnaireFiles() {
        return new QuestionnaireFiles();
    }

    /** Colleagues' changes to the team workspace's assessments, listened for from now; nothing for a local library. */
    ChangesElsewhere changesElsewhere() {
        return ChangeNotices.of(database);
    }

    /** The one check of a file to import, shared by `validate` and `import` (and the window's imports). */
    ImportValidator validator() {
        return new ImportValidator(packages(), folder.resolve(TEMPLATE_FOLDER), catalog(), atlasImport());
    }
}
