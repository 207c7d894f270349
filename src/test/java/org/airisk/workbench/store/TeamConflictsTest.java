package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.ChangedElsewhere;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.audit.AuditEntry;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two assessors changing the same plan item, rating override or answer (ADR 0036): a save based on what one saw
 * before the other's save is refused, naming who and when and carrying what is stored now; "keep mine" writes over
 * knowingly and the trail says so. Both share one local library here; the PostgreSQL subclass gives each its own
 * connection.
 */
class TeamConflictsTest {
    private static final Progress HALF = new Progress(1, 2);
    private static final PlanItem ITEM = new PlanItem(
            UUID.randomUUID(),
            "",
            "Red-team the support bot",
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
            "Book the external team");

    @TempDir
    Path folder;

    private final TestClock.Settable clock = new TestClock.Settable();
    private WorkbenchDatabase first;
    private WorkbenchDatabase second;
    private JdbcAssessmentRepository anaAssessments;
    private JdbcAssessmentRepository benAssessments;
    private JdbcRegisterRepository ana;
    private JdbcRegisterRepository ben;
    private UUID id;

    /** The two workbenches' libraries: the same local one twice here. */
    WorkbenchDatabase[] openTwo() {
        WorkbenchDatabase one = WorkbenchDatabase.open(folder);
        return new WorkbenchDatabase[] {one, one};
    }

    @BeforeEach
    void open() {
        WorkbenchDatabase[] two = openTwo();
        first = two[0];
        second = two[1];
        anaAssessments = new JdbcAssessmentRepository(first, clock, () -> new UserIdentity("Ana", "Assessor", ""));
        benAssessments = new JdbcAssessmentRepository(second, clock, () -> new UserIdentity("Ben", "Assessor", ""));
        ana = new JdbcRegisterRepository(first, clock, () -> new UserIdentity("Ana", "Assessor", ""));
        ben = new JdbcRegisterRepository(second, clock, () -> new UserIdentity("Ben", "Assessor", ""));
        id = anaAssessments
                .create(new NewAssessment("Chatbot", "Support bot", "Ana", "quick-check", 1))
                .id();
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    @Test
    void aStalePlanItemIsRefusedNamingWhoAndWhenAndTheirsIsKept() {
        ana.savePlanItem(id, ITEM);
        ana.planToEdit(id);
        ben.planToEdit(id);
        clock.set(TestClock.NOW.plusSeconds(90));
        PlanItem anas = ITEM.withStatus(PlanItem.Status.IMPLEMENTED);
        ana.savePlanItem(id, anas);
        PlanItem bens = ITEM.withDetails("Ben", ITEM.due(), ITEM.priority(), ITEM.status(), "Ben's notes");
        ChangedElsewhere refused = assertThrows(ChangedElsewhere.class, () -> ben.savePlanItem(id, bens));
        assertEquals("Ana", refused.changedBy());
        assertEquals(TestClock.NOW.plusSeconds(90), refused.changedAt());
        assertEquals(anas, refused.theirs().orElseThrow(), "what is stored now, for the dialog");
        assertTrue(refused.getMessage().startsWith("Ana changed this plan item"), refused.getMessage());
        assertEquals(List.of(anas), ben.plan(id).items());
        assertThrows(ChangedElsewhere.class, () -> ben.removePlanItem(id, ITEM.id()));
        assertEquals(List.of(anas), ana.plan(id).items(), "a stale removal is refused too");
    }

    @Test
    void aStaleRatingOverrideOrItsRemovalIsRefused() {
        RatingOverride anas = new RatingOverride("atlas-jailbreaking", 4, 4, "Seen in the pilot");
        ana.overridesToEdit(id);
        ben.overridesToEdit(id);
        ana.saveOverride(id, anas);
        ChangedElsewhere refused = assertThrows(
                ChangedElsewhere.class,
                () -> ben.saveOverride(id, new RatingOverride("atlas-jailbreaking", 1, 1, "Unlikely")));
        assertEquals("Ana", refused.changedBy());
        assertEquals(anas, refused.theirs().orElseThrow());
        assertThrows(ChangedElsewhere.class, () -> ben.removeOverride(id, "atlas-jailbreaking"));
        assertEquals(anas, ana.overrides(id).get("atlas-jailbreaking"));
    }

    @Test
    void onesOwnSavesAndSavesAfterReadingAgainGoThrough() {
        ana.planToEdit(id);
        ben.planToEdit(id);
        ana.savePlanItem(id, ITEM);
        ana.savePlanItem(id, ITEM.withStatus(PlanItem.Status.IN_PROGRESS));
        ana.saveOverride(id, new RatingOverride("atlas-jailbreaking", 2, 2, "first"));
        ana.saveOverride(id, new RatingOverride("atlas-jailbreaking", 3, 3, "second"));
        ana.removeOverride(id, "atlas-jailbreaking");
        assertThrows(ChangedElsewhere.class, () -> ben.savePlanItem(id, ITEM.withStatus(PlanItem.Status.IMPLEMENTED)));
        ben.planToEdit(id);
        ben.savePlanItem(id, ITEM.withStatus(PlanItem.Status.IMPLEMENTED));
        assertEquals(PlanItem.Status.IMPLEMENTED, ana.plan(id).items().get(0).status());
    }

    /** A background read (scoring, reports) does not make a stale editor current. */
    @Test
    void aReadThatDoesNotFeedAnEditorLeavesTheSeenVersionsAlone() {
        ana.planToEdit(id);
        ben.planToEdit(id);
        ana.savePlanItem(id, ITEM);
        ben.plan(id);
        ben.overrides(id);
        assertThrows(ChangedElsewhere.class, () -> ben.savePlanItem(id, ITEM.withStatus(PlanItem.Status.IMPLEMENTED)));
    }

    @Test
    void keepingMineWritesOverTheirsAndTheTrailSaysWhoseWasReplaced() {
        ana.planToEdit(id);
        ben.planToEdit(id);
        anaAssessments.answersToEdit(id);
        benAssessments.answersToEdit(id);
        clock.set(TestClock.NOW.plusSeconds(30));
        ana.savePlanItem(id, ITEM);
        anaAssessments.saveAnswer(id, "purpose", new Answer.Text("Ana's words"), HALF);
        PlanItem bens = ITEM.withStatus(PlanItem.Status.IMPLEMENTED);
        assertThrows(ChangedElsewhere.class, () -> ben.savePlanItem(id, bens));
        ben.overwritePlanItem(id, bens);
        benAssessments.overwriteAnswer(id, "purpose", new Answer.Text("Ben's words"), HALF);
        assertEquals(List.of(bens), ana.plan(id).items());
        assertEquals(
                new Answer.Text("Ben's words"),
                anaAssessments.answers(id).get("purpose").answer());

        List<AuditEntry> overwrites = new JdbcAuditTrail(first, clock, () -> UserIdentity.UNKNOWN)
                .read(id).entries().stream()
                        .filter(e -> e.kind() == AuditKind.OVERWRITTEN)
                        .toList();
        assertEquals(
                List.of(ITEM.id().toString(), "purpose"),
                overwrites.stream().map(AuditEntry::subject).toList());
        assertEquals(
                "saved by Ana at " + TestClock.NOW.plusSeconds(30),
                overwrites.get(0).before());
        assertEquals("Ben", overwrites.get(0).user());
        ben.savePlanItem(id, bens.withStatus(PlanItem.Status.VERIFIED));
        assertThrows(
                ChangedElsewhere.class,
                () -> ana.savePlanItem(id, ITEM.withStatus(PlanItem.Status.PLANNED)),
                "Ana now has the older version");
    }

    /** A package imported over the plan while it is open counts as someone else's save, never as none. */
    @Test
    void anImportOverAPlanItemOnScreenIsNotOverwrittenUnseen() {
        ana.savePlanItem(id, ITEM);
        ben.planToEdit(id);
        JdbcPackageStore packages = new JdbcPackageStore(first, clock);
        PackagedAssessment here = packages.readWhole(List.of(id)).get(0);
        packages.importAll(
                List.of(new PackagedAssessment(
                        here.assessment(),
                        here.method(),
                        here.answers(),
                        here.overrides(),
                        new MitigationPlan(List.of(ITEM.withStatus(PlanItem.Status.VERIFIED))),
                        here.comments(),
                        here.board())),
                PackageStore.Conflict.REPLACE);
        assertThrows(ChangedElsewhere.class, () -> ben.savePlanItem(id, ITEM.withStatus(PlanItem.Status.IMPLEMENTED)));
    }
}
