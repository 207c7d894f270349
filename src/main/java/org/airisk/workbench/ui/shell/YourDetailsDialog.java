package org.airisk.workbench.ui.shell;

import java.io.File;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.ui.Buttons;

/**
 * The window of Edit › Your details: the fields of {@link YourDetailsViewModel} and nothing else. Save stays
 * disabled while the details cannot be stored, and the dialog closes only once they are.
 */
final class YourDetailsDialog {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<UserIdentity> dialog = new Dialog<>();
    private final YourDetailsViewModel model;
    private final FileFolders folders;

    /** @param notice a line above the fields (why the details are asked for now), or null */
    YourDetailsDialog(Window owner, YourDetailsViewModel model, FileFolders folders, String notice) {
        this.model = model;
        this.folders = folders;
        dialog.initOwner(owner);
        dialog.setTitle("AI Risk Workbench");
        dialog.setHeaderText("Your details");
        dialog.setResizable(true);
        VBox content = new VBox(10);
        content.setPrefWidth(520);
        if (notice != null) {
            content.getChildren().add(wrapped(notice, "details-notice"));
        }
        content.getChildren()
                .addAll(
                        wrapped(
                                "Recorded with your name on every review action, comment and "
                                        + "decision. There are no accounts: this is what you say, and a signature is the proof.",
                                "details-explained"),
                        identityFields(),
                        wrapped(model.problemProperty(), "details-problem"),
                        wrapped(model.saveProblemProperty(), "details-save-problem"),
                        new Separator(),
                        keySection());
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(SAVE, Buttons.CANCEL);
        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        save.setId("details-save");
        save.disableProperty().bind(model.canSaveProperty().not());
        // Closes only once the details are stored: a failure is said in the dialog, with nothing typed lost.
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.save(dialog::setResult);
        });
        dialog.setResultConverter(button -> null);
    }

    private GridPane identityFields() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        String[][] rows = {
            {"Name", "details-name", "e.g. Ada Lovelace"},
            {"Role", "details-role", "e.g. Chair, " + "ethics board"},
            {"Organisation", "details-organisation", "e.g. Analytical Engines Ltd"}
        };
        StringProperty[] values = {model.nameProperty(), model.roleProperty(), model.organisationProperty()};
        for (int i = 0; i < rows.length; i++) {
            TextField field = new TextField();
            field.setId(rows[i][1]);
            field.setPromptText(rows[i][2]);
            field.textProperty().bindBidirectional(values[i]);
            field.setPrefColumnCount(28);
            Label label = new Label(rows[i][0]);
            label.setLabelFor(field);
            label.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(i, label, field);
        }
        return grid;
    }

    private VBox keySection() {
        Label title = new Label("Signing key");
        title.setStyle("-fx-font-weight: bold;");
        Label status = wrapped(model.keyStatusProperty(), "key-status");
        PasswordField first = new PasswordField();
        first.setId("key-passphrase");
        first.textProperty().bindBidirectional(model.passphraseProperty());
        PasswordField again = new PasswordField();
        again.setId("key-passphrase-again");
        again.textProperty().bindBidirectional(model.repeatedProperty());
        Label hint = wrapped(model.passphraseHintProperty(), "key-hint");
        CheckBox replace = new CheckBox("Replace my key: signatures I make from now on need the new public key");
        replace.setId("key-replace");
        replace.setWrapText(true);
        replace.setMinHeight(Region.USE_PREF_SIZE);
        replace.selectedProperty().bindBidirectional(model.replaceConfirmedProperty());
        replace.visibleProperty().bind(model.keyProperty().isNotNull());
        replace.managedProperty().bind(replace.visibleProperty());
        Label warning = wrapped(
                "The passphrase protects your key in the data folder. If it is lost, nobody can "
                        + "recover it; you would make a new key and give out its public key again.",
                "key-warning");
        Button create = createButton();
        Button export = new Button("Export public key\u2026");
        export.setId("key-export");
        export.disableProperty().bind(model.keyProperty().isNull().or(model.busyProperty()));
        export.setOnAction(e -> exportPublicKey());
        ProgressIndicator working = new ProgressIndicator();
        working.setId("key-working");
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(model.busyProperty());
        Label message = wrapped(model.keyMessageProperty(), "key-message");
        // A new key's fields show only when there is none yet or the user ticked to replace it.
        VBox newKey = new VBox(
                6,
                new Label("Passphrase"),
                first,
                new Label("The same passphrase again"),
                again,
                hint,
                warning,
                create);
        newKey.setId("key-new");
        newKey.visibleProperty().bind(model.keyProperty().isNull().or(model.replaceConfirmedProperty()));
        newKey.managedProperty().bind(newKey.visibleProperty());
        VBox section = new VBox(6, title, status, replace, newKey, new HBox(8, export, working), message);
        growWith(section);
        return section;
    }

    /** "Create key", or "Replace key" when there is one. */
    private Button createButton() {
        Button create = new Button();
        create.setId("key-create");
        create.textProperty()
                .bind(Bindings.when(model.keyProperty().isNull())
                        .then("Create key")
                        .otherwise("Replace key"));
        create.disableProperty().bind(model.canCreateKeyProperty().not());
        create.setOnAction(e -> model.createKey());
        return create;
    }

    /** The window grows with what the section shows, so no sentence is cut off. */
    private void growWith(VBox section) {
        section.heightProperty()
                .addListener((o, was, is) -> Platform.runLater(() -> {
                    if (dialog.getDialogPane().getScene() != null
                            && dialog.getDialogPane().getScene().getWindow() != null) {
                        dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    }
                }));
    }

    private void exportPublicKey() {
        FileChooser chooser = FileDialogs.chooser(folders, "Export your public key");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Public key (PEM)", "*.pem"));
        String name = model.identity().isKnown()
                ? model.identity().name().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-public-key.pem"
                : "public-key.pem";
        chooser.setInitialFileName(name);
        File chosen = FileDialogs.save(chooser, dialog.getOwner(), folders);
        if (chosen != null) {
            model.exportPublicKey(chosen.toPath());
        }
    }

    private static Label wrapped(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapped(ObservableValue<String> text, String id) {
        Label label = wrapped("", id);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    Dialog<UserIdentity> dialog() {
        return dialog;
    }

    /** Shows the dialog and waits; the details as saved, or empty when cancelled. */
    Optional<UserIdentity> ask() {
        return dialog.showAndWait();
    }

    Node content() {
        return dialog.getDialogPane().getContent();
    }
}
