package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The newest schema version this build's migrations create. Opening an up-to-date database skips Flyway, whose
 * start-up (class loading and scanning for migrations) costs more than half a second on a cold JVM. A test keeps
 * this number equal to the newest file in db/migration.
 */
final class SchemaVersion {
    static final int LATEST = 24;
    /**
     * How many versioned migrations this build has. Versions need not follow one another: migrations numbered on
     * parallel branches (V7, V8) may arrive after a later one (V9).
     */
    static final int MIGRATIONS = 23;

    private SchemaVersion() {}

    /** True when every migration, up to {@link #LATEST}, has run successfully on this database. */
    static boolean isCurrent(Connection connection) {
        try (Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery("SELECT COUNT(*), MAX(CAST(\"version\" AS INT)) FROM "
                        + "\"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            return rows.next() && rows.getInt(1) == MIGRATIONS && rows.getInt(2) == LATEST;
        } catch (SQLException | NumberFormatException e) {
            return false; // a new database, or one Flyway has to look at
        }
    }
}
