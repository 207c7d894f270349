package org.airisk.workbench.ui.workspace;

import java.util.Optional;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.airisk.workbench.ui.Buttons;

/** Asks for the team workspace's password before a check-in connects to it; it is held for that check-in only. */
final class TeamPassword {
    private TeamPassword() {}

    static Optional<char[]> ask(Window owner, String workspace) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Check in");
        PasswordField password = new PasswordField();
        password.setId("checkin-password");
        Label label = new Label("Password for the team workspace \u201c" + workspace + "\u201d:");
        label.setWrapText(true);
        label.setLabelFor(password);
        VBox content = new VBox(8, label, password);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(Buttons.OK, Buttons.CANCEL);
        dialog.setResultConverter(b -> b == Buttons.OK ? password.getText().toCharArray() : null);
        dialog.setOnShown(e -> password.requestFocus());
        Optional<char[]> typed = dialog.showAndWait();
        password.clear();
        return typed;
    }
}
