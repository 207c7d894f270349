package org.airisk.workbench.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.airisk.workbench.assessment.StorageException;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;

/** A local library brought up to date by Flyway, with the assessor told where the copy from before it is. */
final class LocalMigration {
    private LocalMigration() {}

    static void migrate(String url, char[] key, Path file) throws SQLException {
        try {
            // H2's own data source: given as a string to Flyway, the protected library's password ("file password,
            // space, empty user password") lost its trailing space and H2 refused it (ProtectedUpgradeTest).
            JdbcDataSource source = new JdbcDataSource();
            source.setURL(key == null ? url : DatabaseProtection.encryptedUrl(url));
            source.setUser("sa");
            source.setPassword(key == null ? "" : DatabaseProtection.h2Password(key));
            Migrations.run(source, Migrations.H2);
        } catch (FlywayException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new StorageException(
                    "The database " + file + " could not be brought up to date ("
                            + firstLine(e.getMessage())
                            + "). The copy kept before the update is in the backups folder; "
                            + "restore it (File \u203a Restore from backup, or the restore command) or start with "
                            + "--data-dir on another folder.",
                    e);
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no detail";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
