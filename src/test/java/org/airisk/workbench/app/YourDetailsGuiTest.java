package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.signingdata.KeyFiles;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit › Your details: the name is saved, a key is made with its fingerprint shown; asked once before recording. */
class YourDetailsGuiTest {
    @TempDir
    Path folder;

    private static MenuItem editItem(GuiSession gui, String id) {
        MenuBar bar = gui.robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().get(1).getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in the Edit menu"));
    }

    @Test
    void theDetailsAreSavedAndAKeyIsMadeInTheDialog() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        MenuItem item = editItem(gui, "menu-your-details");
        assertEquals("Your details\u2026", item.getText());
        // Not interact(): the dialog waits for the user inside this event.
        Platform.runLater(item::fire);
        gui.waitUntil(
                "the dialog", () -> gui.robot.lookup("#details-name").tryQuery().isPresent());
        TextField name = gui.robot.lookup("#details-name").queryAs(TextField.class);
        gui.robot.interact(() -> name.setText("Ada Lovelace"));
        gui.robot.interact(
                () -> gui.robot.lookup("#details-role").queryAs(TextField.class).setText("Chair"));
        gui.robot.interact(() -> gui.robot
                .lookup("#details-organisation")
                .queryAs(TextField.class)
                .setText("Ethics Board Ltd"));

        Button create = gui.robot.lookup("#key-create").queryAs(Button.class);
        assertTrue(create.isDisabled());
        gui.robot.interact(() ->
                gui.robot.lookup("#key-passphrase").queryAs(PasswordField.class).setText("ridge lantern orchard"));
        gui.robot.interact(() -> gui.robot
                .lookup("#key-passphrase-again")
                .queryAs(PasswordField.class)
                .setText("ridge lantern orchard"));
        assertEquals(
                "Strong: 21 characters.",
                gui.robot.lookup("#key-hint").queryAs(Label.class).getText());
        assertFalse(create.isDisabled());
        gui.screenshotOf("#details-name", "your-details-light");
        gui.robot.interact(create::fire);
        KeyFiles keys = new KeyFiles(folder);
        gui.waitUntil(
                "the key is made",
                () -> gui.robot
                        .lookup("#key-status")
                        .queryAs(Label.class)
                        .getText()
                        .startsWith("Your key's fingerprint: "));
        String fingerprint = keys.publicKey().orElseThrow().fingerprint();
        assertEquals(
                "Your key's fingerprint: " + fingerprint,
                gui.robot.lookup("#key-status").queryAs(Label.class).getText());
        assertFalse(gui.robot.lookup("#key-new").query().isVisible(), "a second key needs the replace box ticked");
        gui.robot.interact(Theme.DARK::apply);
        gui.screenshotOf("#details-name", "your-details-dark");
        gui.robot.interact(
                () -> gui.robot.lookup("#key-replace").queryAs(CheckBox.class).setSelected(true));
        assertTrue(gui.robot.lookup("#key-new").query().isVisible());
        assertEquals("Replace key", create.getText());
        gui.screenshotOf("#details-name", "your-details-replace-dark");
        gui.robot.interact(Theme.LIGHT::apply);

        gui.robot.interact(
                () -> gui.robot.lookup("#details-save").queryAs(Button.class).fire());
        gui.waitUntil(
                "closed", () -> gui.robot.lookup("#details-name").tryQuery().isEmpty());
        AtomicReference<UserIdentity> saved = new AtomicReference<>();
        gui.robot.interact(() -> gui.window().yourDetails().ensureKnown(gui.stage(), saved::set));
        gui.waitUntil("known without asking", () -> saved.get() != null);
        assertEquals("Ada Lovelace, Chair (Ethics Board Ltd)", saved.get().describe());
        gui.close();
        try (var db = WorkbenchDatabase.open(folder, TestClock.FIXED)) {
            assertEquals(
                    "Ada Lovelace", UserIdentity.read(new JdbcPreferences(db)).name());
        }
    }

    @Test
    void missingDetailsAreAskedForOnceBeforeANameIsRecorded() throws Exception {
        GuiSession gui = new GuiSession(folder).start();
        AtomicReference<UserIdentity> first = new AtomicReference<>();
        gui.robot.interact(() -> gui.window().yourDetails().ensureKnown(gui.stage(), first::set));
        gui.waitUntil(
                "asked", () -> gui.robot.lookup("#details-notice").tryQuery().isPresent());
        assertTrue(gui.robot
                .lookup("#details-notice")
                .queryAs(Label.class)
                .getText()
                .startsWith("What you do next is recorded with your name."));
        gui.robot.interact(
                () -> gui.robot.lookup("#details-name").queryAs(TextField.class).setText("Grace"));
        gui.robot.interact(
                () -> gui.robot.lookup("#details-save").queryAs(Button.class).fire());
        gui.waitUntil("answered", () -> first.get() != null);
        assertEquals("Grace", first.get().recordedName());
        gui.close();
    }
}
