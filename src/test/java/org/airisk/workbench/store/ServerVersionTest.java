package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.airisk.workbench.assessment.StorageException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** A team workspace on a PostgreSQL older than 15 (no MERGE) is refused; the version is read from the server's text. */
class ServerVersionTest {
    @Test
    void theMajorVersionIsReadFromTheServersVersionText() {
        assertEquals(15, ServerDatabase.majorVersion("15.4"));
        assertEquals(16, ServerDatabase.majorVersion("16beta2"));
        assertEquals(17, ServerDatabase.majorVersion("17.0 (Debian 17.0-1.pgdg120+1)"));
        assertEquals(9, ServerDatabase.majorVersion("9.6.24"));
        assertEquals(14, ServerDatabase.majorVersion("14.10"));
    }

    @Test
    void versionTextWithoutANumberCountsAsTooOld() {
        assertEquals(0, ServerDatabase.majorVersion(null));
        assertEquals(0, ServerDatabase.majorVersion(""));
        assertEquals(0, ServerDatabase.majorVersion("unknown"));
        assertEquals(15, ServerDatabase.OLDEST_SERVER);
    }

    @Test
    void anOlderServerIsRefusedInOneSentenceAndANewerOneIsNot() {
        StorageException refused = Assertions.assertThrows(
                StorageException.class,
                () -> ServerDatabase.refuseOldServer("jdbc:postgresql://db.example:5432/risks", "14.10"));
        assertEquals(
                "The team workspace at db.example:5432/risks runs PostgreSQL 14.10, but this program needs "
                        + "PostgreSQL 15 or newer; ask your administrator to upgrade the server.",
                refused.getMessage());
        ServerDatabase.refuseOldServer("jdbc:postgresql://db.example:5432/risks", "15.0");
        ServerDatabase.refuseOldServer("jdbc:postgresql://db.example:5432/risks", "17.2 (Debian 17.2-1)");
    }
}
