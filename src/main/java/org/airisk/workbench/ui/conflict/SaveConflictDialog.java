package org.airisk.workbench.ui.conflict;

import java.time.ZoneId;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Shows a {@link SaveConflict}: the assessor's version beside what is stored now, field by field (read-only text
 * areas, so either side can be selected and copied), with Keep theirs and Keep mine. Closing the dialog keeps theirs,
 * the choice that overwrites nothing.
 */
public final class SaveConflictDialog extends Dialog<ButtonType> {
    public static final ButtonType KEEP_THEIRS = new ButtonType("Keep theirs", ButtonBar.ButtonData.CANCEL_CLOSE);
    public static final ButtonType KEEP_MINE = new ButtonType("Keep mine", ButtonBar.ButtonData.OK_DONE);

    public SaveConflictDialog(SaveConflict conflict, ZoneId zone) {
        setTitle("Changed by someone else");
        setHeaderText(conflict.heading(zone));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.add(new Label("Yours"), 1, 0);
        grid.add(
                new Label(conflict.changedBy().isBlank() ? "Saved now" : "Saved now by " + conflict.changedBy()), 2, 0);
        int row = 1;
        for (SaveConflict.Field field : conflict.fields()) {
            Label label = new Label(field.label() + (field.differs() ? " (differs)" : ""));
            label.setStyle(field.differs() ? "-fx-font-weight: bold;" : "");
            label.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(label, 0, row);
            grid.add(value(field.mine(), "mine-" + row), 1, row);
            grid.add(value(field.theirs(), "theirs-" + row), 2, row);
            row++;
        }
        Label explanation = new Label(conflict.explanation());
        explanation.setWrapText(true);
        explanation.setMaxWidth(640);
        getDialogPane().setContent(new VBox(10, explanation, grid));
        getDialogPane().getButtonTypes().setAll(KEEP_THEIRS, KEEP_MINE);
        getDialogPane().setId("save-conflict");
        setResizable(true);
    }

    private static Node value(String text, String id) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefColumnCount(28);
        area.setPrefRowCount(Math.min(6, Math.max(1, text.split("\n", -1).length + text.length() / 60)));
        area.setId(id);
        return area;
    }

    /**
     * Shows the dialog whenever {@code conflicts} holds a new conflict and carries out the assessor's choice. The
     * small hook the window adds for each open assessment's questionnaire and scoring session.
     *
     * @param zone the assessor's time zone (the window's UserFormats), for when the colleague saved
     */
    public static void showWhenRefused(ObservableValue<SaveConflict> conflicts, Node owner, ZoneId zone) {
        boolean[] showing = {false};
        conflicts.addListener((obs, old, conflict) -> {
            if (conflict == null || showing[0]) {
                return; // saves refused while the dialog is up are settled by the choice made in it
            }
            showing[0] = true;
            // Later, not inside the property's change: a modal dialog must not block the save's callback.
            Platform.runLater(() -> {
                SaveConflict newest = conflicts.getValue() == null ? conflict : conflicts.getValue();
                SaveConflictDialog dialog = new SaveConflictDialog(newest, zone);
                if (owner.getScene() != null) {
                    dialog.initOwner(owner.getScene().getWindow());
                }
                boolean mine = dialog.showAndWait().filter(KEEP_MINE::equals).isPresent();
                showing[0] = false;
                SaveConflict settled = conflicts.getValue() == null ? newest : conflicts.getValue();
                if (mine) {
                    settled.keepMine();
                } else {
                    settled.keepTheirs();
                }
            });
        });
    }
}
