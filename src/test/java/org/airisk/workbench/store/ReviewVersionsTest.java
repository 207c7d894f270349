package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.review.ReviewRefused;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.review.ReviewVersion;
import org.airisk.workbench.review.SignOff;
import org.airisk.workbench.review.SignOffState;
import org.airisk.workbench.scoring.Fixtures;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Review stages, frozen versions and decisions as kept in the library, across close and reopen. */
class ReviewVersionsTest {
    /** The library under test: a new H2 data folder here; a new database on PostgreSQL in the subclass. */
    WorkbenchDatabase openLibrary() {
        return WorkbenchDatabase.open(folder, clock);
    }

    /** Moves on by itself so each save has its own time, with nanoseconds the store cannot keep. */
    private final TestClock.Settable clock = new TestClock.Settable();

    @TempDir
    Path folder;

    private WorkbenchDatabase database;
    private JdbcAssessmentRepository assessments;
    private JdbcRegisterRepository registers;
    private JdbcReviewRepository reviews;

    private void open() {
        database = openLibrary();
        assessments = new JdbcAssessmentRepository(database, clock);
        registers = new JdbcRegisterRepository(database, clock);
        reviews = new JdbcReviewRepository(database, clock, ScoringMethod::standard);
    }

    private void reopen() {
        database.close();
        open();
    }

    private void tick() {
        clock.set(clock.instant().plusSeconds(61).plusNanos(123_456_789));
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private UUID drafted(String note) {
        open();
        Assessment a = assessments.create(new NewAssessment("Chatbot review", "Helpdesk bot", "Ann", "quick-check", 1));
        tick();
        assessments.saveAnswer(a.id(), "q1", new Answer.Choice("yes"), new Progress(1, 3));
        assessments.saveNote(a.id(), "q1", note);
        registers.saveOverride(a.id(), new RatingOverride("atlas-prompt-injection", 4, 0, "Public users"));
        tick();
        return a.id();
    }

    static List<String> notes() {
        return List.of(
                "",
                "short",
                "风险评估😀 ".repeat(4_096 / 8),
                "n".repeat(65_536),
                "风险评估：模型偏差已复核✓ 😀\n".repeat(CloseAndReopenTest.MAX_LENGTH / 20));
    }

    @ParameterizedTest(name = "note of {index}")
    @MethodSource("notes")
    void aVersionReadsBackByteIdenticalAfterReopenAndLaterEdits(String note) {
        UUID id = drafted(note);
        ReviewVersion v1 = reviews.submit(id, "Ann Author");
        String frozen = reviews.snapshotText(id, 1);
        assertEquals(note, v1.snapshot().answers().get("q1").note());
        reopen();
        assertEquals(frozen, reviews.snapshotText(id, 1));
        ReviewVersion read = reviews.versions(id).get(0);
        assertEquals(v1, read);
        assertEquals(v1.contentHash(), reviews.currentHash(id), "the hash is the same after close and reopen");

        reviews.decide(id, Decision.CHANGES_REQUESTED, List.of(), "Say who reviews overrides.", "Bo", "Chair");
        reviews.reopen(id);
        tick();
        assessments.saveNote(id, "q1", "changed after the review");
        assessments.saveAnswer(id, "q2", new Answer.Text("new"), new Progress(2, 3));
        reopen();
        assertEquals(frozen, reviews.snapshotText(id, 1));
        assertEquals(v1, reviews.versions(id).get(0));
        assertNotEquals(v1.contentHash(), reviews.currentHash(id));
    }

    @Test
    void submittingFreezesTheNextVersionAndMakesTheAssessmentReadOnly() {
        UUID id = drafted("why");
        assertEquals(ReviewStage.DRAFT, reviews.stage(id));
        ReviewVersion v1 = reviews.submit(id, "Ann");
        assertEquals(1, v1.number());
        assertEquals(ReviewStage.DRAFT, v1.stageAtSubmission());
        assertEquals(ReviewStage.SUBMITTED, reviews.stage(id));
        assertEquals(Map.of(id, ReviewStage.SUBMITTED), reviews.stages());
        assertEquals(
                ScoringMethod.standard(),
                registers.method(id).orElseThrow(),
                "an assessment never scored keeps the method it was submitted with");
        for (ReviewStage readOnly : List.of(ReviewStage.SUBMITTED, ReviewStage.IN_REVIEW)) {
            assertEquals(readOnly, reviews.stage(id));
            String before = reviews.currentHash(id);
            List<Runnable> changes = List.of(
                    () -> assessments.saveAnswer(id, "q1", new Answer.Choice("no"), new Progress(1, 3)),
                    () -> assessments.saveNote(id, "q1", "other"),
                    () -> registers.saveOverride(id, new RatingOverride("atlas-prompt-injection", 2, 0, "x")),
                    () -> registers.removeOverride(id, "atlas-prompt-injection"),
                    () -> registers.savePlanItem(
                            id, PlanItem.accept(Fixtures.SCREEN, List.of("atlas-prompt-injection"))),
                    () -> registers.saveMethod(id, ScoringMethod.standard(5)),
                    () -> assessments.rename(id, "Another title"));
            for (Runnable change : changes) {
                StorageException refused = assertThrows(StorageException.class, change::run);
                assertEquals(ReviewLock.READ_ONLY, refused.getMessage());
            }
            assertEquals(before, reviews.currentHash(id), "nothing of a refused change is kept");
            if (readOnly == ReviewStage.SUBMITTED) {
                reviews.startReview(id);
            }
        }
        ReviewRefused twice = assertThrows(ReviewRefused.class, () -> reviews.submit(id, "Ann"));
        assertEquals(
                "This assessment is in review; the reviewer decides on it before it can be changed.",
                twice.getMessage());
        reviews.decide(id, Decision.REJECTED, List.of(), "Out of scope.", "Bo", "Member");
        reviews.reopen(id);
        assertEquals(ReviewStage.DRAFT, reviews.stage(id));
        assessments.saveNote(id, "q1", "editable again");
        ReviewVersion v2 = reviews.submit(id, "Ann");
        assertEquals(2, v2.number());
        assertEquals(
                List.of(1, 2),
                reviews.versions(id).stream().map(ReviewVersion::number).toList());
    }

    @Test
    void aDecisionIsBoundToTheVersionAndAChangeAfterApprovalSupersedesIt() {
        UUID id = drafted("note");
        ReviewVersion v1 = reviews.submit(id, "Ann");
        assertEquals(Optional.empty(), reviews.signOffState(id));
        SignOff decided = reviews.decide(
                id,
                Decision.APPROVED_WITH_CONDITIONS,
                List.of("Log every override", "Re-assess in 6 months"),
                "Thorough.\nThanks",
                "Bo Reviewer",
                "Chair");
        assertEquals(ReviewStage.APPROVED_WITH_CONDITIONS, reviews.stage(id));
        assertEquals(v1.contentHash(), decided.contentHash());
        assertEquals(1, decided.versionNumber());
        reopen();
        SignOff read = reviews.latestDecision(id).orElseThrow();
        assertEquals(decided, read);
        assertEquals(decided.signedText(), read.signedText(), "the signed text reads back exactly");
        assertEquals(SignOffState.VALID, reviews.signOffState(id).orElseThrow());

        tick();
        assessments.saveNote(id, "q1", "a later change");
        assertEquals(SignOffState.SUPERSEDED, reviews.signOffState(id).orElseThrow());
    }

    @Test
    void aSignatureIsKeptOnceOnTheDecisionItCovers() {
        UUID id = drafted("note");
        reviews.submit(id, "Ann");
        SignOff decided = reviews.decide(id, Decision.APPROVED, List.of(), "", "Bo", "Chair");
        reviews.saveSignature(decided.signed("Ed25519", "SHA256:abcd", "c2lnbmF0dXJl"));
        reopen();
        SignOff read = reviews.latestDecision(id).orElseThrow();
        assertEquals("Ed25519", read.signatureAlgorithm());
        assertEquals("SHA256:abcd", read.signerFingerprint());
        assertEquals("c2lnbmF0dXJl", read.signature());
        assertThrows(ReviewRefused.class, () -> reviews.saveSignature(decided.signed("Ed25519", "x", "eQ==")));
    }

    @Test
    void aDecisionNeedsASubmittedVersionAndSaysWhatIsMissing() {
        UUID id = drafted("note");
        ReviewRefused draft =
                assertThrows(ReviewRefused.class, () -> reviews.decide(id, Decision.APPROVED, List.of(), "", "Bo", ""));
        assertTrue(draft.getMessage().startsWith("This assessment is a draft"), draft.getMessage());
        reviews.submit(id, "Ann");
        IllegalArgumentException noName = assertThrows(
                IllegalArgumentException.class, () -> reviews.decide(id, Decision.APPROVED, List.of(), "", " ", ""));
        assertTrue(noName.getMessage().startsWith("Give the reviewer's name"));
        assertEquals(ReviewStage.SUBMITTED, reviews.stage(id), "a refused decision changes nothing");
        assertEquals(List.of(), reviews.decisions(id));
    }

    @Test
    void aDuplicateStartsAsADraftWithoutVersions() {
        UUID id = drafted("note");
        reviews.submit(id, "Ann");
        Assessment copy = assessments.duplicate(id, "Copy");
        assertEquals(ReviewStage.DRAFT, reviews.stage(copy.id()));
        assertEquals(List.of(), reviews.versions(copy.id()));
        Instant unused = clock.instant();
        assertTrue(unused.isAfter(TestClock.NOW));
    }

    @Test
    void stageChangesDecisionsAndCommentsAreInTheAuditTrail() {
        open();
        UUID id = assessments
                .create(new NewAssessment("Audit me", "Bot", "Ann", "quick-check", 1))
                .id();
        reviews.submit(id, "Ann");
        reviews.startReview(id);
        reviews.decide(id, Decision.APPROVED_WITH_CONDITIONS, List.of("Log every override"), "", "Bo", "Chair");
        new JdbcCommentRepository(database, TestClock.FIXED)
                .save(List.of(new Comment(
                        UUID.randomUUID(),
                        id,
                        CommentAnchor.WHOLE_ASSESSMENT,
                        1,
                        null,
                        "Bo",
                        "Chair",
                        clock.instant(),
                        "Please add the data sources",
                        null)));
        reviews.reopen(id);
        var trail = new JdbcAuditTrail(database, clock, JdbcAuditTrail.savedUser(database)).read(id);
        var kinds = trail.entries().stream().map(e -> e.kind()).toList();
        assertEquals(
                List.of(
                        AuditKind.CREATED,
                        AuditKind.STATUS,
                        AuditKind.STATUS,
                        AuditKind.DECISION,
                        AuditKind.STATUS,
                        AuditKind.COMMENT,
                        AuditKind.STATUS),
                kinds);
        var decision = trail.entries().get(3);
        assertTrue(decision.after().startsWith("Approved with conditions by Bo, Chair"), decision.after());
        assertEquals("Submitted for review", trail.entries().get(1).after());
        assertTrue(trail.check().intact(), trail.check().sentence());
    }
}
