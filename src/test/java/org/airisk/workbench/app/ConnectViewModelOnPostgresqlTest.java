package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.store.PostgresqlServer;
import org.airisk.workbench.store.TeamWorkspaceFile;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.airisk.workbench.ui.workspace.ConnectViewModel;
import org.airisk.workbench.ui.workspace.WorkspaceChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** File › Connect to team server without a window, against a real PostgreSQL server. */
@ExtendWith(PostgresqlServer.class)
class ConnectViewModelOnPostgresqlTest {
    @TempDir
    Path data;

    private ConnectViewModel filledFor(PostgresqlServer.Database db) {
        ConnectViewModel model = new ConnectViewModel(new TeamConnections(data), new ImmediateBackgroundWork());
        TeamServer server = TeamServer.parse(db.url(), db.user());
        model.hostProperty().set(server.host());
        model.portProperty().set(String.valueOf(server.port()));
        model.databaseProperty().set(server.database());
        model.userProperty().set(server.user());
        model.encryptionProperty().set(TeamServer.Encryption.OFF);
        return model;
    }

    @Test
    void fieldsMustBeUsableBeforeAnythingIsTried() {
        ConnectViewModel model = new ConnectViewModel(new TeamConnections(data), new ImmediateBackgroundWork());
        assertFalse(model.canTryProperty().get());
        assertEquals(
                "Fill in the server, the database and your user name.",
                model.problemProperty().get());
        model.hostProperty().set("db.example.org");
        model.databaseProperty().set("ai_risk");
        model.userProperty().set("ana");
        model.portProperty().set("54x");
        assertTrue(model.problemProperty().get().startsWith("The port is a number"));
        model.portProperty().set("5432");
        model.hostProperty().set("db;evil");
        assertTrue(
                model.problemProperty().get().contains("is not a server name"),
                model.problemProperty().get());
        model.hostProperty().set("db.example.org");
        assertEquals("", model.problemProperty().get());
        assertTrue(model.canTryProperty().get());
    }

    @Test
    void theTestSaysWhatWasFoundOrExactlyWhatIsWrong() {
        PostgresqlServer.Database db = PostgresqlServer.newDatabaseWithPassword("s3cret pass");
        ConnectViewModel model = filledFor(db);
        model.passwordProperty().set("wrong");
        model.test();
        assertFalse(model.connectedProperty().get());
        assertTrue(
                model.messageProperty().get().contains("refused the user name or the password"),
                model.messageProperty().get());
        model.passwordProperty().set("s3cret pass");
        assertEquals("", model.messageProperty().get(), "a changed field clears the old answer");
        model.test();
        assertTrue(model.connectedProperty().get());
        assertTrue(
                model.messageProperty().get().startsWith("Connected to PostgreSQL "),
                model.messageProperty().get());
        assertTrue(new TeamWorkspaceFile(data).all().isEmpty(), "a test saves nothing");
    }

    @Test
    void connectSavesTheWorkspaceByNameAndHandsItOverWithThePassword() {
        PostgresqlServer.Database db = PostgresqlServer.newDatabaseWithPassword("s3cret pass");
        ConnectViewModel model = filledFor(db);
        model.nameProperty().set("board");
        AtomicReference<WorkspaceChoice> chosen = new AtomicReference<>();
        model.passwordProperty().set("wrong");
        model.connect(chosen::set);
        assertNull(chosen.get(), "nothing is handed over while the server refuses");
        model.passwordProperty().set("s3cret pass");
        model.connect(chosen::set);
        TeamServer expected = TeamServer.parse(db.url(), db.user()).withEncryption(TeamServer.Encryption.OFF);
        assertEquals(expected, chosen.get().workspace());
        assertArrayEquals("s3cret pass".toCharArray(), chosen.get().password());
        assertEquals(expected, new TeamWorkspaceFile(data).find("board").orElseThrow());

        ConnectViewModel next = new ConnectViewModel(new TeamConnections(data), new ImmediateBackgroundWork());
        next.load("board");
        assertEquals(db.user(), next.userProperty().get());
        assertEquals(expected.database(), next.databaseProperty().get());
        assertEquals(TeamServer.Encryption.OFF, next.encryptionProperty().get());
        assertEquals("", next.passwordProperty().get(), "the password is asked again each time");
    }
}
