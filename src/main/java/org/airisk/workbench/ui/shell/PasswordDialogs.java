package org.airisk.workbench.ui.shell;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.airisk.workbench.ui.Buttons;

/**
 * The window's password questions for protected packages: a new password (typed twice, with a strength hint and
 * the warning that it cannot be recovered) and the password of a package to open. The chars handed back are the
 * caller's to clear; the fields are emptied as the dialog closes.
 */
final class PasswordDialogs {
    /** Shorter passwords are allowed, with a hint; the command line says the same. */
    static final int ADVISED_LENGTH = 12;

    private PasswordDialogs() {}

    /** A new password for an exported package, or empty when the user cancels. */
    static Optional<char[]> choose(Window owner, String title) {
        PasswordField first = field("package-password");
        PasswordField again = field("package-password-again");
        Label hint = wrapped("");
        hint.setId("password-hint");
        Label warning = wrapped("Keep the password safe: without it nobody, not even you, can open the package. "
                + "A lost password cannot be recovered.");
        warning.setStyle("-fx-font-weight: bold;");
        ButtonType protect = new ButtonType("Protect and export", ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = dialog(
                owner,
                "Protect \u201c" + title + "\u201d with a password",
                protect,
                new VBox(8, new Label("Password"), first, new Label("The same password again"), again, hint, warning));
        Node button = dialog.getDialogPane().lookupButton(protect);
        Runnable check = () -> {
            int length = first.getLength();
            boolean same = first.getText().equals(again.getText());
            hint.setText(
                    length == 0
                            ? "At least " + ADVISED_LENGTH + " characters; a few unrelated words are "
                                    + "easy to remember and hard to guess."
                            : !same
                                    ? "The two entries differ."
                                    : length < ADVISED_LENGTH
                                            ? "Only " + length + " characters: at least " + ADVISED_LENGTH
                                                    + " are advised."
                                            : "Good: " + length + " characters.");
            button.setDisable(length == 0 || !same);
        };
        first.textProperty().addListener((o, a, b) -> check.run());
        again.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        return result(dialog, protect, first, again);
    }

    /**
     * The password of a package to open, or empty when the user cancels.
     *
     * @param tryNumber 1 for the first question; later ones say the last password did not open it
     */
    static Optional<char[]> ask(Window owner, String fileName, int tryNumber, int tries) {
        PasswordField field = field("package-password");
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        String said = tryNumber == 1
                ? fileName + " is protected with a password."
                : "That password did not open " + fileName + " (try " + tryNumber + " of " + tries + ").";
        Dialog<ButtonType> dialog = dialog(owner, said, open, new VBox(8, new Label("Password"), field));
        return result(dialog, open, field);
    }

    /** A window that says the key is being worked out: that takes a moment by design. */
    static Alert working(Window owner, String header) {
        Alert working = Buttons.alert(Alert.AlertType.NONE);
        working.initOwner(owner);
        working.initModality(Modality.NONE);
        working.setTitle("AI Risk Workbench");
        working.setHeaderText(header);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("password-working");
        working.getDialogPane().setContent(spinner);
        // An Alert without a button cannot be closed by code on every platform; this one is closed by the work.
        working.getButtonTypes().setAll(Buttons.CLOSE);
        working.getDialogPane().lookupButton(Buttons.CLOSE).setVisible(false);
        return working;
    }

    private static PasswordField field(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(28);
        return field;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(420);
        return label;
    }

    private static Dialog<ButtonType> dialog(Window owner, String header, ButtonType ok, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("AI Risk Workbench");
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ok, Buttons.CANCEL);
        dialog.setOnShown(e -> ((VBox) content)
                .getChildren().stream()
                        .filter(n -> n instanceof PasswordField)
                        .findFirst()
                        .ifPresent(Node::requestFocus));
        return dialog;
    }

    private static Optional<char[]> result(
            Dialog<ButtonType> dialog, ButtonType ok, PasswordField first, PasswordField... others) {
        Optional<ButtonType> chosen = dialog.showAndWait();
        char[] password = null;
        if (chosen.isPresent() && chosen.get() == ok) {
            CharSequence typed = first.getCharacters();
            password = new char[typed.length()];
            for (int i = 0; i < password.length; i++) {
                password[i] = typed.charAt(i);
            }
        }
        first.clear();
        for (PasswordField other : others) {
            other.clear();
        }
        return Optional.ofNullable(password);
    }
}
