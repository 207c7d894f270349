package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.airisk.workbench.changes.Change;
import org.airisk.workbench.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Compare with package file: the changes since an exported version, side by side, filtered by section. */
class CompareGuiTest {
    @TempDir
    Path dir;

    @Test
    void theDialogShowsTheChangesSinceAnExportedVersionAndFiltersThemBySection() throws Exception {
        Path data = dir.resolve("data");
        Path v1 = DiffCommandTest.tutorChangedSinceExport(dir, data);
        GuiSession gui = new GuiSession(data).start();
        TableView<?> library = gui.robot.lookup("#library-table").queryAs(TableView.class);
        gui.waitUntil("listed", () -> library.getItems().size() == 1);
        gui.robot.interact(() -> library.getSelectionModel().select(0));

        gui.robot.interact(() -> gui.window().compareWith(v1));
        gui.waitUntil(
                "the dialog",
                () -> gui.robot.lookup("#changes-table").tryQuery().isPresent());

        TableView<Change> table = gui.robot.lookup("#changes-table").queryAs(TableView.class);
        Label summary = gui.robot.lookup("#changes-summary").queryAs(Label.class);
        assertTrue(summary.getText().matches("\\d+ changes in \\d+ sections"), summary.getText());
        assertTrue(
                table.getItems().stream()
                        .anyMatch(c ->
                                c.section() == Change.Section.NOTES && c.after().equals("Now also triages symptoms.")),
                "the note");
        assertTrue(table.getItems().stream().anyMatch(c -> c.section() == Change.Section.ANSWERS));
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            gui.robot.interact(theme::apply);
            gui.screenshotOf("#changes-table", "changes-dialog-" + theme.name().toLowerCase(Locale.ROOT));
        }
        gui.robot.interact(Theme.LIGHT::apply);

        ComboBox<Change.Section> filter = gui.robot.lookup("#changes-section").queryAs(ComboBox.class);
        gui.robot.interact(() -> filter.setValue(Change.Section.NOTES));
        assertEquals(
                List.of(Change.Section.NOTES),
                table.getItems().stream().map(Change::section).distinct().toList());
        gui.robot.clickOn("Close");
        gui.waitUntil(
                "closed", () -> gui.robot.lookup("#changes-table").tryQuery().isEmpty());
        gui.close();
    }
}
