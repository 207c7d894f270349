package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.assessment.UnsavedChanges;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.scoring.StoredScoring;
import org.airisk.workbench.scoring.UnreadableMethod;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored scoring method that cannot be read is a problem to report, not "never scored": before, it read as empty,
 * and opening or catching up then saved the current method over it, losing the assessor's matrix for good.
 */
class CorruptScoringMethodTest {
    private static final String DAMAGED = "v1;size=five;levels=broken";

    @TempDir
    Path folder;

    @Test
    void aDamagedMethodIsReportedAndKept() throws SQLException {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
            JdbcRegisterRepository registers = new JdbcRegisterRepository(db, TestClock.FIXED);
            UUID id = assessments
                    .create(new NewAssessment("Bot", "Bot", "Ann", "foundation-model-assessment", 1))
                    .id();
            registers.saveMethod(id, ScoringMethod.standard(4));
            write(db, id, DAMAGED);

            StorageException problem = assertThrows(UnreadableMethod.class, () -> registers.method(id));
            assertEquals(true, problem.getMessage().contains("scoring method"), problem.getMessage());

            StoredScoring scoring = new StoredScoring(
                    assessments,
                    registers,
                    TemplateLibrary.load(null)::find,
                    new CatalogReader().readBuiltIn(),
                    ScoringMethod::standard);
            scoring.catchUp(10);
            assertThrows(StorageException.class, () -> scoring.bringUpToDate(id));
            assertEquals(DAMAGED, stored(db, id), "the damaged value stays for repair, not overwritten");
        }
    }

    @Test
    void aChangeKeptFromAnEarlierRunIsSavedAtStartEvenWhenTheMethodIsDamaged() throws SQLException {
        // Before: restoring the journal scored the assessment and the damaged method threw, stopping the start.
        UUID id;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
            id = assessments
                    .create(new NewAssessment("Bot", "Bot", "Ann", "foundation-model-assessment", 1))
                    .id();
            new JdbcRegisterRepository(db, TestClock.FIXED).saveMethod(id, ScoringMethod.standard(4));
            write(db, id, DAMAGED);
        }
        UnsavedChangesFile journal = new UnsavedChangesFile(folder);
        journal.keep(id, List.of(UnsavedChanges.Change.note(id, "purpose_summary", "typed before")));
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
            StoredScoring scoring = new StoredScoring(
                    assessments,
                    new JdbcRegisterRepository(db, TestClock.FIXED),
                    TemplateLibrary.load(null)::find,
                    new CatalogReader().readBuiltIn(),
                    ScoringMethod::standard);
            assertEquals(1, scoring.restore(journal));
            assertEquals(
                    "typed before",
                    assessments.answers(id).get("purpose_summary").note());
            assertEquals(DAMAGED, stored(db, id), "the damaged value stays for repair");
            assertEquals(List.of(), journal.read(), "the change is saved, so no longer kept");
        }
    }

    private static void write(WorkbenchDatabase db, UUID id, String method) throws SQLException {
        try (PreparedStatement s =
                db.connection().prepareStatement("UPDATE assessment SET scoring_method = ? WHERE id = ?")) {
            s.setString(1, method);
            s.setObject(2, id);
            s.executeUpdate();
        }
        db.connection().commit();
    }

    private static String stored(WorkbenchDatabase db, UUID id) throws SQLException {
        try (PreparedStatement s =
                db.connection().prepareStatement("SELECT scoring_method FROM assessment WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
