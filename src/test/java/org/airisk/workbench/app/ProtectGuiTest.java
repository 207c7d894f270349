package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import org.airisk.workbench.ui.shell.PasswordDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Protect with a password asks for the new password twice, warns it cannot be recovered, and hands it on. */
class ProtectGuiTest {
    @TempDir
    Path folder;

    private static MenuItem fileItem(GuiSession gui, String id) {
        MenuBar bar = gui.robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().get(0).getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in the File menu"));
    }

    @Test
    void theNewPasswordIsTypedTwiceWithTheWarningThenHandedOn() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        AtomicReference<PasswordDialog.Entered> chosen = new AtomicReference<>();
        gui.workbench().whenProtectionChosen(chosen::set);
        assertEquals(
                "Protect with a password\u2026", fileItem(gui, "menu-protect").getText());

        MenuItem protect = fileItem(gui, "menu-protect");
        // Not interact(): the dialog waits for the assessor inside this event.
        Platform.runLater(protect::fire);
        gui.waitUntil(
                "the dialog", () -> gui.robot.lookup("#password-new").tryQuery().isPresent());
        Label warning = gui.robot.lookup("#password-warning").queryAs(Label.class);
        assertTrue(warning.getText().contains("nobody can recover the library"), warning.getText());
        Button ok = gui.robot.lookup("#password-ok").queryAs(Button.class);
        Label problem = gui.robot.lookup("#password-problem").queryAs(Label.class);
        PasswordField typed = gui.robot.lookup("#password-new").queryAs(PasswordField.class);
        PasswordField again = gui.robot.lookup("#password-repeat").queryAs(PasswordField.class);
        assertTrue(ok.isDisabled());

        gui.robot.interact(() -> typed.setText("short"));
        assertTrue(ok.isDisabled());
        assertEquals("The new password needs at least 8 characters.", problem.getText());
        gui.robot.interact(() -> typed.setText("a long pass phrase"));
        gui.robot.interact(() -> again.setText("a long pass phrasE"));
        assertTrue(ok.isDisabled());
        assertEquals("The two new passwords differ: type the same one twice.", problem.getText());
        gui.robot.interact(() -> again.setText("a long pass phrase"));
        assertEquals(false, ok.isDisabled());
        gui.screenshotOf("#password-new", "protect-dialog");

        gui.robot.interact(ok::fire);
        gui.waitUntil("handed on", () -> chosen.get() != null);
        assertNull(chosen.get().current(), "protecting asks for no current password");
        assertArrayEquals("a long pass phrase".toCharArray(), chosen.get().replacement());
        gui.close();
    }
}
