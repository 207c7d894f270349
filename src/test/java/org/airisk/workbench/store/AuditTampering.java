package org.airisk.workbench.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** What someone editing the library's file outside the workbench could do to a trail, for tests in other packages. */
public final class AuditTampering {
    private AuditTampering() {}

    /** Overwrites the after-value of every entry with this number, straight in the table. */
    public static void editAfter(Path folder, int sequence, String value) throws SQLException {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder);
                PreparedStatement s = db.connection()
                        .prepareStatement("UPDATE audit_entry SET after_value = ? " + "WHERE sequence = ?")) {
            s.setString(1, value);
            s.setInt(2, sequence);
            s.executeUpdate();
            db.connection().commit();
        }
    }
}
