package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.airisk.workbench.assessment.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Opening a team workspace on a real PostgreSQL server: the schema is made by the same migrations as H2's. */
@ExtendWith(PostgresqlServer.class)
class PostgresqlWorkspaceTest {

    @Test
    void migrationsCreateTheSchemaOnceAndReopeningSkipsThem() throws Exception {
        PostgresqlServer.Database db = PostgresqlServer.newDatabase();
        try (WorkbenchDatabase first = db.open()) {
            assertTrue(first.createdNow());
            assertTrue(first.onServer());
            assertTrue(SchemaVersion.isCurrent(first.connection()));
        }
        try (WorkbenchDatabase again = db.open()) {
            assertFalse(again.createdNow());
        }
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(
                        "SELECT COUNT(*), MAX(CAST(version AS INT)) FROM flyway_schema_history " + "WHERE success")) {
            rows.next();
            assertEquals(SchemaVersion.MIGRATIONS, rows.getInt(1));
            assertEquals(SchemaVersion.LATEST, rows.getInt(2));
        }
    }

    @Test
    void onlyAPostgresqlAddressIsTaken() {
        StorageException e = assertThrows(
                StorageException.class,
                () -> WorkbenchDatabase.openServer("jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'f.sql'", "sa", new char[0]));
        assertTrue(e.getMessage().contains("postgresql://host:port/database"), e.getMessage());
    }

    @Test
    void aWrongDatabaseIsOneSentenceNamingWhereAndWhatToCheck() {
        PostgresqlServer.Database db = PostgresqlServer.newDatabase();
        String missing = db.url().replaceAll("/library_\\d+$", "/no_such_library");
        StorageException e = assertThrows(
                StorageException.class, () -> WorkbenchDatabase.openServer(missing, db.user(), new char[0]));
        assertTrue(
                e.getMessage().contains("no_such_library") && e.getMessage().contains("Check the address"),
                e.getMessage());
    }
}
