package org.airisk.workbench.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.review.SignOffSignatures;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.airisk.workbench.ui.questionnaire.QuestionnaireViewModel;
import org.airisk.workbench.ui.register.ScoringSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An assessment opened by an account the workspace lets review but not change answers (ADR 0040): a draft opens
 * read-only with the reviewing banner, and nothing typed is sent to be saved. The server's side, which account
 * that is, is in TeamRolesOnPostgresqlTest.
 */
class ReviewingOnlyTest {
    @TempDir
    Path folder;

    private WorkbenchDatabase database;
    private JdbcAssessmentRepository assessments;
    private QuestionnaireTemplate template;
    private Assessment assessment;
    /** The names of the assessment repository's methods the questionnaire called. */
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void open() {
        database = WorkbenchDatabase.open(folder, TestClock.FIXED);
        assessments = new JdbcAssessmentRepository(database, TestClock.FIXED);
        template = TemplateLibrary.load(null).newest("quick-check").orElseThrow();
        assessment = assessments.create(new NewAssessment("Tutor bot", "Tutor", "Ann", template.id(), 1));
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** {@code real} with {@code mayChange} as the answer to whether the account may change answers. */
    private static ReviewRepository account(ReviewRepository real, boolean mayChange) {
        return (ReviewRepository) Proxy.newProxyInstance(
                ReviewRepository.class.getClassLoader(), new Class<?>[] {ReviewRepository.class}, (p, m, args) -> {
                    if (m.getName().equals("accountMayChangeAnswers")) {
                        return mayChange;
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The library's assessments, noting each call. */
    private AssessmentRepository noted() {
        return (AssessmentRepository) Proxy.newProxyInstance(
                AssessmentRepository.class.getClassLoader(),
                new Class<?>[] {AssessmentRepository.class},
                (p, m, args) -> {
                    calls.add(m.getName());
                    try {
                        return m.invoke(assessments, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private ReviewViewModel review(boolean mayChange) {
        ReviewViewModel model = new ReviewViewModel(
                account(new JdbcReviewRepository(database, TestClock.FIXED, ScoringMethod::standard), mayChange),
                new SignOffSignatures(null),
                new ImmediateBackgroundWork(),
                () -> new UserIdentity("Bo Reviewer", "Chair", "Board"),
                new UserFormats(Locale.UK, ZoneOffset.UTC));
        model.open(assessment.id(), List::of);
        return model;
    }

    private QuestionnaireViewModel questionnaire(ReviewViewModel review) {
        QuestionnaireViewModel questionnaire =
                new QuestionnaireViewModel(assessment, template, Map.of(), noted(), new ImmediateBackgroundWork());
        questionnaire.readOnlyProperty().bind(review.readOnlyProperty());
        return questionnaire;
    }

    private ScoringSession session(ReviewViewModel review) {
        JdbcRegisterRepository registers = new JdbcRegisterRepository(database, TestClock.FIXED);
        ScoringSession session = new ScoringSession(
                assessment.id(),
                new SimpleObjectProperty<>(new AnsweredQuestionnaire(template, Map.of())),
                new ScoringSession.Records(ScoringMethod.standard(), Map.of(), MitigationPlan.EMPTY),
                new CatalogReader().readBuiltIn(),
                registers,
                new ImmediateBackgroundWork(),
                new SimpleObjectProperty<>(ScoringMethod.standard()),
                () -> TestClock.TODAY);
        session.readOnlyProperty().bind(review.readOnlyProperty());
        return session;
    }

    @Test
    void aReviewersDraftOpensReadOnlyWithTheBannerAndNothingIsSentToBeSaved() {
        ReviewViewModel review = review(false);
        assertEquals(ReviewStage.DRAFT, review.stageProperty().get());
        assertTrue(review.reviewingOnlyProperty().get());
        assertTrue(review.readOnlyProperty().get(), "a draft, yet read-only for this account");
        assertEquals(ReviewingOnly.SENTENCE, review.bannerProperty().get());

        QuestionnaireViewModel questionnaire = questionnaire(review);
        String question = "purpose_summary";
        questionnaire.answerProperty(question).set(new Answer.Text("typed anyway"));
        questionnaire.noteProperty(question).set("a note");
        assertEquals(List.of(), calls, "no save was attempted");
        assertFalse(questionnaire.unsavedProperty().get());
        assertEquals(Map.of(), assessments.answers(assessment.id()));

        ScoringSession session = session(review);
        session.saveOverride(new RatingOverride("atlas-prompt-injection", 4, 0, "Public users"));
        assertEquals(ReviewStage.READ_ONLY, session.problemProperty().get());
    }

    @Test
    void anAssessorsDraftStaysEditableWithoutTheBanner() {
        ReviewViewModel review = review(true);
        assertFalse(review.reviewingOnlyProperty().get());
        assertFalse(review.readOnlyProperty().get());
        assertEquals("", review.bannerProperty().get());

        QuestionnaireViewModel questionnaire = questionnaire(review);
        String question = "purpose_summary";
        questionnaire.answerProperty(question).set(new Answer.Text("typed"));
        assertTrue(calls.contains("saveAnswer"), calls.toString());
    }
}
