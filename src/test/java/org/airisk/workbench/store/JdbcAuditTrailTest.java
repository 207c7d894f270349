package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.audit.AuditEntry;
import org.airisk.workbench.audit.AuditEvent;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.audit.ChainCheck;
import org.airisk.workbench.audit.StoredTrail;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change through the repositories leaves its entry, in the same transaction, in a chain that checks. */
class JdbcAuditTrailTest {
    /** The library under test: a new H2 data folder here; a new database on PostgreSQL in the subclass. */
    WorkbenchDatabase openLibrary() {
        return WorkbenchDatabase.open(folder);
    }

    @TempDir
    Path folder;

    private WorkbenchDatabase database;
    private final TestClock.Settable clock = new TestClock.Settable();
    private final AtomicReference<UserIdentity> user = new AtomicReference<>(new UserIdentity("Ada", "Chair", ""));
    private JdbcAssessmentRepository assessments;
    private JdbcRegisterRepository registers;
    private JdbcAuditTrail trail;

    @BeforeEach
    void open() {
        database = openLibrary();
        assessments = new JdbcAssessmentRepository(database, clock, user::get);
        registers = new JdbcRegisterRepository(database, clock, user::get);
        trail = new JdbcAuditTrail(database, clock, user::get);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private UUID create() {
        return assessments
                .create(new NewAssessment("Support bot", "Bot", "Ann", "quick-check", 1))
                .id();
    }

    private void tick() {
        clock.set(clock.instant().plus(Duration.ofSeconds(1)));
    }

    private static PlanItem item(UUID id, PlanItem.Status status) {
        return new PlanItem(
                id,
                "",
                "Red-team the bot",
                List.of("risk-a"),
                1,
                0,
                Mitigation.Effort.M,
                PlanItem.Decision.ACCEPTED,
                "",
                "Bo",
                LocalDate.of(2027, 3, 1),
                PlanItem.Priority.HIGH,
                status,
                "");
    }

    void sql(String statement, Object... values) throws SQLException {
        try (PreparedStatement s = database.connection().prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            database.connection().commit();
        }
    }

    private static void assertEntry(AuditEntry e, AuditKind kind, String subject, String before, String after) {
        assertEquals(kind, e.kind(), "kind of entry " + e.sequence());
        assertEquals(subject, e.subject(), "subject of entry " + e.sequence());
        assertEquals(before, e.before(), "before of entry " + e.sequence());
        assertEquals(after, e.after(), "after of entry " + e.sequence());
    }

    @Test
    void eachKindOfChangeIsRecordedWithItsBeforeAndAfter() {
        UUID id = create();
        tick();
        assessments.saveAnswer(id, "q1", new Answer.Choice("yes"), new Progress(1, 3));
        assessments.saveAnswer(id, "q1", new Answer.Choice("yes"), new Progress(1, 3)); // autosave again: no change
        user.set(new UserIdentity("Bo Reviewer", "", ""));
        tick();
        assessments.saveAnswer(id, "q1", new Answer.Choices(List.of("a", "b")), new Progress(1, 3));
        assessments.saveAnswer(id, "q1", null, new Progress(0, 3));
        assessments.saveNote(id, "q2", "Checked with the owner.");
        assessments.saveNote(id, "q2", "");
        registers.saveOverride(id, new RatingOverride("risk-a", 4, 0, "Seen in the pilot"));
        registers.saveOverride(id, RatingOverride.notApplicable("risk-a", "No personal data"));
        registers.removeOverride(id, "risk-a");
        UUID itemId = UUID.randomUUID();
        registers.savePlanItem(id, item(itemId, PlanItem.Status.PLANNED));
        registers.savePlanItem(id, item(itemId, PlanItem.Status.IMPLEMENTED));
        registers.removePlanItem(id, itemId);
        assessments.rename(id, "Support bot 2027");
        Assessment copy = assessments.duplicate(id, "Support bot copy");
        assessments.delete(id);
        assessments.restore(id);

        List<AuditEntry> entries = trail.read(id).entries();
        assertEquals(15, entries.size());
        assertEntry(entries.get(0), AuditKind.CREATED, "", null, "Support bot");
        assertEquals("Ada", entries.get(0).user());
        assertEquals(TestClock.NOW, entries.get(0).time());
        assertEntry(entries.get(1), AuditKind.ANSWER, "q1", null, "yes");
        assertEquals("Ada", entries.get(1).user());
        assertEntry(entries.get(2), AuditKind.ANSWER, "q1", "yes", "a; b");
        assertEquals("Bo Reviewer", entries.get(2).user(), "the name given now counts at once");
        assertEquals(TestClock.NOW.plusSeconds(2), entries.get(2).time());
        assertEntry(entries.get(3), AuditKind.ANSWER, "q1", "a; b", null);
        assertEntry(entries.get(4), AuditKind.NOTE, "q2", null, "Checked with the owner.");
        assertEntry(entries.get(5), AuditKind.NOTE, "q2", "Checked with the owner.", null);
        assertEntry(
                entries.get(6),
                AuditKind.OVERRIDE,
                "risk-a",
                null,
                "Likelihood 4, impact as calculated: Seen in the pilot");
        assertEntry(
                entries.get(7),
                AuditKind.NOT_APPLICABLE,
                "risk-a",
                "Likelihood 4, impact as calculated: Seen in the pilot",
                "Not applicable: No personal data");
        assertEntry(entries.get(8), AuditKind.NOT_APPLICABLE, "risk-a", "Not applicable: No personal data", null);
        String planned = "Red-team the bot | accepted | risks risk-a | lowers likelihood 1, impact 0 | effort M "
                + "| priority High | status Planned | owner Bo | due 2027-03-01";
        assertEntry(entries.get(9), AuditKind.PLAN_ITEM, itemId.toString(), null, planned);
        assertEntry(
                entries.get(10),
                AuditKind.PLAN_ITEM,
                itemId.toString(),
                planned,
                planned.replace("status Planned", "status Implemented"));
        assertEntry(
                entries.get(11),
                AuditKind.PLAN_ITEM,
                itemId.toString(),
                planned.replace("status Planned", "status Implemented"),
                null);
        assertEntry(entries.get(12), AuditKind.RENAMED, "", "Support bot", "Support bot 2027");
        assertEntry(entries.get(13), AuditKind.DELETED, "", null, null);
        assertEntry(entries.get(14), AuditKind.RESTORED, "", null, null);
        assertTrue(trail.check(id).intact(), trail.check(id).sentence());
        assertEquals("Chain intact (15 entries).", trail.check(id).sentence());

        List<AuditEntry> copied = trail.read(copy.id()).entries();
        assertEquals(1, copied.size());
        assertEntry(copied.get(0), AuditKind.DUPLICATED, id.toString(), "Support bot 2027", "Support bot copy");
    }

    @Test
    void anImportStartsTheTrailOfWhatItWrites() {
        UUID id = create();
        JdbcPackageStore packages = new JdbcPackageStore(database, clock, user::get);
        var read = packages.read(List.of(id));
        UUID copy = packages.write(read, PackageStore.Conflict.KEEP_BOTH).get(0);
        List<AuditEntry> entries = trail.read(copy).entries();
        assertEquals(1, entries.size());
        assertEntry(
                entries.get(0),
                AuditKind.IMPORTED,
                "from a package, as a copy beside the one kept here",
                null,
                "Support bot (imported)");
        assertTrue(trail.check(copy).intact());
    }

    @Test
    void anEditedStoredValueIsDetected() throws SQLException {
        UUID id = create();
        assessments.saveAnswer(id, "q1", new Answer.Text("no"), new Progress(1, 2));
        assessments.saveAnswer(id, "q1", new Answer.Text("yes"), new Progress(1, 2));
        assessments.saveNote(id, "q1", "fine");
        sql("UPDATE audit_entry SET after_value = 'maybe' WHERE assessment_id = ? AND sequence = 2", id);
        ChainCheck check = trail.check(id);
        assertFalse(check.intact());
        assertEquals("The audit trail is broken: entry 2 was changed after it was written.", check.sentence());
    }

    @Test
    void aRemovedMiddleEntryIsDetected() throws SQLException {
        UUID id = create();
        assessments.saveAnswer(id, "q1", new Answer.Text("no"), new Progress(1, 2));
        assessments.saveAnswer(id, "q1", new Answer.Text("yes"), new Progress(1, 2));
        sql("DELETE FROM audit_entry WHERE assessment_id = ? AND sequence = 2", id);
        assertEquals(
                "The audit trail is broken: entry 2 was removed after it was written.",
                trail.check(id).sentence());
    }

    @Test
    void aRemovedNewestEntryIsDetectedByTheHeadOnTheAssessment() throws SQLException {
        UUID id = create();
        assessments.saveAnswer(id, "q1", new Answer.Text("no"), new Progress(1, 2));
        assessments.saveAnswer(id, "q1", new Answer.Text("yes"), new Progress(1, 2));
        sql("DELETE FROM audit_entry WHERE assessment_id = ? AND sequence = 3", id);
        StoredTrail read = trail.read(id);
        assertEquals(2, read.entries().size());
        assertEquals(
                "The audit trail is broken: entry 3, the newest, was removed after it was written.",
                read.check().sentence());
    }

    @Test
    void aFailedChangeLeavesNoEntryAndAFailedEntryLeavesNoChange() {
        UUID id = create();
        Transactions transactions = new Transactions(database);
        assertThrows(
                StorageException.class,
                () -> transactions.run("change and fail", c -> {
                    try (PreparedStatement s =
                            c.prepareStatement("UPDATE assessment SET title = 'Changed' WHERE id = ?")) {
                        s.setObject(1, id);
                        s.executeUpdate();
                    }
                    trail.record(
                            new AuditEvent(id, AuditKind.RENAMED, "", "Support bot", "Changed")); // joins, one line
                    throw new SQLException("the change failed after its entry was recorded");
                }));
        assertEquals("Support bot", assessments.find(id).orElseThrow().title());
        assertEquals(1, trail.read(id).entries().size(), "only the creation");
        assertEquals(1, trail.read(id).head().entries());

        JdbcAssessmentRepository failing = new JdbcAssessmentRepository(database, clock, () -> {
            throw new IllegalStateException("no name to record");
        });
        assertThrows(IllegalStateException.class, () -> failing.saveNote(id, "q1", "unrecorded"));
        assertTrue(assessments.answers(id).isEmpty(), "the note was not saved without its entry");
        assertTrue(trail.check(id).intact());
    }

    /** The database account the trail names beside the person: none in a library on this computer. */
    String expectedDatabaseUser() {
        return "";
    }

    @Test
    void eachEntryNamesTheDatabaseAccountThatWroteItBesideThePerson() {
        user.set(new UserIdentity("Ann", "Assessor", ""));
        UUID id = create();
        assessments.rename(id, "Renamed");
        StoredTrail read = trail.read(id);
        String who = expectedDatabaseUser().isEmpty() ? "Ann" : "Ann (server account " + expectedDatabaseUser() + ")";
        for (AuditEntry e : read.entries()) {
            assertEquals(expectedDatabaseUser(), e.databaseUser(), "account of entry " + e.sequence());
            assertEquals(who, e.who());
        }
        assertTrue(read.check().intact(), "the account is not part of the chain");
    }

    @Test
    void recordedOnItsOwnAnEventAppendsToTheChain() {
        UUID id = create();
        trail.record(new AuditEvent(id, AuditKind.COMMENT, "q1", null, "Why this answer?"));
        StoredTrail read = trail.read(id);
        assertEntry(read.entries().get(1), AuditKind.COMMENT, "q1", null, "Why this answer?");
        assertTrue(read.check().intact());
    }

    @Test
    void aTrailAdoptedUnderAnotherAssessmentStillChecks() throws SQLException {
        UUID id = create();
        assessments.saveNote(id, "q1", "kept");
        List<AuditEntry> records = trail.read(id).entries();
        UUID other = assessments
                .create(new NewAssessment("Elsewhere", "Bot", "Ann", "quick-check", 1))
                .id();
        sql("DELETE FROM audit_entry WHERE assessment_id = ?", other);
        new Transactions(database).run("adopt", c -> {
            JdbcAuditTrail.adopt(c, other, records);
            return null;
        });
        StoredTrail adopted = trail.read(other);
        assertEquals(2, adopted.entries().size());
        assertTrue(adopted.check().intact(), adopted.check().sentence());
        assessments.saveNote(other, "q1", "then changed here");
        assertEquals("Chain intact (3 entries).", trail.check(other).sentence());
    }

    @Test
    void theChainIsIntactAfterReopeningWithValuesUpToTheLimits() {
        UUID id = create();
        for (CloseAndReopenTest.Alphabet alphabet : CloseAndReopenTest.Alphabet.values()) {
            for (int length : List.of(0, 1, 4_096, 65_536, CloseAndReopenTest.MAX_LENGTH)) {
                assessments.saveNote(id, "q-" + alphabet, CloseAndReopenTest.text(alphabet, length, length));
                assessments.saveAnswer(
                        id,
                        "t-" + alphabet,
                        new Answer.Text(CloseAndReopenTest.text(alphabet, length, length + 1)),
                        new Progress(1, 2));
            }
        }
        String longName = "N".repeat(UserIdentity.MAX_LENGTH);
        user.set(new UserIdentity(longName, "", ""));
        assessments.rename(id, "T".repeat(NewAssessment.MAX_TITLE));
        StoredTrail before = trail.read(id);
        assertTrue(before.check().intact(), before.check().sentence());
        database.close();
        open();
        StoredTrail after = trail.read(id);
        assertEquals(before, after);
        assertTrue(after.check().intact(), after.check().sentence());
        assertEquals(longName, after.entries().get(after.entries().size() - 1).user());
    }
}
