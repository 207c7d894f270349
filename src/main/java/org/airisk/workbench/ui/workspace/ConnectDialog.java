package org.airisk.workbench.ui.workspace;

import java.io.File;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.ui.Buttons;

/**
 * The window of File › Connect to team server: the fields of {@link ConnectViewModel}, Test connection, and
 * Connect, which closes the dialog only once the server has answered.
 */
public final class ConnectDialog {
    static final ButtonType CONNECT = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType TEST = new ButtonType("Test connection", ButtonBar.ButtonData.LEFT);

    private final Dialog<WorkspaceChoice> dialog = new Dialog<>();
    private final ConnectViewModel model;

    public ConnectDialog(Window owner, ConnectViewModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle("AI Risk Workbench");
        dialog.setHeaderText("Connect to a team server");
        dialog.setResizable(true);
        VBox content = new VBox(
                10,
                wrapped(
                        "The portfolio then lives in a PostgreSQL database your firm runs, "
                                + "shared with everyone connected to it. Your administrator gives you these details. The password "
                                + "is kept only while the workbench runs.",
                        "connect-explained"),
                fields(),
                wrapped(model.problemProperty(), "connect-problem"),
                answer());
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(TEST, CONNECT, Buttons.CANCEL);
        Button test = (Button) dialog.getDialogPane().lookupButton(TEST);
        test.setId("connect-test");
        test.disableProperty().bind(model.canTryProperty().not());
        test.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.test();
        });
        Button connect = (Button) dialog.getDialogPane().lookupButton(CONNECT);
        connect.setId("connect-connect");
        connect.disableProperty().bind(model.canTryProperty().not());
        connect.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.connect(chosen -> {
                dialog.setResult(chosen);
                dialog.close();
            });
        });
        dialog.setResultConverter(button -> null);
        dialog.setOnHidden(e -> model.cancel());
    }

    private GridPane fields() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        TextField host = text("connect-host", model.hostProperty(), "e.g. risk-db.example.org");
        TextField port = text("connect-port", model.portProperty(), "");
        port.setPrefColumnCount(6);
        port.setMinWidth(Region.USE_PREF_SIZE);
        HBox hostAndPort = new HBox(8, host, label("Port", port), port);
        HBox.setHgrow(host, Priority.ALWAYS);
        PasswordField password = new PasswordField();
        password.setId("connect-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        ComboBox<TeamServer.Encryption> encryption = new ComboBox<>();
        encryption.setId("connect-encryption");
        encryption.getItems().setAll(TeamServer.Encryption.values());
        encryption.setConverter(new StringConverter<>() {
            @Override
            public String toString(TeamServer.Encryption e) {
                return e == null ? "" : e.label();
            }

            @Override
            public TeamServer.Encryption fromString(String s) {
                return null;
            }
        });
        encryption.valueProperty().bindBidirectional(model.encryptionProperty());
        TextField caFile = text(
                "connect-ca-file",
                model.caFileProperty(),
                "(optional) the file your administrator " + "gives, e.g. firm-ca.crt");
        Button chooseCa = new Button("Choose\u2026");
        chooseCa.setId("connect-ca-choose");
        chooseCa.setOnAction(e -> chooseCaFile());
        HBox ca = new HBox(8, caFile, chooseCa);
        HBox.setHgrow(caFile, Priority.ALWAYS);
        ca.disableProperty().bind(model.encryptionProperty().isNotEqualTo(TeamServer.Encryption.VERIFIED));
        Control[] controls = {
            host,
            text("connect-database", model.databaseProperty(), "e.g. ai_risk"),
            text("connect-user", model.userProperty(), ""),
            password,
            encryption,
            caFile,
            text("connect-name", model.nameProperty(), "how --workspace names it on the command line")
        };
        String[] labels = {
            "Server", "Database", "User name", "Password", "Encryption", "Certificate authority", "Save as"
        };
        Node[] shown = {hostAndPort, controls[1], controls[2], password, encryption, ca, controls[6]};
        for (int i = 0; i < labels.length; i++) {
            grid.addRow(i, label(labels[i], controls[i]), shown[i]);
            GridPane.setHgrow(shown[i], Priority.ALWAYS);
        }
        return grid;
    }

    private VBox answer() {
        ProgressIndicator working = new ProgressIndicator();
        working.setId("connect-working");
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label message = wrapped(model.messageProperty(), "connect-message");
        HBox line = new HBox(8, working, message);
        HBox.setHgrow(message, Priority.ALWAYS);
        return new VBox(line);
    }

    private void chooseCaFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("The certificate authority's file");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Certificates", "*.crt", "*.pem", "*.cer"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            model.caFileProperty().set(chosen.getAbsolutePath());
        }
    }

    private static TextField text(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Label label(String text, Control control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
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

    Dialog<WorkspaceChoice> dialog() {
        return dialog;
    }

    /** Shows the dialog and waits: the workspace connected to, or empty when cancelled. */
    public Optional<WorkspaceChoice> ask() {
        return dialog.showAndWait();
    }
}
