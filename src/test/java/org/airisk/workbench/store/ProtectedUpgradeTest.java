package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A password-protected library is brought up to date when a new version adds a migration. Flyway was handed H2's
 * "file password, space, user password" as a plain string and the user password is empty: the string it passed on
 * lost its trailing space, H2 refused it (error 90050), and the protected library was called damaged.
 */
class ProtectedUpgradeTest {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path folder;

    @Test
    void aProtectedLibraryFromTheVersionBeforeOpensAndIsMigrated() throws SQLException {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, TestClock.FIXED);
                Statement s = db.connection().createStatement()) {
            // The library as the version before the newest migration left it.
            // (V21 is the newest: two indexes for the overdue count, created only if missing, so it can run again)
            s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + SchemaVersion.LATEST + "'");
            db.connection().commit();
        }
        DatabaseProtection.protect(folder, PASSWORD);

        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder, TestClock.FIXED, PASSWORD);
                Statement s = db.connection().createStatement();
                ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" "
                        + "AND \"version\" = '" + SchemaVersion.LATEST + "'")) {
            assertTrue(rows.next());
            assertEquals(1, rows.getInt(1), "the newest migration ran on the protected file");
        }
        assertTrue(DatabaseProtection.isProtected(folder), "and it is still protected");
    }
}
