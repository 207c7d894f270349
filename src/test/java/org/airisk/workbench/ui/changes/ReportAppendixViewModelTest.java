package org.airisk.workbench.ui.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export report's choice "Add the changes since the approved version": offered only once a version is approved. */
class ReportAppendixViewModelTest {
    @TempDir
    Path dir;

    private WorkbenchDatabase db;
    private JdbcAssessmentRepository assessments;
    private JdbcReviewRepository reviews;
    private UUID id;
    private final List<Boolean> submitted = new ArrayList<>();

    @BeforeEach
    void open() {
        db = WorkbenchDatabase.open(dir, TestClock.FIXED);
        assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
        reviews = new JdbcReviewRepository(db, TestClock.FIXED, ScoringMethod::standard);
        id = assessments
                .create(new NewAssessment("Bot", "Bot", "Ann", "quick-check", 1))
                .id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ReportAppendixViewModel loaded() {
        ReportAppendixViewModel model = new ReportAppendixViewModel(
                id, reviews, new ImmediateBackgroundWork(), new UserFormats(Locale.UK, ZoneOffset.UTC));
        model.load(submitted::add);
        return model;
    }

    @Test
    void neverSubmittedThereIsNothingToAsk() {
        ReportAppendixViewModel model = loaded();
        assertEquals(List.of(false), submitted, "the export goes straight to the file");
        assertFalse(model.enabledProperty().get());
        assertNull(model.since());
    }

    @Test
    void withoutAnApprovalTheChoiceIsOffAndSaysWhy() {
        reviews.submit(id, "Ann");
        reviews.decide(id, Decision.CHANGES_REQUESTED, List.of(), "Say where the data comes from", "Bo", "Chair");
        ReportAppendixViewModel model = loaded();
        assertEquals(List.of(true), submitted);
        assertFalse(model.enabledProperty().get());
        assertFalse(model.selectedProperty().get());
        assertEquals(
                "No version of this assessment has been approved yet, so there is nothing to compare with.",
                model.noteProperty().get());
        model.selectedProperty().set(true);
        assertNull(model.since(), "a disabled choice adds nothing");
    }

    @Test
    void approvedAndUnchangedItIsOfferedButNotTicked() {
        reviews.submit(id, "Ann");
        reviews.decide(id, Decision.APPROVED, List.of(), "", "Bo", "Chair");
        ReportAppendixViewModel model = loaded();
        assertTrue(model.enabledProperty().get());
        assertFalse(model.selectedProperty().get(), "nothing changed since the approval");
        assertEquals(
                "Add the changes since the approved version (v1)",
                model.labelProperty().get());
        assertTrue(
                model.noteProperty()
                        .get()
                        .startsWith("The assessment is as it was approved (version 1, approved " + "on 25 Nov 2026)"),
                model.noteProperty().get());
        assertNull(model.since());
        model.selectedProperty().set(true);
        assertEquals("version 1, approved on 25 Nov 2026", model.since().label());
    }

    @Test
    void changedSinceTheApprovalItIsTickedAndComparesWithTheLatestApprovedVersion() {
        reviews.submit(id, "Ann");
        reviews.decide(id, Decision.APPROVED, List.of(), "", "Bo", "Chair");
        reviews.reopen(id);
        assessments.saveNote(id, "purpose_summary", "Now for parents too");
        reviews.submit(id, "Ann");
        reviews.decide(id, Decision.APPROVED_WITH_CONDITIONS, List.of("Tell parents"), "", "Bo", "Chair");
        reviews.reopen(id);
        assessments.saveNote(id, "purpose_summary", "Now for teachers too");
        ReportAppendixViewModel model = loaded();
        assertTrue(model.enabledProperty().get());
        assertTrue(model.selectedProperty().get(), "ticked: the report should show what the approval does not cover");
        assertEquals(
                "Add the changes since the approved version (v2)",
                model.labelProperty().get());
        assertEquals(
                "version 2, approved with conditions on 25 Nov 2026",
                model.since().label());
        assertTrue(
                model.since().version().answers().get("purpose_summary").note().contains("parents"),
                "the frozen version 2, not the assessment now");
    }
}
