package org.airisk.workbench.ui.shell;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.airisk.workbench.settings.ReportBranding;
import org.airisk.workbench.ui.Buttons;

/**
 * Edit › Report settings: the organisation and the confidentiality marking every report carries (cover, and the
 * footer of every page). Problems are named as they arise and keep Save disabled.
 */
final class ReportSettingsDialog {
    static final String[] MARKINGS = {"", "Internal", "Confidential", "Strictly confidential", "Public"};

    private ReportSettingsDialog() {
    }

    static Optional<ReportBranding> edit(Window owner, ReportBranding current) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Report settings");
        dialog.setHeaderText("On every report: who it is for or by, and how it may be shared");
        TextField organisation = new TextField(current.organisation());
        organisation.setId("report-organisation");
        organisation.setPromptText("e.g. Example Bank plc, Model Risk Committee");
        organisation.setPrefColumnCount(30);
        ComboBox<String> marking = new ComboBox<>();
        marking.setId("report-marking");
        marking.setEditable(true);
        marking.getItems().setAll(MARKINGS);
        marking.setValue(current.marking());
        marking.setPromptText("None");
        marking.setMaxWidth(Double.MAX_VALUE);
        Label problem = new Label();
        problem.setId("report-settings-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> entered(organisation, marking).problem(),
                organisation.textProperty(), marking.getEditor().textProperty()));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8, 12, 0, 12));
        Label organisationLabel = new Label("Organisation");
        Label markingLabel = new Label("Confidentiality marking");
        for (Label l : new Label[] {organisationLabel, markingLabel}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        organisationLabel.setLabelFor(organisation);
        markingLabel.setLabelFor(marking);
        form.addRow(0, organisationLabel, organisation);
        form.addRow(1, markingLabel, marking);
        form.add(problem, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, Buttons.CANCEL);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(problem.textProperty().isNotEmpty());
        return dialog.showAndWait().filter(b -> b == save).map(b -> entered(organisation, marking));
    }

    private static ReportBranding entered(TextField organisation, ComboBox<String> marking) {
        return new ReportBranding(organisation.getText(), marking.getEditor().getText());
    }
}
