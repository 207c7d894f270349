package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.airisk.workbench.audit.AuditEvent;
import org.airisk.workbench.audit.AuditKind;

/** Records in the audit trail that a save knowingly replaced a colleague's newer one (ADR 0036). */
final class Overwrites {
    private Overwrites() {}

    /** Appends the overwrite, when the save wrote over one; the save's own entry follows as usual. */
    static void record(JdbcAuditTrail audit, Connection c, UUID assessment, Object subject, RowVersions.Checked checked)
            throws SQLException {
        if (checked.writtenOver().isPresent()) {
            RowVersions.Saved theirs = checked.writtenOver().get();
            String who = theirs.by().isBlank() ? "someone else" : theirs.by();
            audit.append(
                    c,
                    new AuditEvent(
                            assessment,
                            AuditKind.OVERWRITTEN,
                            subject.toString(),
                            "saved by " + who + " at " + theirs.at().toInstant(),
                            "replaced by this save"));
        }
    }
}
