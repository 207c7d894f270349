package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javax.imageio.ImageIO;
import org.airisk.workbench.reportdata.ReportLogo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edit › Report settings, the client's logo: chosen (through the window's logo picker, standing in for the file
 * chooser), shown, kept on Save and on reopening, removed; a file that is no image is refused with a message and
 * nothing is kept.
 */
class ReportSettingsGuiTest {
    @TempDir
    Path folder;

    @TempDir
    Path files;

    private final AtomicReference<Path> picked = new AtomicReference<>();

    @Test
    void aChosenLogoIsShownKeptAndRemovedAndABadFileIsRefused() throws Exception {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x1d, 0x4e, 0x89));
        g.fillRect(0, 0, 240, 80);
        g.dispose();
        Path png = files.resolve("client.png");
        assertTrue(ImageIO.write(image, "png", png.toFile()));
        Path notAnImage = Files.writeString(files.resolve("minutes.png"), "Minutes of the board meeting\n");
        Path kept = folder.resolve("report-logo");

        GuiSession gui = new GuiSession(folder).start();
        gui.robot.interact(() -> gui.window().useLogoPicker(owner -> Optional.ofNullable(picked.get())));

        open(gui);
        assertEquals("None", logoState(gui));
        assertTrue(button(gui, "#report-logo-remove").isDisabled(), "nothing to remove yet");
        choose(gui, notAnImage);
        gui.waitUntil(
                "the problem named", () -> !text(gui, "#report-logo-problem").isEmpty());
        assertEquals(
                "The file \u201cminutes.png\u201d is not a PNG or JPEG image: choose the logo as a .png or .jpg "
                        + "file.",
                text(gui, "#report-logo-problem"));
        assertEquals("None", logoState(gui));
        assertTrue(button(gui, "#report-logo-remove").isDisabled());
        save(gui);

        open(gui); // read after the save, on the same queue
        assertEquals("None", logoState(gui), "the refused file was not kept");
        assertFalse(Files.exists(kept));
        choose(gui, png);
        gui.waitUntil("the image checked", () -> logoState(gui).startsWith("client.png:"));
        assertEquals("client.png: PNG, 240 \u00d7 80 pixels", logoState(gui));
        assertEquals("", text(gui, "#report-logo-problem"));
        assertFalse(button(gui, "#report-logo-remove").isDisabled());
        assertFalse(Files.exists(kept), "copied in only on Save");
        gui.screenshotOf("#report-logo", "report-settings-logo");
        assertNothingCut(gui);
        save(gui);
        gui.waitUntil("the logo copied into the data folder", () -> Files.exists(kept));
        assertArrayEquals(Files.readAllBytes(png), Files.readAllBytes(kept));

        open(gui);
        assertEquals("PNG, 240 \u00d7 80 pixels", logoState(gui), "the saved logo, read back");
        assertNothingCut(gui);
        gui.robot.interact(() -> button(gui, "#report-logo-remove").fire());
        assertEquals("None", logoState(gui));
        assertTrue(Files.exists(kept), "removed only on Save");
        save(gui);
        gui.waitUntil("the logo removed", () -> !Files.exists(kept));
        assertTrue(new ReportLogo(folder).current().isEmpty());

        open(gui);
        assertEquals("None", logoState(gui));
        gui.robot.interact(
                () -> dialogButton(gui, ButtonBar.ButtonData.CANCEL_CLOSE).fire());
        gui.waitUntil(
                "closed", () -> gui.robot.lookup("#report-logo").tryQuery().isEmpty());
        gui.close();
    }

    private static void open(GuiSession gui) throws Exception {
        MenuBar bar = gui.robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().get(1).getItems().stream()
                .filter(i -> "menu-report-settings".equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Report settings in the Edit menu"));
        // Not interact(): the dialog waits for the user inside this event.
        Platform.runLater(item::fire);
        gui.waitUntil(
                "the dialog", () -> gui.robot.lookup("#report-logo").tryQuery().isPresent());
    }

    private void choose(GuiSession gui, Path file) {
        picked.set(file);
        gui.robot.interact(() -> button(gui, "#report-logo-choose").fire());
    }

    private static void save(GuiSession gui) throws Exception {
        Button save = dialogButton(gui, ButtonBar.ButtonData.OK_DONE);
        gui.waitUntil("Save enabled", () -> !save.isDisabled());
        gui.robot.interact(save::fire);
        gui.waitUntil(
                "closed", () -> gui.robot.lookup("#report-logo").tryQuery().isEmpty());
    }

    private static void assertNothingCut(GuiSession gui) {
        AtomicReference<List<String>> cut = new AtomicReference<>();
        gui.robot.interact(() -> cut.set(ClippedLabels.in(
                gui.robot.lookup("#report-logo").query().getScene().getRoot())));
        assertEquals(List.of(), cut.get(), "labels and buttons cut off in the dialog");
    }

    private static Button dialogButton(GuiSession gui, ButtonBar.ButtonData data) {
        DialogPane pane =
                (DialogPane) gui.robot.lookup("#report-logo").query().getScene().getRoot();
        ButtonType type = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == data)
                .findFirst()
                .orElseThrow();
        return (Button) pane.lookupButton(type);
    }

    private static Button button(GuiSession gui, String query) {
        return gui.robot.lookup(query).queryAs(Button.class);
    }

    private static String text(GuiSession gui, String query) {
        return gui.robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String logoState(GuiSession gui) {
        return text(gui, "#report-logo");
    }
}
