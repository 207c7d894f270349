package org.airisk.workbench.importfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalogdata.AtlasImporter;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchangedata.AssessmentPackages;
import org.airisk.workbench.exchangedata.ImportValidator;
import org.airisk.workbench.importfiles.ImportCorpus.Case;
import org.airisk.workbench.importfiles.ImportCorpus.Outcome;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcImportedRisks;
import org.airisk.workbench.store.JdbcPackageStore;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz corpus: well over a hundred broken and hostile packages, templates and Risk Atlas files, each checked by
 * `validate`'s validator and then imported the way the window and `import` import it. Each is refused or imported as
 * the corpus says; validate calls a file valid exactly when its import succeeds; after every refusal the library
 * (every assessment with its answers, overrides and plan, and the imported risks) is as it was; and every refusal is
 * one line of plain words.
 */
class ImportCorpusTest {
    /** Library and parser words, class names, and the validator's own vocabulary: none may reach the user. */
    private static final Pattern JARGON = Pattern.compile("\\b[A-Z][a-z]+(Exception|Error)\\b|com\\.fasterxml|java\\."
            + "|org\\.|Stream|Constraint|BigInteger|[Dd]eserializ|token|Input length|at \\[Source|Unrecognized field"
            + "|Cannot deserialize|schema does not|regex|RFC \\d|ParseException|NullPointer|UUID string|code point");

    @TempDir
    static Path dir;

    private static WorkbenchDatabase db;
    private static AssessmentPackages packages;
    private static ImportValidator validator;
    private static AtlasImporter atlas;
    private static RiskCatalog catalog;
    private static List<Case> cases;
    private static int builtInTemplates;
    private static int templateImports;

    @BeforeAll
    static void makeTheCorpusAndTheLibrary() throws Exception {
        UUID sharedItem = UUID.randomUUID();
        Path good = dir.resolve("good.airisk.json");
        try (WorkbenchDatabase source = WorkbenchDatabase.open(dir.resolve("source"))) {
            UUID id = fill(source, sharedItem);
            libraryOf(source).export(List.of(id), good);
        }
        db = WorkbenchDatabase.open(dir.resolve("library"));
        JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
        Assessment existing =
                assessments.create(new NewAssessment("Existing", "S", "Ann", "foundation-model-assessment", 1));
        // Its plan item has the id of the good package's first item: an import must leave it where it is.
        new JdbcRegisterRepository(db, TestClock.FIXED).savePlanItem(existing.id(), item(sharedItem, "Mine"));
        catalog = new CatalogReader().readBuiltIn();
        packages = libraryOf(db);
        atlas = new AtlasImporter(new JdbcImportedRisks(db, TestClock.FIXED));
        Path templates = Files.createDirectories(dir.resolve("installed-templates"));
        validator = new ImportValidator(packages, templates, catalog, atlas);
        builtInTemplates = TemplateLibrary.load(null).offered().size();

        ImportCorpus corpus = new ImportCorpus(Files.createDirectories(dir.resolve("corpus")));
        new PackageCorpus(corpus, Files.readString(good)).all(existing.id());
        new TemplateAndAtlasCorpus(corpus).all();
        corpus.specialFiles(good);
        cases = corpus.cases();
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    private static AssessmentPackages libraryOf(WorkbenchDatabase database) {
        TemplateLibrary templates = TemplateLibrary.load(null);
        RiskCatalog builtIn = new CatalogReader().readBuiltIn();
        templates.checkReferences(builtIn::hasRisk, id -> builtIn.mitigation(id).isPresent());
        return new AssessmentPackages(new JdbcPackageStore(database, TestClock.FIXED), templates, TestClock.FIXED);
    }

    private static PlanItem item(UUID id, String title) {
        return new PlanItem(
                id,
                "",
                title,
                List.of("atlas-jailbreaking"),
                2,
                1,
                Mitigation.Effort.M,
                PlanItem.Decision.ACCEPTED,
                "",
                "Dana",
                LocalDate.of(2026, 12, 1),
                PlanItem.Priority.HIGH,
                PlanItem.Status.PLANNED,
                "");
    }

    /** An answer of every kind the profile asks, a note, a method, an override and two plan items. */
    private static UUID fill(WorkbenchDatabase database, UUID firstItem) {
        JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(database, TestClock.FIXED);
        JdbcRegisterRepository registers = new JdbcRegisterRepository(database, TestClock.FIXED);
        Assessment a = assessments.create(
                new NewAssessment("Corpus review", "Helga", "Ann", "foundation-model-assessment", 1));
        Progress p = new Progress(1, 10);
        assessments.saveAnswer(a.id(), "profile_purpose", new Answer.Text("Answers tenants' questions"), p);
        assessments.saveAnswer(a.id(), "profile_domain", new Answer.Choice("public_services"), p);
        assessments.saveAnswer(a.id(), "profile_affected", new Answer.Choices(List.of("customers", "minors")), p);
        assessments.saveAnswer(a.id(), "profile_people_reached", new Answer.Number(new BigDecimal("12500.75")), p);
        assessments.saveAnswer(a.id(), "profile_decision_impact", new Answer.Scale(4), p);
        assessments.saveAnswer(a.id(), "fm_sec_input_screen", new Answer.Choice("not_sure"), p);
        assessments.saveNote(a.id(), "fm_sec_input_screen", "Vendor says yes; no evidence yet.");
        registers.saveMethod(a.id(), ScoringMethod.standard(4));
        registers.saveOverride(a.id(), new RatingOverride("atlas-hallucination", 4, 0, "Seen in the pilot"));
        registers.savePlanItem(a.id(), item(firstItem, "Red-team it"));
        registers.savePlanItem(a.id(), item(UUID.randomUUID(), "Human review"));
        return a.id();
    }

    /** Every assessment with all it holds, and the imported risks. */
    private static String library() {
        List<UUID> ids = new JdbcAssessmentRepository(db, TestClock.FIXED)
                .list().stream().map(AssessmentSummary::id).sorted().toList();
        return new JdbcPackageStore(db, TestClock.FIXED)
                        .read(ids).stream().map(packages::canonical).collect(Collectors.joining("\n"))
                + "\n" + new JdbcImportedRisks(db, TestClock.FIXED).all();
    }

    @Test
    void theCorpusIsLargeAndVaried() {
        assertTrue(cases.size() >= 100, "only " + cases.size() + " cases");
        for (ImportCorpus.Kind kind : ImportCorpus.Kind.values()) {
            assertTrue(
                    cases.stream()
                                    .filter(c -> c.kind() == kind && c.expected() == Outcome.REFUSED)
                                    .count()
                            >= 20,
                    "too few refusals of " + kind);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFileIsRefusedOrImportedAsDocumented() {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    private static void check(Case c) throws Exception {
        try {
            checkOne(c);
        } catch (AssertionError e) {
            throw new AssertionError(c + ": " + e.getMessage(), e);
        }
    }

    private static void checkOne(Case c) throws Exception {
        String before = library();
        ImportValidator.Verdict verdict =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> validator.validate(c.file()), "validate hung");
        List<String> refusals = new ArrayList<>(verdict.problems());
        boolean imported =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> importIt(c, refusals), "the import hung");
        assertEquals(c.expected(), imported ? Outcome.IMPORTED : Outcome.REFUSED, refusals.toString());
        assertEquals(
                imported,
                verdict.ok(),
                "validate says " + (verdict.ok() ? "valid" : verdict.problems()) + " but the import "
                        + (imported ? "succeeded" : "refused it"));
        if (imported) {
            assertEquals(c.kind().name(), verdict.kind().name(), "told apart by content");
            return;
        }
        assertEquals(before, library(), "a refusal changed the library");
        assertFalse(refusals.isEmpty(), "refused without a reason");
        for (String message : refusals) {
            assertFalse(message.contains("\n") || message.contains("\r"), "more than one line: " + message);
            assertFalse(JARGON.matcher(message).find(), "jargon: " + message);
            assertTrue(message.length() < 600, "not one sentence: " + message);
        }
    }

    /** As the window and `import` import it: a package previewed and applied, a template installed, an Atlas file. */
    private static boolean importIt(Case c, List<String> refusals) throws Exception {
        switch (c.kind()) {
            case PACKAGE -> {
                AssessmentPackages.Preview preview = packages.preview(c.file());
                preview.problems().forEach(p -> refusals.add(p.toString()));
                if (preview.ok()) {
                    // Imported as documented; deleted again so that the library stays small for the next case.
                    JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
                    packages.apply(preview, PackageStore.Conflict.KEEP_BOTH).forEach(assessments::delete);
                }
                return preview.ok();
            }
            case TEMPLATE -> {
                Path folder = Files.createDirectories(dir.resolve("templates-" + ++templateImports));
                Files.copy(c.file(), folder.resolve(c.file().getFileName()));
                TemplateLibrary library = TemplateLibrary.load(folder);
                library.checkReferences(
                        catalog::hasRisk, id -> catalog.mitigation(id).isPresent());
                library.problems().forEach(p -> refusals.add(p.problem()));
                return library.problems().isEmpty() && library.offered().size() == builtInTemplates + 1;
            }
            default -> {
                AtlasImporter.Preview preview = atlas.preview(c.file(), catalog);
                refusals.addAll(preview.problems());
                if (preview.ok()) {
                    atlas.apply(preview.plan(), catalog);
                }
                return preview.ok();
            }
        }
    }
}
