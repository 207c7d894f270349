package org.airisk.workbench.ui.changes;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.airisk.workbench.ui.Buttons;

/**
 * Export report, for an assessment submitted for review: whether to add the appendix "Changes since the approved
 * version", before the file is chosen.
 */
public final class ReportAppendixDialog {
    static final ButtonType CHOOSE_FILE = new ButtonType("Choose file\u2026", ButtonBar.ButtonData.OK_DONE);

    private ReportAppendixDialog() {}

    /** @return true to go on to choosing the file, false when the user cancelled */
    public static boolean ask(Window owner, String title, ReportAppendixViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export report \u2013 AI Risk Workbench");
        dialog.setHeaderText("Report of \u201c" + title + "\u201d");
        CheckBox since = new CheckBox();
        since.setId("report-since-approved");
        since.setWrapText(true);
        since.textProperty().bind(model.labelProperty());
        since.selectedProperty().bindBidirectional(model.selectedProperty());
        since.disableProperty().bind(model.enabledProperty().not());
        Label note = new Label();
        note.setId("report-since-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.textProperty().bind(model.noteProperty());
        note.setPadding(new Insets(0, 0, 0, 26));
        VBox content = new VBox(6, since, note);
        content.setPadding(new Insets(8, 12, 0, 12));
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(CHOOSE_FILE, Buttons.CANCEL);
        return dialog.showAndWait().filter(b -> b == CHOOSE_FILE).isPresent();
    }
}
