package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decide… with "Sign this decision with my key" in the real window: the banner then says the signature is valid. */
class SignedSignOffGuiTest {
    @TempDir
    Path folder;

    @Test
    void aWrongPassphraseIsSaidInTheDialogThenTheSignedDecisionShowsAValidSignature() throws Exception {
        Path data = folder.resolve("data");
        String id = ReviewFixture.started(data);
        ReviewFixture.completed(data, id);
        assertEquals(0, CommandLineRun.in(data, "submit", id).code());
        GuiSession gui = new GuiSession(data).start();
        List<String> cut = new ArrayList<>();
        gui.robot.doubleClickOn(ReviewFixture.TITLE);
        gui.waitUntil(
                "stage read",
                () -> !ReviewGuiTest.menuItem(gui, "menu-review-decide").isDisable());

        ReviewGuiTest.choose(gui, "menu-review-decide");
        gui.waitUntil(
                "decide", () -> gui.robot.lookup("#decide-sign").tryQuery().isPresent());
        assertTrue(gui.robot.lookup("#decide-sign").queryAs(CheckBox.class).isDisabled(), "no key yet");
        assertFalse(gui.robot.lookup("#decide-sign").queryAs(CheckBox.class).isSelected());
        assertTrue(gui.robot.lookup("#decide-passphrase").query().isDisabled());
        assertEquals(
                "To sign decisions, make your signing key in Edit \u203a Your details.",
                gui.robot.lookup("#decide-sign-hint").queryAs(Label.class).getText());
        ReviewGuiTest.look(gui, "#decide-sign", "review-decide-no-key", cut);
        Button cancel = gui.robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Cancel".equals(b.getText()))
                .findFirst()
                .orElseThrow();
        gui.robot.interact(cancel::fire);
        gui.waitUntil(
                "closed", () -> gui.robot.lookup("#decide-sign").tryQuery().isEmpty());

        // A key made meanwhile (here on the command line) is offered at the next Decide….
        Path pass = Files.writeString(folder.resolve("pass.txt"), "ridge lantern orchard 42\n");
        assertEquals(
                0,
                CommandLineRun.in(data, "keys", "create", "--passphrase-file", pass.toString())
                        .code());
        String fingerprint = CommandLineRun.in(data, "keys", "show")
                .out()
                .lines()
                .findFirst()
                .orElseThrow()
                .substring("Fingerprint: ".length());
        ReviewGuiTest.choose(gui, "menu-review-decide");
        gui.waitUntil(
                "decide", () -> gui.robot.lookup("#decide-sign").tryQuery().isPresent());
        CheckBox sign = gui.robot.lookup("#decide-sign").queryAs(CheckBox.class);
        assertFalse(sign.isDisabled(), "the user has a key");
        assertTrue(sign.isSelected(), "signing is offered first when there is a key");
        assertEquals(
                "Ann Author",
                gui.robot.lookup("#decide-name").queryTextInputControl().getText());
        gui.robot.interact(() -> {
            gui.robot.lookup("#decide-passphrase").queryTextInputControl().setText("not my passphrase at all");
            gui.robot.lookup("#decide-record").queryButton().fire();
        });
        gui.waitUntil(
                "refused",
                () -> !gui.robot
                        .lookup("#decide-problem")
                        .queryAs(Label.class)
                        .getText()
                        .isEmpty());
        String refused =
                gui.robot.lookup("#decide-problem").queryAs(Label.class).getText();
        assertTrue(refused.startsWith("The passphrase is wrong"), refused);
        assertTrue(ReviewGuiTest.banner(gui).startsWith("Submitted for review"), "nothing was recorded");
        gui.robot.interact(() ->
                gui.robot.lookup("#decide-passphrase").queryTextInputControl().setText("ridge lantern orchard 42"));
        ReviewGuiTest.look(gui, "#decide-sign", "review-decide-signed", cut);
        gui.robot.interact(
                () -> gui.robot.lookup("#decide-record").queryButton().fire());
        gui.waitUntil("decided and signed", () -> ReviewGuiTest.banner(gui).contains("signature valid"));
        assertTrue(gui.robot.lookup("#decide-sign").tryQuery().isEmpty(), "the dialog closed once it was kept");
        String banner = ReviewGuiTest.banner(gui);
        assertTrue(banner.startsWith("Approved by Ann Author, Consultant on "), banner);
        assertTrue(
                banner.contains("Sign-off: Valid: the assessment is as it was signed off. Signed by Ann Author's "
                        + "key " + fingerprint.replace(' ', '\u00A0') + ": signature valid."),
                banner);
        ReviewGuiTest.look(gui, "#review-banner", "review-banner-signed", cut);
        assertEquals(List.of(), cut, "labels cut off");
        gui.close();
    }
}
