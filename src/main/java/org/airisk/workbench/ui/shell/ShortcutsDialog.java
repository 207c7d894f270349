package org.airisk.workbench.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.airisk.workbench.ui.Buttons;

/** Help › Keyboard shortcuts (F1): the keys in one column, what they do in the next, each line whole. */
final class ShortcutsDialog {
    /** Key, then what it does. Keep in step with the menus' accelerators and the README. */
    static final String[][] SHORTCUTS = {
        {"Ctrl+N", "New assessment"},
        {"Ctrl+F", "Search the library, the risk register or (on the questionnaire) the answers and notes"},
        {"Ctrl+Shift+F", "Find in the answers and notes of the open assessment"},
        {"Ctrl+Shift+A", "Evidence: files attached to the open assessment"},
        {"Enter", "Open the selected assessment / go to the next question"},
        {"F2", "Rename the selected assessment"},
        {"Ctrl+D", "Duplicate the selected assessment"},
        {"Delete", "Delete the selected assessment (asks first)"},
        {"Ctrl+Z", "Undo the last delete"},
        {"Ctrl+\u2192 / Ctrl+\u2190", "Next / previous section"},
        {"Ctrl+1 / 2 / 3 / 4", "Questionnaire / risk register / mitigation plan / dashboard"},
        {"Ctrl+Shift+M", "Show or hide the review comments of the open assessment"},
        {"Ctrl+S", "Save (every change is saved as you make it; this says so, or tries again)"},
        {"Ctrl+L", "Back to the library"},
        {"Ctrl+R", "Risk library"},
        {"Ctrl+P", "Portfolio dashboard"},
        {"Ctrl+I / Ctrl+E", "Import / export an assessment package (or drop a package on the window)"},
        {"Ctrl+Shift+E", "Export the report (PDF, Word, spreadsheet, HTML, CSV)"},
        {"Ctrl+Q", "Quit (everything is already saved)"}
    };

    private static final double ACTION_WIDTH = 440;

    private ShortcutsDialog() {}

    static void show(Window owner) {
        Alert alert = Buttons.alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.setHgap(18);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 8, 4, 8));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actions = new ColumnConstraints(ACTION_WIDTH);
        grid.getColumnConstraints().addAll(keys, actions);
        for (int row = 0; row < SHORTCUTS.length; row++) {
            Label key = new Label(SHORTCUTS[row][0]);
            key.getStyleClass().add(Styles.TEXT_BOLD);
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(SHORTCUTS[row][1]);
            action.setWrapText(true);
            action.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(row, key, action);
        }
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.showAndWait();
    }
}
