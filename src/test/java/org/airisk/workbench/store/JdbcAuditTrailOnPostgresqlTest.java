package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.audit.AuditEntry;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link JdbcAuditTrailTest}, on a team workspace: a PostgreSQL database of its own per test. */
@ExtendWith(PostgresqlServer.class)
class JdbcAuditTrailOnPostgresqlTest extends JdbcAuditTrailTest {
    private final PostgresqlServer.Library library = new PostgresqlServer.Library();
    private WorkbenchDatabase opened;

    @Override
    WorkbenchDatabase openLibrary() {
        opened = library.open();
        return opened;
    }

    /** The server names the account the test logs in with. */
    @Override
    String expectedDatabaseUser() {
        return PostgresqlServer.SUPERUSER;
    }

    @Test
    void aClientCannotNameAnotherAccountInTheTrail() throws Exception {
        UUID id = new JdbcAssessmentRepository(opened, TestClock.FIXED)
                .create(new NewAssessment("Support bot", "Bot", "Ann", "quick-check", 1))
                .id();
        sql("UPDATE audit_entry SET database_user = 'someone_else' WHERE assessment_id = ?", id);
        sql(
                "INSERT INTO audit_entry (assessment_id, sequence, recorded_at, user_name, kind, subject, hash, "
                        + "database_user) VALUES (?, 2, CURRENT_TIMESTAMP, 'Ann', 'NOTE', 'q1', 'x', 'someone_else')",
                id);
        List<String> accounts = new JdbcAuditTrail(opened, TestClock.FIXED, JdbcAuditTrail.savedUser(opened))
                .read(id).entries().stream().map(AuditEntry::databaseUser).toList();
        assertEquals(List.of(PostgresqlServer.SUPERUSER, PostgresqlServer.SUPERUSER), accounts);
    }
}
