package org.airisk.workbench.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.RegisterRepository;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Next year's review from the approved version: everything carried over, the old answers flagged in their notes. */
class StartReassessmentTest {
    private static final TemplateLibrary TEMPLATES = TemplateLibrary.load(null);
    private static final RiskCatalog CATALOG = new CatalogReader().readBuiltIn();

    @TempDir
    Path dir;

    @Test
    void startsFromTheApprovedVersionWithOldAnswersFlagged() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir)) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
            JdbcRegisterRepository registers = new JdbcRegisterRepository(db, TestClock.FIXED);
            JdbcReviewRepository reviews = new JdbcReviewRepository(db, TestClock.FIXED, ScoringMethod::standard);
            UUID id = assessments
                    .create(new NewAssessment("Bot 2026", "Bot", "Ann", "quick-check", 1))
                    .id();
            String question = TEMPLATES
                    .newest("quick-check")
                    .orElseThrow()
                    .questions()
                    .filter(q -> !q.options().isEmpty())
                    .findFirst()
                    .orElseThrow()
                    .id();
            var options = TEMPLATES
                    .newest("quick-check")
                    .orElseThrow()
                    .question(question)
                    .orElseThrow()
                    .options();
            assessments.saveAnswer(
                    id, question, new Answer.Choice(options.get(0).id()), new Progress(1, 7));
            assessments.saveNote(id, question, "Checked with the team");
            registers.saveOverride(id, new RatingOverride("atlas-hallucination", 4, 4, "Seen in the pilot"));
            registers.savePlanItem(
                    id,
                    PlanItem.accept(
                            CATALOG.mitigation("mit-human-review").orElseThrow(), List.of("atlas-hallucination")));

            StartReassessment starter = new StartReassessment(
                    assessments,
                    registers,
                    TEMPLATES::find,
                    TEMPLATES::newest,
                    new Reassessment(Clock.offset(TestClock.FIXED, Duration.ofDays(800))));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> starter.startFromApproved(reviews, id, "Bot 2027", Period.ofYears(1)),
                    "no approved version yet");
            reviews.submit(id, "Ann");
            reviews.startReview(id);
            reviews.decide(id, Decision.APPROVED, List.of(), "", "Bo", "Chair");

            StartReassessment.Started started = starter.startFromApproved(reviews, id, "Bot 2027", Period.ofYears(1));
            UUID next = started.assessment().id();
            assertEquals("Bot 2027", started.assessment().title());
            assertEquals(
                    List.of(question),
                    started.flags().stream().map(Reassessment.Flag::questionId).toList());
            assertTrue(
                    started.flags().get(0).reasons().get(0).startsWith("Answered more than 1 year ago"),
                    started.flags().get(0).reasons().toString());
            var answers = assessments.answers(next);
            assertEquals(
                    new Answer.Choice(options.get(0).id()),
                    answers.get(question).answer());
            assertTrue(
                    answers.get(question).note().startsWith(StartReassessment.TO_CONFIRM),
                    answers.get(question).note());
            assertTrue(answers.get(question).note().endsWith("\nChecked with the team"), "the old note kept");
            assertEquals(
                    "Seen in the pilot",
                    registers.overrides(next).get("atlas-hallucination").justification());
            assertEquals(1, registers.plan(next).items().size());
            assertTrue(
                    !registers
                            .plan(next)
                            .items()
                            .get(0)
                            .id()
                            .equals(registers.plan(id).items().get(0).id()),
                    "the plan item is the new assessment's own");
        }
    }

    @Test
    void aFailureHalfWayLeavesNoHalfMadeAssessment() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir)) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
            JdbcRegisterRepository registers = new JdbcRegisterRepository(db, TestClock.FIXED);
            JdbcReviewRepository reviews = new JdbcReviewRepository(db, TestClock.FIXED, ScoringMethod::standard);
            UUID id = assessments
                    .create(new NewAssessment("Bot 2026", "Bot", "Ann", "quick-check", 1))
                    .id();
            registers.savePlanItem(
                    id,
                    PlanItem.accept(
                            CATALOG.mitigation("mit-human-review").orElseThrow(), List.of("atlas-hallucination")));
            reviews.submit(id, "Ann");
            reviews.startReview(id);
            reviews.decide(id, Decision.APPROVED, List.of(), "", "Bo", "Chair");
            // the plan item cannot be saved (a full disk, say)
            RegisterRepository failing = (RegisterRepository) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {RegisterRepository.class}, (proxy, m, args) -> {
                        if (m.getName().equals("savePlanItem")) {
                            throw new StorageException("The disk is full.");
                        }
                        try {
                            return m.invoke(registers, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            StartReassessment starter = new StartReassessment(
                    assessments, failing, TEMPLATES::find, TEMPLATES::newest, new Reassessment(TestClock.FIXED));
            assertThrows(
                    StorageException.class,
                    () -> starter.startFromApproved(reviews, id, "Bot 2027", Period.ofYears(1)));
            assertEquals(
                    List.of("Bot 2026"),
                    assessments.list().stream().map(a -> a.title()).toList(),
                    "no half-made re-assessment left in the library");
        }
    }
}
