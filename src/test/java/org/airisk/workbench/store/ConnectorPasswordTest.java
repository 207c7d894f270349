package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A team workspace's password is kept for reconnecting while it is open, and cleared when it closes (ADR 0032). */
class ConnectorPasswordTest {
    @Test
    void closingClearsTheConnectorsCopyAndLeavesTheCallersToTheCaller() {
        char[] typed = "s3cret".toCharArray();
        ServerDatabase.Connector connector =
                ServerDatabase.connector("jdbc:postgresql://db.example:5432/risks", "ana", typed);
        assertEquals("s3cret", connector.source().getPassword());
        connector.close();
        assertEquals("\0".repeat(6), connector.source().getPassword());
        assertArrayEquals("s3cret".toCharArray(), typed, "the caller clears its own array");
    }
}
