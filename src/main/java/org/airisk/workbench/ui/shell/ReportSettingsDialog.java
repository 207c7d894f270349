package org.airisk.workbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
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
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.airisk.workbench.report.ReportContent;
import org.airisk.workbench.report.ReportLogos;
import org.airisk.workbench.settings.Preferences;
import org.airisk.workbench.settings.ReportBranding;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.Buttons;

/**
 * Edit › Report settings: the organisation and the confidentiality marking every report carries (cover, and the
 * footer of every page), and the client's logo on the cover. Problems are named as they arise and keep Save
 * disabled; a chosen image is checked at once (off the FX thread) and copied into the data folder only on Save.
 */
final class ReportSettingsDialog {
    static final String[] MARKINGS = {"", "Internal", "Confidential", "Strictly confidential", "Public"};

    private ReportSettingsDialog() {}

    /** What Save keeps: the branding, and a new logo file to copy in (null: keep) or the logo removed. */
    record Choice(ReportBranding branding, Path newLogo, boolean removeLogo) {
        void save(Preferences preferences, ReportLogos logo) {
            if (newLogo != null) {
                logo.choose(newLogo);
            } else if (removeLogo) {
                logo.remove();
            }
            branding.save(preferences);
        }
    }

    /**
     * How the dialog asks for the logo file: the system's file chooser. Tests hand a file over instead, as the
     * native chooser cannot be driven without a screen.
     */
    static final Function<Window, Optional<Path>> LOGO_CHOOSER = owner -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Client logo");
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter("PNG or JPEG image", "*.png", "*.jpg", "*.jpeg"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    };

    /** @param pickLogo asks for the logo file ({@link #LOGO_CHOOSER}); empty when the user cancels */
    static Optional<Choice> edit(
            Window owner,
            ReportBranding current,
            ReportLogos logos,
            Optional<ReportContent.Logo> currentLogo,
            BackgroundWork background,
            Function<Window, Optional<Path>> pickLogo) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Report settings");
        dialog.setHeaderText("On every report: who it is for or by, and how it may be shared");
        TextField organisation = new TextField(current.organisation());
        organisation.setId("report-organisation");
        organisation.setPromptText("e.g. Example Bank plc, Model Risk Committee");
        organisation.setPrefColumnCount(30);
        ComboBox<String> marking = markingBox(current.marking());
        Label problem = new Label();
        problem.setId("report-settings-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> entered(organisation, marking).problem(),
                        organisation.textProperty(),
                        marking.getEditor().textProperty()));
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
        ClientLogoField logo = new ClientLogoField(
                () -> dialog.getDialogPane().getScene().getWindow(), logos, currentLogo, background, pickLogo);
        Label logoLabel = new Label("Client logo");
        logoLabel.setMinWidth(Region.USE_PREF_SIZE);
        logoLabel.setLabelFor(logo.choose);
        form.addRow(3, logoLabel, logo.buttons());
        form.add(logo.state, 1, 4);
        form.add(logo.problem, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, Buttons.CANCEL);
        dialog.getDialogPane()
                .lookupButton(save)
                .disableProperty()
                .bind(problem.textProperty().isNotEmpty().or(logo.checking));
        return dialog.showAndWait()
                .filter(b -> b == save)
                .map(b -> new Choice(entered(organisation, marking), logo.chosen.get(), logo.removed.get()));
    }

    /** The confidentiality marking: one of {@link #MARKINGS}, or the organisation's own words. */
    private static ComboBox<String> markingBox(String current) {
        ComboBox<String> marking = new ComboBox<>();
        marking.setId("report-marking");
        marking.setEditable(true);
        marking.getItems().setAll(MARKINGS);
        marking.setValue(current);
        marking.setPromptText("None");
        marking.setMaxWidth(Double.MAX_VALUE);
        return marking;
    }

    private static ReportBranding entered(TextField organisation, ComboBox<String> marking) {
        return new ReportBranding(organisation.getText(), marking.getEditor().getText());
    }
}
