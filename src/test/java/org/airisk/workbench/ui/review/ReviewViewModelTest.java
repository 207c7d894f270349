package org.airisk.workbench.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.exchangedata.EncryptedPackage;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.review.ReviewAction;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.review.SignOffSignatures;
import org.airisk.workbench.review.SignOffState;
import org.airisk.workbench.review.SignatureCheck;
import org.airisk.workbench.review.SubmissionGap;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.signingdata.KeyFiles;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.airisk.workbench.ui.register.ScoringSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Review menu's view model without a window, on a real library. */
class ReviewViewModelTest {
    @TempDir
    Path folder;

    private WorkbenchDatabase database;
    private JdbcAssessmentRepository assessments;
    private JdbcRegisterRepository registers;
    private ReviewViewModel model;
    private UUID id;
    private KeyFiles keys;
    private final List<String> refusals = new ArrayList<>();
    private final List<SubmissionGap> gaps = new ArrayList<>();

    @BeforeEach
    void open() {
        database = WorkbenchDatabase.open(folder, TestClock.FIXED);
        assessments = new JdbcAssessmentRepository(database, TestClock.FIXED);
        registers = new JdbcRegisterRepository(database, TestClock.FIXED);
        id = assessments
                .create(new NewAssessment("Tutor bot", "Tutor", "Ann", "quick-check", 1))
                .id();
        assessments.saveAnswer(id, "purpose_summary", new Answer.Text("Tutoring"), new Progress(1, 9));
        keys = new KeyFiles(folder.resolve("home"), new EncryptedPackage.Kdf(8, 1, 1), new SecureRandom());
        model = new ReviewViewModel(
                new JdbcReviewRepository(database, TestClock.FIXED, ScoringMethod::standard),
                new SignOffSignatures(keys),
                new ImmediateBackgroundWork(),
                () -> new UserIdentity("Bo Reviewer", "Chair", "Board"),
                new UserFormats(Locale.UK, ZoneOffset.UTC));
        model.open(id, () -> gaps);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void submittingIsRefusedWhileThereAreGapsAndEachGapSaysWhere() {
        gaps.add(new SubmissionGap(SubmissionGap.Kind.UNANSWERED_QUESTION, "domain", "Answer \u201cDomain\u201d."));
        assertEquals(ReviewStage.DRAFT, model.stageProperty().get());
        assertTrue(model.allows(ReviewAction.SUBMIT).get());
        model.submit(() -> {});
        assertEquals(
                "Settle the 1 gap(s) first: each one says where.",
                model.problemProperty().get());
        assertEquals(ReviewStage.DRAFT, model.stageProperty().get());
        assertEquals("domain", model.gaps().get(0).targetId());
    }

    @Test
    void submitStartDecideAndReopenWithTheSignOffSupersededByALaterChange() {
        boolean[] submitted = {false};
        model.submit(() -> submitted[0] = true);
        assertTrue(submitted[0]);
        assertEquals(ReviewStage.SUBMITTED, model.stageProperty().get());
        assertTrue(model.readOnlyProperty().get());
        assertTrue(
                model.bannerProperty().get().startsWith("Submitted for review (version 1): read-only"),
                model.bannerProperty().get());
        assertFalse(model.allows(ReviewAction.SUBMIT).get());
        assertTrue(model.allows(ReviewAction.START_REVIEW).get());

        ScoringSession session = session();
        session.readOnlyProperty().bind(model.readOnlyProperty());
        session.saveOverride(new RatingOverride("atlas-prompt-injection", 4, 0, "Public users"));
        assertEquals(ReviewStage.READ_ONLY, session.problemProperty().get());
        assertEquals(Map.of(), registers.overrides(id), "nothing of a refused change reaches the library");

        model.startReview();
        assertEquals(ReviewStage.IN_REVIEW, model.stageProperty().get());
        assertEquals(
                "Say why in the comment, so the author knows what to change.",
                model.decide(Decision.REJECTED, List.of(), "", "Bo Reviewer", "Chair", null, () -> {}, refusals::add));
        assertEquals(ReviewStage.IN_REVIEW, model.stageProperty().get());
        assertEquals(
                "",
                model.decide(
                        Decision.APPROVED_WITH_CONDITIONS,
                        List.of("Log overrides"),
                        "Good.",
                        "Bo Reviewer",
                        "Chair",
                        null,
                        () -> {},
                        refusals::add));
        assertEquals(ReviewStage.APPROVED_WITH_CONDITIONS, model.stageProperty().get());
        assertFalse(model.readOnlyProperty().get());
        assertEquals(SignOffState.VALID, model.signOffStateProperty().get());
        assertTrue(
                model.bannerProperty()
                        .get()
                        .startsWith("Approved with conditions by Bo Reviewer, Chair on " + "25 Nov 2026"),
                model.bannerProperty().get());
        assertTrue(
                model.bannerProperty().get().contains("Sign-off: Valid"),
                model.bannerProperty().get());
        assertTrue(model.bannerProperty().get().contains("Conditions: Log overrides."));
        assertTrue(
                model.bannerProperty()
                        .get()
                        .contains("Sign-off: Valid: the assessment is as it was signed off. " + "Not signed."),
                model.bannerProperty().get());
        assertEquals(
                SignatureCheck.Status.NOT_SIGNED,
                model.signatureProperty().get().status());
        assertEquals(List.of(), refusals);

        assessments.saveNote(id, "purpose_summary", "changed after the approval");
        model.refresh();
        assertEquals(SignOffState.SUPERSEDED, model.signOffStateProperty().get());
        assertTrue(model.bannerProperty().get().contains("Sign-off: Superseded by changes"));

        model.reopen();
        assertEquals(ReviewStage.DRAFT, model.stageProperty().get());
        assertEquals(
                "Draft, re-opened after approved with conditions of version 1. Its conditions can go into the "
                        + "plan: Review \u203a Conditions to plan\u2026",
                model.bannerProperty().get());
        assertEquals("Bo Reviewer", model.identityProperty().get().name());
    }

    @Test
    void signingIsOfferedOnceThereIsAKeyAndAWrongPassphraseKeepsNothing() {
        model.submit(() -> {});
        model.checkSigningKey(() -> {});
        assertFalse(model.canSignProperty().get(), "no key yet: the dialog points to Your details instead");
        char[] passphrase = "correct horse battery staple".toCharArray();
        keys.create(passphrase, false);
        boolean[] checked = {false};
        model.checkSigningKey(() -> checked[0] = true);
        assertTrue(checked[0]);
        assertTrue(model.canSignProperty().get());

        assertEquals(
                "Type your signing key's passphrase, or untick signing to record the decision unsigned.",
                model.decide(
                        Decision.APPROVED,
                        List.of(),
                        "",
                        "Bo Reviewer",
                        "Chair",
                        new char[0],
                        () -> {},
                        refusals::add));
        boolean[] kept = {false};
        assertEquals(
                "",
                model.decide(
                        Decision.APPROVED,
                        List.of(),
                        "",
                        "Bo Reviewer",
                        "Chair",
                        "not my passphrase at all".toCharArray(),
                        () -> kept[0] = true,
                        refusals::add));
        assertFalse(kept[0]);
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).toLowerCase(Locale.ROOT).contains("passphrase"), refusals.get(0));
        assertFalse(refusals.get(0).contains("Exception"), refusals.get(0));
        assertEquals(ReviewStage.SUBMITTED, model.stageProperty().get(), "nothing was kept");
        assertFalse(model.decidingProperty().get());

        char[] given = passphrase.clone();
        assertEquals(
                "",
                model.decide(
                        Decision.APPROVED,
                        List.of(),
                        "",
                        "Bo Reviewer",
                        "Chair",
                        given,
                        () -> kept[0] = true,
                        refusals::add));
        assertTrue(kept[0]);
        assertEquals(ReviewStage.APPROVED, model.stageProperty().get());
        assertTrue(new String(given).chars().allMatch(c -> c == 0), "the passphrase is cleared once used");
        String fingerprint = keys.publicKey().orElseThrow().fingerprint();
        assertEquals(
                SignatureCheck.Status.VALID, model.signatureProperty().get().status());
        assertTrue(
                model.bannerProperty()
                        .get()
                        .contains("Signed by Bo Reviewer's key " + fingerprint.replace(' ', '\u00A0')
                                + ": signature valid."),
                "the fingerprint stays on one line: " + model.bannerProperty().get());
    }

    @Test
    void aRefusedActionIsSaidInOneSentence() {
        model.submit(() -> {});
        model.reopen();
        assertEquals(
                "This assessment is submitted for review; a reviewer decides on it before it can be " + "re-opened.",
                model.problemProperty().get());
        assertEquals(ReviewStage.SUBMITTED, model.stageProperty().get());
    }

    private ScoringSession session() {
        var template = TemplateLibrary.load(null).newest("quick-check").orElseThrow();
        return new ScoringSession(
                id,
                new SimpleObjectProperty<>(new AnsweredQuestionnaire(template, Map.of())),
                new ScoringSession.Records(ScoringMethod.standard(), Map.of(), MitigationPlan.EMPTY),
                new CatalogReader().readBuiltIn(),
                registers,
                new ImmediateBackgroundWork(),
                new SimpleObjectProperty<>(ScoringMethod.standard()),
                () -> TestClock.TODAY);
    }
}
