package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcRegisterRepositoryTest {
    /** The library under test: a new H2 data folder here; a new database on PostgreSQL in the subclass. */
    WorkbenchDatabase openLibrary() {
        return WorkbenchDatabase.open(folder);
    }

    @TempDir
    Path folder;

    private WorkbenchDatabase database;
    private JdbcAssessmentRepository assessments;
    private JdbcRegisterRepository register;
    private Assessment assessment;

    private static final PlanItem CUSTOM = new PlanItem(
            UUID.randomUUID(),
            "",
            "Red-team the support bot",
            List.of("atlas-jailbreaking", "atlas-prompt-injection"),
            2,
            1,
            Mitigation.Effort.M,
            PlanItem.Decision.ACCEPTED,
            "",
            "Dana",
            LocalDate.of(2026, 12, 1),
            PlanItem.Priority.HIGH,
            PlanItem.Status.PLANNED,
            "Book the external team");
    private static final PlanItem REJECTED = new PlanItem(
            UUID.randomUUID(),
            "mit-human-review",
            "Human review",
            List.of("atlas-hallucination"),
            1,
            1,
            Mitigation.Effort.L,
            PlanItem.Decision.REJECTED,
            "Volume too high",
            "",
            null,
            null,
            null,
            "");

    @BeforeEach
    void open() {
        database = openLibrary();
        assessments = new JdbcAssessmentRepository(database, TestClock.FIXED);
        register = new JdbcRegisterRepository(database, TestClock.FIXED);
        assessment = assessments.create(new NewAssessment("Bot", "Bot", "Ann", "foundation-model-assessment", 1));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void record(UUID id) {
        register.saveMethod(id, ScoringMethod.standard(4));
        register.saveOverride(id, new RatingOverride("atlas-hallucination", 4, 0, "Seen in the pilot"));
        register.saveOverride(id, RatingOverride.notApplicable("atlas-jailbreaking", "No user reaches the model"));
        register.savePlanItem(id, CUSTOM);
        register.savePlanItem(id, REJECTED);
    }

    private void assertRecorded(UUID id) {
        assertEquals(Optional.of(ScoringMethod.standard(4)), register.method(id));
        assertEquals(
                Map.of(
                        "atlas-hallucination",
                        new RatingOverride("atlas-hallucination", 4, 0, "Seen in the pilot"),
                        "atlas-jailbreaking",
                        RatingOverride.notApplicable("atlas-jailbreaking", "No user reaches the model")),
                register.overrides(id));
        MitigationPlan plan = register.plan(id);
        assertEquals(2, plan.items().size());
        assertEquals(
                List.of(CUSTOM.title(), REJECTED.title()),
                plan.items().stream().map(PlanItem::title).toList());
    }

    @Test
    void everythingSurvivesAReopen() {
        record(assessment.id());
        database.close();
        database = openLibrary();
        register = new JdbcRegisterRepository(database, TestClock.FIXED);
        assertRecorded(assessment.id());
        assertEquals(List.of(CUSTOM, REJECTED), register.plan(assessment.id()).items());
    }

    @Test
    void itemsKeepTheirPlaceWhenEdited() {
        record(assessment.id());
        register.savePlanItem(assessment.id(), CUSTOM.withStatus(PlanItem.Status.IMPLEMENTED));
        MitigationPlan plan = register.plan(assessment.id());
        assertEquals(PlanItem.Status.IMPLEMENTED, plan.items().get(0).status());
        register.removePlanItem(assessment.id(), CUSTOM.id());
        assertEquals(List.of(REJECTED), register.plan(assessment.id()).items());
        register.removeOverride(assessment.id(), "atlas-hallucination");
        register.removeOverride(assessment.id(), "atlas-jailbreaking");
        assertEquals(Map.of(), register.overrides(assessment.id()));
    }

    @Test
    void aDuplicateCarriesTheRegisterAlong() {
        record(assessment.id());
        Assessment copy = assessments.duplicate(assessment.id(), "Copy of Bot");
        assertRecorded(copy.id());
        register.removePlanItem(
                copy.id(), register.plan(copy.id()).items().get(0).id());
        assertEquals(2, register.plan(assessment.id()).items().size(), "the original keeps its own plan");
    }

    @Test
    void undoOfDeleteBringsBackThePlanAndOverrides() {
        record(assessment.id());
        assessments.delete(assessment.id());
        assertTrue(assessments.find(assessment.id()).isEmpty());
        assertEquals(0, assessments.count());
        assessments.restore(assessment.id());
        assertRecorded(assessment.id());
    }

    @Test
    void aDeleteIsFinalAfterARestart() {
        record(assessment.id());
        assessments.delete(assessment.id());
        database.close();
        database = openLibrary();
        assessments = new JdbcAssessmentRepository(database, TestClock.FIXED);
        assessments.dropDeleted(); // the start step, as the workbench runs it while the library opens
        register = new JdbcRegisterRepository(database, TestClock.FIXED);
        assertThrows(StorageException.class, () -> assessments.restore(assessment.id()));
        assertEquals(MitigationPlan.EMPTY, register.plan(assessment.id()));
    }

    @Test
    void savingForAnAssessmentThatIsGoneSaysSo() {
        StorageException e = assertThrows(
                StorageException.class, () -> register.saveMethod(UUID.randomUUID(), ScoringMethod.standard()));
        assertTrue(e.getMessage().contains("no longer exists"), e.getMessage());
    }
}
