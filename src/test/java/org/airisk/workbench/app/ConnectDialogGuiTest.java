package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.store.PostgresqlServer;
import org.airisk.workbench.store.TeamWorkspaceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** File › Connect to team server in the real window, against a real PostgreSQL server. */
@ExtendWith(PostgresqlServer.class)
class ConnectDialogGuiTest {
    @TempDir
    Path folder;

    @Test
    void theTestShowsTheServersAnswerAndConnectSavesTheWorkspace() throws Exception {
        PostgresqlServer.Database db = PostgresqlServer.newDatabaseWithPassword("s3cret pass");
        TeamServer server = TeamServer.parse(db.url(), db.user());
        GuiSession gui = new GuiSession(folder).start();
        MenuBar bar = gui.robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-connect-team".equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Connect in the File menu"));
        assertEquals("Connect to team server\u2026", item.getText());
        Platform.runLater(item::fire);
        gui.waitUntil(
                "the dialog", () -> gui.robot.lookup("#connect-host").tryQuery().isPresent());
        Button test = gui.robot.lookup("#connect-test").queryAs(Button.class);
        assertTrue(test.isDisabled(), "nothing to try yet");
        gui.robot.interact(() -> {
            gui.robot.lookup("#connect-host").queryAs(TextField.class).setText(server.host());
            gui.robot.lookup("#connect-port").queryAs(TextField.class).setText(String.valueOf(server.port()));
            gui.robot.lookup("#connect-database").queryAs(TextField.class).setText(server.database());
            gui.robot.lookup("#connect-user").queryAs(TextField.class).setText(server.user());
            gui.robot.lookup("#connect-password").queryAs(PasswordField.class).setText("not it");
        });
        assertEquals(
                TeamServer.Encryption.VERIFIED,
                gui.robot.lookup("#connect-encryption").queryAs(ComboBox.class).getValue(),
                "certificate checked unless chosen otherwise");
        gui.robot.interact(test::fire);
        Label message = gui.robot.lookup("#connect-message").queryAs(Label.class);
        gui.waitUntil("the server's answer", () -> message.getText().contains("encrypted"));
        assertTrue(message.getText().contains("does not offer encrypted connections"), message.getText());

        gui.robot.interact(() ->
                gui.robot.lookup("#connect-encryption").queryAs(ComboBox.class).setValue(TeamServer.Encryption.OFF));
        gui.robot.interact(test::fire);
        gui.waitUntil("the server's answer", () -> message.getText().contains("password"));
        assertTrue(message.getText().contains("refused the user name or the password"), message.getText());
        gui.screenshotOf("#connect-host", "connect-team-server-refused");

        gui.robot.interact(() -> gui.robot
                .lookup("#connect-password")
                .queryAs(PasswordField.class)
                .setText("s3cret pass"));
        gui.robot.interact(test::fire);
        gui.waitUntil("connected", () -> message.getText().startsWith("Connected to PostgreSQL"));
        gui.robot.interact(
                () -> gui.robot.lookup("#connect-connect").queryAs(Button.class).fire());
        gui.waitUntil(
                "closed", () -> gui.robot.lookup("#connect-host").tryQuery().isEmpty());
        assertEquals(
                server.withEncryption(TeamServer.Encryption.OFF),
                new TeamWorkspaceFile(folder).find("team").orElseThrow());
        gui.close();
    }
}
