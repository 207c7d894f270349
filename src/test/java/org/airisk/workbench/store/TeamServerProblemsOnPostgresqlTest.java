package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.settings.TeamServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a user is told when a team workspace does not open, each against a real server. */
@ExtendWith(PostgresqlServer.class)
class TeamServerProblemsOnPostgresqlTest {

    private static TeamServer team(PostgresqlServer.Database db, TeamServer.Encryption encryption) {
        return TeamServer.parse(db.url(), db.user()).withEncryption(encryption);
    }

    @Test
    void theRightPasswordOpensAndTheTestSaysWhatItFound() {
        PostgresqlServer.Database db = PostgresqlServer.newDatabaseWithPassword("correct horse");
        TeamServer team = team(db, TeamServer.Encryption.OFF);
        String found = WorkbenchDatabase.checkServer(team, "correct horse".toCharArray());
        assertTrue(
                found.startsWith("Connected to PostgreSQL ")
                        && found.endsWith("the database is empty: " + "connecting makes the workspace in it."),
                found);
        try (WorkbenchDatabase opened = WorkbenchDatabase.openServer(team, "correct horse".toCharArray())) {
            assertTrue(opened.createdNow());
        }
        assertTrue(WorkbenchDatabase.checkServer(team, "correct horse".toCharArray())
                .endsWith("the workspace is " + "ready."));
    }

    @Test
    void aWrongPasswordIsSaidAsSuch() {
        PostgresqlServer.Database db = PostgresqlServer.newDatabaseWithPassword("correct horse");
        StorageException e = assertThrows(
                StorageException.class,
                () -> WorkbenchDatabase.openServer(
                        team(db, TeamServer.Encryption.OFF), "battery staple".toCharArray()));
        assertTrue(e.getMessage().contains("refused the user name or the password"), e.getMessage());
        assertTrue(!e.getMessage().contains("battery"), "the password typed is never repeated");
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        TeamServer nowhere = new TeamServer("127.0.0.1", closed, "lib", "ana", TeamServer.Encryption.OFF, "");
        StorageException e =
                assertThrows(StorageException.class, () -> WorkbenchDatabase.checkServer(nowhere, new char[0]));
        assertTrue(
                e.getMessage().contains("cannot be reached") && e.getMessage().contains("port"), e.getMessage());
    }

    @Test
    void verifiedEncryptionAgainstAServerWithoutItSaysSo() {
        PostgresqlServer.Database db = PostgresqlServer.newDatabase();
        StorageException e = assertThrows(
                StorageException.class,
                () -> WorkbenchDatabase.checkServer(team(db, TeamServer.Encryption.VERIFIED), new char[0]));
        assertTrue(e.getMessage().contains("does not offer encrypted connections"), e.getMessage());
    }
}
